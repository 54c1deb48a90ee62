import { defineMutations, mutationDecorator } from '../../core/rules';
import { content, structure } from '../../auth/permissions';

/** Who may call each of the objective feature's mutations, and the record that decides their scope. */
export const OBJECTIVE_MUTATIONS = defineMutations({
  createObjective: structure('priorityId', 'Priority'),
  updateObjective: content('id', 'Objective'),
  archiveObjective: structure('id', 'Objective'),
  restoreObjective: structure('id', 'Objective'),
});

/** `@ObjectiveMutation('<name>', () => Payload, options)`: a objective mutation, named and permitted by its rule above. */
export const ObjectiveMutation = mutationDecorator(OBJECTIVE_MUTATIONS);
