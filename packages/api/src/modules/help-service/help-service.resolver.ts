import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Partnership } from '../partnership/partnership.entity';
import { HelpService } from './help-service.entity';
import { CreateHelpServiceInput, UpdateHelpServiceInput } from './help-service.inputs';
import { HelpServiceService } from './help-service.service';
import { HelpServiceMutation } from './help-service.rules';

@ObjectType()
export class HelpServiceConnection extends Connection(HelpService) {}

@ObjectType()
export class HelpServicePayload extends Payload(HelpService) {}

@Resolver(() => HelpService)
export class HelpServiceResolver {
  constructor(private readonly helpServiceService: HelpServiceService) {}

  @Query(() => HelpServiceConnection, { description: 'Where to find help: support services, in the order the plan lists them.' })
  helpServices(@Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return this.helpServiceService.list(ctx, page);
  }

  @Query(() => HelpService)
  helpService(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.helpServiceService.get(ctx, id);
  }

  @HelpServiceMutation('createHelpService', () => HelpServicePayload, { nullable: true, description: 'Adds a support service to where to find help.' })
  createHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => CreateHelpServiceInput) input: CreateHelpServiceInput) {
    return this.helpServiceService.create(ctx, input);
  }

  @HelpServiceMutation('updateHelpService', () => HelpServicePayload, {
    nullable: true,
    description: 'Changes a support service, if it is still at expectedVersion.',
  })
  updateHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateHelpServiceInput) input: UpdateHelpServiceInput) {
    return this.helpServiceService.update(ctx, input);
  }

  @HelpServiceMutation('archiveHelpService', () => HelpServicePayload, {
    nullable: true,
    description: 'Archives a support service: it leaves the lists but is kept, with its history.',
  })
  archiveHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.helpServiceService.archive(ctx, input);
  }

  @HelpServiceMutation('restoreHelpService', () => HelpServicePayload, { nullable: true, description: 'Restores an archived support service.' })
  restoreHelpService(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.helpServiceService.restore(ctx, input);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership that publishes it.' })
  async partnership(@Root() service: HelpService, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.partnership.load(service.partnershipId), 'partnership');
  }
}
