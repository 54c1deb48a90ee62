import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { Agency } from '../modules/agency/agency.entity';
import { Pillar } from '../modules/pillar/pillar.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyIdInput, ApiKeyPayload, CreateApiKeyInput, CreatedApiKey, RotateApiKeyInput } from './api-key.inputs';
import { Role } from './roles';
import { ApiKeyService } from './api-key.service';
import { ApiKeyMutation } from './api-key.rules';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly apiKeysService: ApiKeyService) {}

  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'API keys (never their secrets); revoked ones too with includeRevoked.' })
  apiKeys(@Ctx() ctx: RequestContext, @Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean) {
    return this.apiKeysService.list(ctx, includeRevoked);
  }

  @ApiKeyMutation('createApiKey', () => CreatedApiKey, { nullable: true, description: 'Creates an API key; its secret is returned this once.' })
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput) {
    return this.apiKeysService.create(ctx, input);
  }

  @ApiKeyMutation('revokeApiKey', () => ApiKeyPayload, { nullable: true, description: 'Revokes an API key at once.' })
  async revokeApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => ApiKeyIdInput) input: ApiKeyIdInput) {
    return { apiKey: await this.apiKeysService.revoke(ctx, input) };
  }

  @ApiKeyMutation('rotateApiKey', () => CreatedApiKey, {
    nullable: true,
    description: 'A new key for the same principal, role and scope; revoke the old one once the new one is in use.',
  })
  rotateApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => RotateApiKeyInput) input: RotateApiKeyInput) {
    return this.apiKeysService.rotate(ctx, input);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'For agency_editor: the agency it acts for.' })
  agency(@Root() key: ApiKey, @Ctx() ctx: RequestContext) {
    return key.agencyId ? ctx.loaders.agency.load(key.agencyId) : null;
  }

  @FieldResolver(() => Pillar, { nullable: true, description: 'For pillar_lead: the pillar it leads.' })
  pillar(@Root() key: ApiKey, @Ctx() ctx: RequestContext) {
    return key.pillarId ? ctx.loaders.pillar.load(key.pillarId) : null;
  }
}
