import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { HelpService } from '../help-service/help-service.entity';
import { Partnership } from './partnership.entity';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => [HelpService], { description: 'Where to find help.' })
  helpServices(@Root() partnership: Partnership, @Ctx() ctx: RequestContext) {
    return ctx.loaders.helpServicesByPartnership.load(partnership.id);
  }
}
