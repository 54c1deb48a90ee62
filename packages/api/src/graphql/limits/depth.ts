import type { SelectionSetNode, ValidationRule } from 'graphql';
import { operationLabel, QueryLimitCode, queryLimitError } from './errors';
import { FragmentLookup, selectionMeasure } from './selections';

/**
 * The depth of a selection set: the most fields nested one inside another, counted through fragment
 * spreads and inline fragments (which add no level of their own). `{ plan { title } }` is 2; the
 * playground's whole-tree query (plans > nodes > pillars > nodes > ... > agencies > name) is 12.
 * Introspection fields count like any other.
 */
export function depthMeasure(fragment: FragmentLookup): (selectionSet: SelectionSetNode) => number {
  return selectionMeasure(fragment, (_field, children) => 1 + children, Math.max);
}

/** Refuses an operation deeper than `maxDepth` (QUERY_TOO_DEEP), as graphql-js validation: before anything runs. */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const depth = depthMeasure((name) => context.getFragment(name));
    return {
      OperationDefinition(operation) {
        const measured = depth(operation.selectionSet);
        if (measured > maxDepth) {
          context.reportError(
            queryLimitError(
              { code: QueryLimitCode.QUERY_TOO_DEEP, limit: maxDepth, measured },
              `${operationLabel(operation.operation)} is too deep: it nests ${measured} levels of fields (fragments included); the maximum depth is ${maxDepth}.`,
              operation,
            ),
          );
        }
        return false;
      },
    };
  };
}
