import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly } from '../../auth/permissions';

/** Who may call each of the help service feature's mutations, and the record that decides their scope. */
export const HELP_SERVICE_MUTATIONS = defineMutations({
  createHelpService: adminOnly,
  updateHelpService: adminOnly,
  archiveHelpService: adminOnly,
  restoreHelpService: adminOnly,
});

/** `@HelpServiceMutation('<name>', () => Payload, options)`: a help service mutation, named and permitted by its rule above. */
export const HelpServiceMutation = mutationDecorator(HELP_SERVICE_MUTATIONS);
