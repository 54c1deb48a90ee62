import { defineMutations, mutationDecorator } from '../../core/rules';
import { content } from '../../auth/permissions';

/**
 * Who may call each of the risk feature's mutations, and the record that decides their scope.
 * Risks are content: admins, pillar leads within their pillar, and agency editors on the actions
 * their agency is responsible for. A risk's scope is its action's (see scopeParents in index.ts).
 */
export const RISK_MUTATIONS = defineMutations({
  createRisk: content('actionId', 'Action'),
  updateRisk: content('id', 'Risk'),
  archiveRisk: content('id', 'Risk'),
  restoreRisk: content('id', 'Risk'),
});

/** `@RiskMutation('<name>', () => Payload, options)`: a risk mutation, named and permitted by its rule above. */
export const RiskMutation = mutationDecorator(RISK_MUTATIONS);
