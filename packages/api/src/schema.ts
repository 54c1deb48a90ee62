import 'reflect-metadata';
import { GraphQLEnumType, GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { createAuthChecker } from './auth/auth-checker';
import { validateArgs } from './graphql/validate-args';
import { ERROR_REASONS, FEATURE_RESOLVERS, ORPHANED_TYPES } from './modules';
import { errorReasons, ErrorReasonEnum } from './core/feature';
import { COMMON_ERROR_REASONS, CommonErrorReason } from './common/errors';
import type { AppServices } from './app-services';

/** Every resolver class, from the features' manifests. */
export const RESOLVERS = FEATURE_RESOLVERS as unknown as NonEmptyArray<Function>;

/**
 * Builds the executable schema. Validation is on (type-graphql 2 defaults it off): every argument
 * class is checked with class-validator before a resolver runs, forbidding unknown values; mutation
 * inputs are checked by MutationRunner, together with the services' rules (graphql/validate-args.ts).
 * Resolvers are built with their services by `services` (without it, the schema can be printed but
 * not executed).
 */
export async function createSchema(services?: AppServices): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: ORPHANED_TYPES,
    container: services?.container,
    // Our own check (graphql/validate-args.ts): one error shape for every invalid argument.
    validateFn: validateArgs,
    emitSchemaFile: false,
    authChecker: createAuthChecker(services?.denials ?? null),
    authMode: 'error',
  });
  // The error reasons are no field's type: they are added to the schema's types, for clients to narrow extensions.reason.
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ...reasonEnums()] });
}

/** Every error reason enum: the common one and the features'. */
function reasonEnums(): GraphQLEnumType[] {
  const common = errorReasons('CommonErrorReason', 'every feature', CommonErrorReason, COMMON_ERROR_REASONS);
  return [common, ...ERROR_REASONS].map(
    (e: ErrorReasonEnum) =>
      new GraphQLEnumType({
        name: e.name,
        description: e.description,
        values: Object.fromEntries(Object.entries(e.values).map(([value, description]) => [value, { value, description }])),
      }),
  );
}
