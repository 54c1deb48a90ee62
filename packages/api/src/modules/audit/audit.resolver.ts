import { Arg, Args, Authorized, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Connection, PageArgs } from '../../graphql/connection';
import { AuditEntry } from './audit.entity';
import { AuditService } from './audit.service';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Authorized()
  @Query(() => AuditEntryConnection, { description: 'Every change to one record (any global ID), oldest first.' })
  history(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return this.auditService.history(ctx, id, page);
  }

  @Authorized()
  @Query(() => AuditEntryConnection, {
    description:
      'Changes across the plan: since (inclusive) to until (exclusive), or those of a round (since the last board), optionally of one record type, oldest first.',
  })
  changes(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    // validate: false: a Date is an object, which class-validator (forbidUnknownValues) would refuse as
    // "an unknown value"; the scalar has already checked the value.
    @Arg('since', () => Date, { nullable: true, validate: false, description: 'Changes at or after this instant (ISO 8601, e.g. "2024-04-01T00:00:00Z").' })
    since: Date | null,
    @Arg('until', () => Date, { nullable: true, validate: false, description: 'Changes before this instant.' }) until: Date | null,
    @Arg('entityType', () => String, { nullable: true, description: 'The record type, e.g. "Action"; at most 50 characters.' }) entityType: string | null,
    @Arg('round', () => String, {
      nullable: true,
      description:
        'What changed since the last board: a round (its ID or key "2024-25Q2"), whose window runs from the close of the previous closed round (any plan; without one, from this round\'s opening) to this round\'s close, or to now while it is OPEN. Not with since or until (BAD_USER_INPUT).',
    })
    round: string | null,
  ) {
    return this.auditService.changes(ctx, { since, until, entityType, round }, page);
  }
}
