import type { SelectionSetNode, ValidationRule } from 'graphql';
import { operationLabel, QueryLimitCode, queryLimitError } from './errors';
import { FragmentLookup, selectionMeasure } from './selections';

/**
 * The number of aliased fields in a selection set, fragments expanded where they are used: a
 * fragment with two aliases spread three times counts six.
 */
export function aliasMeasure(fragment: FragmentLookup): (selectionSet: SelectionSetNode) => number {
  return selectionMeasure(
    fragment,
    (field, children) => (field.alias ? 1 : 0) + children,
    (a, b) => a + b,
  );
}

/**
 * Refuses an operation with more than `maxAliases` aliased fields (TOO_MANY_ALIASES), as graphql-js
 * validation: aliases let one request repeat an expensive field (or a mutation) many times.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    const aliases = aliasMeasure((name) => context.getFragment(name));
    return {
      OperationDefinition(operation) {
        const measured = aliases(operation.selectionSet);
        if (measured > maxAliases) {
          context.reportError(
            queryLimitError(
              { code: QueryLimitCode.TOO_MANY_ALIASES, limit: maxAliases, measured },
              `${operationLabel(operation.operation)} has too many aliases: ${measured} aliased fields (fragments included); the maximum is ${maxAliases}.`,
              operation,
            ),
          );
        }
        return false;
      },
    };
  };
}
