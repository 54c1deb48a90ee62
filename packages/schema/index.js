'use strict';
// The committed descriptions, for tools: `require('@cdp/schema').readSchema()` (the SDL) and
// `readOpenApi()` (the REST API's OpenAPI 3.1 document), or the files themselves via
// `require.resolve('@cdp/schema/schema.graphql')` and `require.resolve('@cdp/schema/openapi.json')`.
// The REST API's TypeScript types: `import type { paths } from '@cdp/schema/openapi'` (openapi-typescript).
// CommonJS so that both require and import work.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Absolute path of schema.graphql. */
const schemaPath = join(__dirname, 'schema.graphql');
/** Absolute path of openapi.json. */
const openapiPath = join(__dirname, 'openapi.json');

/** The schema as SDL text. */
function readSchema() {
  return readFileSync(schemaPath, 'utf8');
}

/** The OpenAPI document, parsed. */
function readOpenApi() {
  return JSON.parse(readFileSync(openapiPath, 'utf8'));
}

module.exports = { schemaPath, readSchema, openapiPath, readOpenApi };
