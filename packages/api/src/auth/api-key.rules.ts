import { defineMutations, mutationDecorator } from '../core/rules';
import { adminOnly } from './permissions';

/** API keys are managed by admins only. */
export const API_KEY_MUTATIONS = defineMutations({
  createApiKey: adminOnly,
  revokeApiKey: adminOnly,
  rotateApiKey: adminOnly,
});

export const ApiKeyMutation = mutationDecorator(API_KEY_MUTATIONS);
