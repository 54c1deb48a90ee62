import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly } from '../../auth/permissions';

/** Who may call each of the plan feature's mutations: plans are the coordinator's (admins). */
export const PLAN_MUTATIONS = defineMutations({
  createPlan: adminOnly,
  updatePlan: adminOnly,
  agreePlan: adminOnly,
  rollOverPlan: adminOnly,
});

/** `@PlanMutation('<name>', () => Payload, options)`: a plan mutation, named and permitted by its rule above. */
export const PlanMutation = mutationDecorator(PLAN_MUTATIONS);
