import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Connection, PageArgs } from '../../graphql/connection';
import { HelpService } from './help-service.entity';

@ObjectType()
export class HelpServiceConnection extends Connection(HelpService) {}

@Resolver(() => HelpService)
export class HelpServiceResolver {
  @Query(() => HelpServiceConnection, { description: 'Where to find help: support services, in the order the plan lists them.' })
  helpServices(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    return ctx.services.helpService.list(ctx, page);
  }
}
