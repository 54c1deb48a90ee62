import type { DataSource } from 'typeorm';
import type { MutationRunner } from '../writes/mutation-runner';
import type { DataAccess } from '../writes/data-access';
import type { Database } from '../db/database';
import type { LoaderFactory } from '../loaders';
import type { ErrorReasonEnum, MutationNameOf, MutationRule, MutationRules, ScopeParent } from './rules';

export { defineMutations, errorReasons, mutationDecorator } from './rules';
export type { ErrorReasonEnum, MutationNameOf, MutationRule, MutationRules, ScopeParent } from './rules';

/** The settings services read (from Config; see config.ts). */
export interface ServiceSettings {
  /** LATE_UPDATES: the late policy of a reporting round opened without one (refuse: REFUSE, record: RECORD_LATE). */
  readonly lateUpdates: 'refuse' | 'record';
  /** CHROMIUM_PATH: the Chromium that prints the board pack's PDF (default /usr/bin/chromium). */
  readonly chromiumPath?: string;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = { lateUpdates: 'refuse' };

/** What a service factory gets: the shared pieces, and the services of features listed before it. */
export interface ServiceDeps<M extends string = string> {
  /** The read connection. Services read through `data` instead: it follows a write's transaction. */
  readonly ds: DataSource;
  /** The one data path: reads in a request or inside a write through the same calls (writes/data-access.ts). */
  readonly data: DataAccess;
  readonly runner: MutationRunner<M>;
  readonly db: Database;
  readonly settings: ServiceSettings;
  /** The instance of a service class another feature (listed earlier in FEATURES) provides. */
  get<T>(cls: abstract new (...args: never[]) => T): T;
}

/**
 * What one feature brings to the app; modules/index.ts lists them (FEATURES) and everything
 * central is derived from that list: the entities, the resolvers, ctx.loaders, node() and global
 * IDs, the mutation rules and the services.
 */
export interface FeatureDefinition<R extends MutationRules = MutationRules> {
  readonly name: string;
  /** TypeORM entities (the migration generator and the data source read them from here). */
  readonly entities?: readonly Function[];
  /** type-graphql resolver classes; their constructor parameters are service classes, injected. */
  readonly resolvers?: readonly Function[];
  /** GraphQL types the resolvers do not reach (interfaces' implementations, documentation enums). */
  readonly orphanedTypes?: readonly Function[];
  /** Types fetchable through node(id), each with the ctx.loaders key of its by-ID loader. */
  readonly nodes?: Readonly<Record<string, string>>;
  /** Types that have global IDs but are not fetchable through node(id). */
  readonly idTypes?: readonly string[];
  readonly mutations?: R;
  readonly loaders?: LoaderFactory;
  readonly scopeParents?: Readonly<Record<string, ScopeParent>>;
  /** The values of `extensions.reason` its errors carry, published in the schema as enums. */
  readonly errorReasons?: readonly ErrorReasonEnum[];
  /** The feature's service instances; resolvers and other features get them by class. */
  readonly services?: (deps: ServiceDeps<MutationNameOf<R>>) => readonly object[];
}

export function defineFeature<const R extends MutationRules = Record<never, MutationRule>>(feature: FeatureDefinition<R>): FeatureDefinition<R> {
  return feature;
}
