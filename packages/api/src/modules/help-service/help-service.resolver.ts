import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { rolesFor } from '../../auth/policy';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Partnership } from '../partnership/partnership.entity';
import { HelpService } from './help-service.entity';
import { CreateHelpServiceInput, UpdateHelpServiceInput } from './help-service.inputs';

@ObjectType()
export class HelpServiceConnection extends Connection(HelpService) {}

@ObjectType()
export class HelpServicePayload extends Payload(HelpService) {}

@Resolver(() => HelpService)
export class HelpServiceResolver {
  @Query(() => HelpServiceConnection, { description: 'Where to find help: support services, in the order the plan lists them.' })
  helpServices(@Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return ctx.services.helpService.list(ctx, page);
  }

  @Query(() => HelpService)
  helpService(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.helpService.get(ctx, id);
  }

  @Authorized(...rolesFor('createHelpService'))
  @Mutation(() => HelpServicePayload, { nullable: true, description: 'Adds a support service to where to find help.' })
  createHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => CreateHelpServiceInput) input: CreateHelpServiceInput) {
    return ctx.services.helpService.create(ctx, input);
  }

  @Authorized(...rolesFor('updateHelpService'))
  @Mutation(() => HelpServicePayload, { nullable: true, description: 'Changes a support service, if it is still at expectedVersion.' })
  updateHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateHelpServiceInput) input: UpdateHelpServiceInput) {
    return ctx.services.helpService.update(ctx, input);
  }

  @Authorized(...rolesFor('archiveHelpService'))
  @Mutation(() => HelpServicePayload, { nullable: true, description: 'Archives a support service: it leaves the lists but is kept, with its history.' })
  archiveHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return ctx.services.helpService.archive(ctx, input);
  }

  @Authorized(...rolesFor('restoreHelpService'))
  @Mutation(() => HelpServicePayload, { nullable: true, description: 'Restores an archived support service.' })
  restoreHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return ctx.services.helpService.restore(ctx, input);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership that publishes it.' })
  async partnership(@Root() service: HelpService, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.partnership.load(service.partnershipId), 'partnership');
  }
}
