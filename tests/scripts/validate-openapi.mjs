// Validates an OpenAPI document with @seriousme/openapi-schema-validator (the OpenAPI Initiative's
// JSON Schemas of each version) and prints { valid, version, errors } as JSON. A script of its own
// because the validator is an ES module, which the tests (CommonJS under ts-jest) cannot require.
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(process.argv[2]);
console.log(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? [] }));
