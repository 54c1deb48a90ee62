import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly, structure } from '../../auth/permissions';

/** Who may call each of the pillar feature's mutations: admins add and archive pillars; a pillar lead may edit its own. */
export const PILLAR_MUTATIONS = defineMutations({
  createPillar: adminOnly,
  updatePillar: structure('id', 'Pillar'),
  archivePillar: adminOnly,
  restorePillar: adminOnly,
});

/** `@PillarMutation('<name>', () => Payload, options)`: a pillar mutation, named and permitted by its rule above. */
export const PillarMutation = mutationDecorator(PILLAR_MUTATIONS);
