'use strict';
// The committed SDL, for tools: `require('@cdp/schema').readSchema()` or the file itself via
// `require.resolve('@cdp/schema/schema.graphql')`. CommonJS so that both require and import work.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Absolute path of schema.graphql. */
const schemaPath = join(__dirname, 'schema.graphql');

/** The schema as SDL text. */
function readSchema() {
  return readFileSync(schemaPath, 'utf8');
}

module.exports = { schemaPath, readSchema };
