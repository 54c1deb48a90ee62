import { defineMutations, mutationDecorator } from '../../core/rules';
import { structure } from '../../auth/permissions';

/** Who may call each of the priority feature's mutations, and the record that decides their scope. */
export const PRIORITY_MUTATIONS = defineMutations({
  createPriority: structure('pillarId', 'Pillar'),
  updatePriority: structure('id', 'Priority'),
  archivePriority: structure('id', 'Priority'),
  restorePriority: structure('id', 'Priority'),
});

/** `@PriorityMutation('<name>', () => Payload, options)`: a priority mutation, named and permitted by its rule above. */
export const PriorityMutation = mutationDecorator(PRIORITY_MUTATIONS);
