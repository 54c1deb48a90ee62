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
    description: 'Changes across the plan: since (inclusive) to until (exclusive), optionally of one record type, oldest first.',
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
  ) {
    return this.auditService.changes(ctx, { since, until, entityType }, page);
  }
}
