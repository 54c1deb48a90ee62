import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly } from '../../auth/permissions';

/** Who may call each of the reprocurement feature's mutations, and the record that decides their scope. */
export const REPROCUREMENT_MUTATIONS = defineMutations({
  createReprocurement: adminOnly,
  updateReprocurement: adminOnly,
  setReprocurementStatus: adminOnly,
  archiveReprocurement: adminOnly,
  restoreReprocurement: adminOnly,
});

/** `@ReprocurementMutation('<name>', () => Payload, options)`: a reprocurement mutation, named and permitted by its rule above. */
export const ReprocurementMutation = mutationDecorator(REPROCUREMENT_MUTATIONS);
