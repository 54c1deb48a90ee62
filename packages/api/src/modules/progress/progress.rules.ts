import { defineMutations, mutationDecorator } from '../../core/rules';
import { content } from '../../auth/permissions';

/** Who may call each of the progress feature's mutations, and the record that decides their scope. */
export const PROGRESS_MUTATIONS = defineMutations({
  recordProgress: content('actionId', 'Action'),
  // An update is in the scope of its action (scopeParents in index.ts); an agency editor may
  // correct or withdraw only its own agency's updates (ProgressService.checkOwnUpdate).
  correctProgressUpdate: content('id', 'ProgressUpdate'),
  withdrawProgressUpdate: content('id', 'ProgressUpdate'),
});

/** `@ProgressMutation('<name>', () => Payload, options)`: a progress mutation, named and permitted by its rule above. */
export const ProgressMutation = mutationDecorator(PROGRESS_MUTATIONS);
