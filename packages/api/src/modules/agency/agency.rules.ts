import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly, structure } from '../../auth/permissions';

/** Who may call each of the agency feature's mutations, and the record that decides their scope. */
export const AGENCY_MUTATIONS = defineMutations({
  createAgency: adminOnly,
  updateAgency: adminOnly,
  archiveAgency: adminOnly,
  restoreAgency: adminOnly,
  mergeAgencies: adminOnly,
  addObjectiveAgency: structure('objectiveId', 'Objective'),
  removeObjectiveAgency: structure('objectiveId', 'Objective'),
  addActionAgency: structure('actionId', 'Action'),
  removeActionAgency: structure('actionId', 'Action'),
});

/** `@AgencyMutation('<name>', () => Payload, options)`: a agency mutation, named and permitted by its rule above. */
export const AgencyMutation = mutationDecorator(AGENCY_MUTATIONS);
