import { DocumentNode, FieldNode, FragmentDefinitionNode, Kind, SelectionSetNode } from 'graphql';

/** Finds a fragment definition by name (a ValidationContext's getFragment, or fragmentsOf(document)). */
export type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined;

/** The fragment definitions of a document, by name. */
export function fragmentsOf(document: DocumentNode): FragmentLookup {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  return (name) => byName.get(name);
}

/**
 * A measure of selection sets with every fragment (named or inline) expanded where it is used: a
 * fragment spread three times counts three times. Each named fragment is walked once and its measure
 * remembered, so a document of fragments that spread each other many times cannot make the walk
 * exponential. A fragment that recurs inside itself (a cycle: invalid GraphQL, which NoFragmentCyclesRule
 * reports) and an unknown fragment (KnownFragmentNamesRule) count 0.
 *
 * `field` gives a field's measure from the measure of its own selection set (0 for a leaf);
 * `combine` folds sibling measures together (max for depth, sum for counts), starting from 0.
 */
export function selectionMeasure(
  fragment: FragmentLookup,
  field: (node: FieldNode, children: number) => number,
  combine: (a: number, b: number) => number,
): (selectionSet: SelectionSetNode) => number {
  const measured = new Map<string, number | 'in progress'>();

  function ofFragment(name: string): number {
    const known = measured.get(name);
    if (known === 'in progress') return 0;
    if (known !== undefined) return known;
    const definition = fragment(name);
    if (!definition) return 0;
    measured.set(name, 'in progress');
    const value = ofSet(definition.selectionSet);
    measured.set(name, value);
    return value;
  }

  function ofSet(selectionSet: SelectionSetNode): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      const value =
        selection.kind === Kind.FIELD
          ? field(selection, selection.selectionSet ? ofSet(selection.selectionSet) : 0)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? ofSet(selection.selectionSet)
            : ofFragment(selection.name.value);
      total = combine(total, value);
    }
    return total;
  }

  return ofSet;
}
