import type { ErrorReasonEnum, FeatureDefinition, MutationNameOf, MutationRule, ScopeParent } from '../core/feature';
import { registerIdTypes } from '../common/global-id';
import { feature as partnership } from './partnership';
import { feature as plan } from './plan';
import { feature as pillar } from './pillar';
import { feature as priority } from './priority';
import { feature as agency } from './agency';
import { feature as objective } from './objective';
import { feature as action } from './action';
import { feature as outcome } from './outcome';
import { feature as reprocurement } from './reprocurement';
import { feature as helpService } from './help-service';
import { feature as progress } from './progress';
import { feature as risk } from './risk';
import { feature as round } from './round';
import { feature as audit } from './audit';
import { feature as boardReport } from './board-report';
import { feature as node } from './node';
import { feature as apiKeys } from '../auth/api-key.feature';

/**
 * The features of the app, the one list: the entities, the resolvers, the loaders, node() and
 * global IDs, the mutation rules and the services are all derived from it. A feature's services
 * may use those of features listed before it.
 */
export const FEATURES = [
  partnership,
  plan,
  pillar,
  priority,
  agency,
  objective,
  action,
  outcome,
  reprocurement,
  helpService,
  progress,
  risk,
  round,
  audit,
  boardReport,
  node,
  apiKeys,
] as const;

type MutationsOf<F> = F extends FeatureDefinition<infer R> ? MutationNameOf<R> : never;

/** Every mutation's name, as its feature declares it. */
export type MutationName = MutationsOf<(typeof FEATURES)[number]>;

const all = FEATURES as readonly FeatureDefinition[];

/** Every mutation's rule, by name; two features declaring one name is a mistake caught at start. */
export const MUTATION_RULES = {} as Record<MutationName, MutationRule>;
for (const f of all) {
  for (const [name, rule] of Object.entries(f.mutations ?? {})) {
    if (name in MUTATION_RULES) throw new Error(`Mutation ${name} is declared by two features (the second: ${f.name}).`);
    (MUTATION_RULES as Record<string, MutationRule>)[name] = rule;
  }
}

export const FEATURE_ENTITIES: Function[] = all.flatMap((f) => f.entities ?? []);
export const FEATURE_RESOLVERS: Function[] = all.flatMap((f) => f.resolvers ?? []);
export const ORPHANED_TYPES: Function[] = all.flatMap((f) => f.orphanedTypes ?? []);
export const ERROR_REASONS: ErrorReasonEnum[] = all.flatMap((f) => f.errorReasons ?? []);
export const LOADER_FACTORIES = all.flatMap((f) => (f.loaders ? [f.loaders] : []));
export const SCOPE_PARENTS: Record<string, ScopeParent> = Object.assign({}, ...all.map((f) => f.scopeParents ?? {}));

for (const f of all) registerIdTypes(f.nodes ?? {}, f.idTypes ?? []);
