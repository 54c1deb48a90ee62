import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly, structure } from '../../auth/permissions';

/**
 * Who may call each of the reporting-round mutations. Opening and closing a round are the
 * coordinator's (admins); a pillar's sign-off is its lead's (a pillar lead key within its pillar)
 * or an admin's.
 */
export const ROUND_MUTATIONS = defineMutations({
  openRound: adminOnly,
  signOffPillar: structure('pillarId', 'Pillar'),
  closeRound: adminOnly,
});

/** `@RoundMutation('<name>', () => Payload, options)`: a reporting-round mutation, named and permitted by its rule above. */
export const RoundMutation = mutationDecorator(ROUND_MUTATIONS);
