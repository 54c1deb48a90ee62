import { GraphQLError, ValidationRule } from 'graphql';

/**
 * INTROSPECTION=false (production's default): the whole-schema query (`__schema`, what tools run to
 * download a schema) is refused; `__type(name:)` lookups of one named type and `__typename` stay,
 * as GraphQL over HTTP clients rely on them (the graphql-http audit's BF61 and 28B9 send
 * `__type`). The schema is not a secret: it is published as schema.graphql with @cdp/sdk.
 * Apollo's own `introspection: false` refuses both, so it stays on and this rule is added instead.
 */
export const NoSchemaIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema') {
      context.reportError(
        new GraphQLError('GraphQL introspection is not allowed on this server (__schema); the schema is published as schema.graphql in @cdp/sdk.', {
          nodes: [node],
        }),
      );
    }
  },
});
