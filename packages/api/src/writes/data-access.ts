import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import type { PlanRecord } from '../db/base.entity';
import { fromGlobalId } from '../common/global-id';
import { loadByGlobalId } from '../loaders/lookup';
import { ChangeSet } from './change-set';

/**
 * Where a read happens: in a request (`ctx`: the read connection, committed data, the request's
 * batched loaders) or inside a write (`changes`, the ChangeSet MutationRunner.run gives its work:
 * the write transaction, which sees its own uncommitted changes). A service method that reads in
 * both places takes one of these and reads through DataAccess, so it is written once.
 */
export type ReadContext = RequestContext | ChangeSet;

/**
 * The one data path of the services (as vendure's TransactionalConnection.getRepository(ctx, X)):
 * every read names where it happens, and gets the write transaction's EntityManager inside a
 * write, the read connection's otherwise.
 */
export class DataAccess {
  constructor(private readonly read: DataSource) {}

  /** The EntityManager to read with at `via`; with no `via` (before a request has an actor: authentication), the read connection's. */
  manager(via?: ReadContext): EntityManager {
    return via instanceof ChangeSet ? via.manager : this.read.manager;
  }

  repository<T extends ObjectLiteral>(via: ReadContext | undefined, entity: EntityTarget<T>): Repository<T> {
    return this.manager(via).getRepository(entity);
  }

  /** A query builder over `entity` as `alias`, at `via`. */
  query<T extends ObjectLiteral>(via: ReadContext | undefined, entity: EntityTarget<T>, alias: string): SelectQueryBuilder<T> {
    return this.manager(via).getRepository(entity).createQueryBuilder(alias);
  }

  /**
   * The record a global ID of type `cls` names (archived ones too); NOT_FOUND naming `argument`,
   * BAD_USER_INPUT for a malformed ID or one of another type. In a request through its batched
   * by-ID loader, inside a write in the transaction.
   */
  byGlobalId<T extends PlanRecord>(via: ReadContext, cls: ClassType<T>, value: string, argument: string): Promise<T> {
    if (via instanceof ChangeSet) return via.get(cls, fromGlobalId(value, argument, cls.name).id, argument);
    return loadByGlobalId<T>(via, value, argument, cls.name);
  }
}
