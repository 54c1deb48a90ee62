import { defineFeature } from '../core/feature';
import { AUTH_ERROR_REASONS } from './auth.errors';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { API_KEY_MUTATIONS } from './api-key.rules';

/** API keys: who may call the API, with which role and scope. */
export const feature = defineFeature({
  name: 'apiKeys',
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  idTypes: ['ApiKey'],
  mutations: API_KEY_MUTATIONS,
  errorReasons: [AUTH_ERROR_REASONS],
  services: ({ data, runner }) => [new ApiKeyService(data, runner)],
});
