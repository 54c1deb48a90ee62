/** Absolute path of schema.graphql. */
export declare const schemaPath: string;
/** The schema as SDL text. */
export declare function readSchema(): string;
/** Absolute path of openapi.json. */
export declare const openapiPath: string;
/** The OpenAPI 3.1 document of the REST API, parsed. */
export declare function readOpenApi(): Record<string, unknown>;
/** The REST API's types (openapi-typescript), for openapi-fetch: createClient<paths>(...). */
export type { paths, components, operations } from './openapi';
