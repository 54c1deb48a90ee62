import type { ContainerType } from 'type-graphql';
import type { Database } from './db/database';
import { DEFAULT_SERVICE_SETTINGS, type ServiceDeps, type ServiceSettings } from './core/feature';
import { DenialLog } from './writes/denial-log';
import { MutationRunner } from './writes/mutation-runner';
import { DataAccess } from './writes/data-access';
import { PlanScope } from './plan-tree/scope';
import { FEATURES, LOADER_FACTORIES, MutationName, MUTATION_RULES, SCOPE_PARENTS } from './modules';
import { createLoaders, Loaders } from './loaders';

type Class<T> = abstract new (...args: never[]) => T;

/**
 * The app's services, created once per server from FEATURES, found by class: the features'
 * services, the write pipeline (runner, denial log). Resolvers are built with the services their
 * constructor names (type-graphql's `container`), so services never travel on the request context.
 */
export class AppServices {
  readonly denials: DenialLog;
  readonly runner: MutationRunner<MutationName>;
  readonly data: DataAccess;
  private readonly instances = new Map<Function, object>();
  private readonly resolvers = new Map<Function, object>();

  constructor(
    readonly db: Database,
    settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS,
  ) {
    this.denials = new DenialLog(db);
    this.runner = new MutationRunner<MutationName>(db, this.denials, MUTATION_RULES, new PlanScope(SCOPE_PARENTS));
    this.data = new DataAccess(db.read);
    const deps: ServiceDeps = { ds: db.read, data: this.data, db, settings, runner: this.runner as MutationRunner, get: (cls) => this.get(cls) };
    for (const feature of FEATURES) {
      for (const service of feature.services?.(deps as never) ?? []) this.instances.set(service.constructor, service);
    }
  }

  /** The instance of a service class. */
  get<T>(cls: Class<T>): T {
    const found = this.instances.get(cls);
    if (!found) throw new Error(`No feature provides ${cls.name} (or it is asked for before the feature that provides it is built).`);
    return found as T;
  }

  /** The per-request loaders of every feature. */
  loaders(): Loaders {
    return createLoaders(this.db.read, LOADER_FACTORIES);
  }

  /** For buildSchema: a resolver instance, built once with the services its constructor names. */
  readonly container: ContainerType = {
    get: (cls: Function) => {
      let resolver = this.resolvers.get(cls);
      if (!resolver) {
        const params = (Reflect.getMetadata('design:paramtypes', cls) ?? []) as Function[];
        resolver = new (cls as new (...args: object[]) => object)(...params.map((p) => this.get(p as Class<object>)));
        this.resolvers.set(cls, resolver);
      }
      return resolver;
    },
  };
}
