import { defineMutations, mutationDecorator } from '../../core/rules';
import { content, structure } from '../../auth/permissions';

/** Who may call each of the action feature's mutations, and the record that decides their scope. */
export const ACTION_MUTATIONS = defineMutations({
  createAction: structure('objectiveId', 'Objective'),
  updateAction: content('id', 'Action'),
  archiveAction: structure('id', 'Action'),
  restoreAction: structure('id', 'Action'),
});

/** `@ActionMutation('<name>', () => Payload, options)`: a action mutation, named and permitted by its rule above. */
export const ActionMutation = mutationDecorator(ACTION_MUTATIONS);
