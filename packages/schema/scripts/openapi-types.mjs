// Prints openapi.d.ts, the TypeScript types of the REST API, from openapi.json with openapi-typescript
// (`pnpm --filter @cdp/schema types`; `pnpm schema:emit` runs it after printing openapi.json).
// With --check, writes nothing and fails when openapi.d.ts differs from what openapi.json gives.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const DOCUMENT = new URL('../openapi.json', import.meta.url);
const TYPES = fileURLToPath(new URL('../openapi.d.ts', import.meta.url));
const HEADER =
  '// Generated from openapi.json by openapi-typescript (`pnpm schema:emit`, or `pnpm --filter @cdp/schema types`). Do not edit by hand.\n' +
  '// Use with openapi-fetch: createClient<paths>({ baseUrl }).\n\n';

const ast = await openapiTS(JSON.parse(readFileSync(DOCUMENT, 'utf8')), { alphabetize: false });
const text = HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = existsSync(TYPES) ? readFileSync(TYPES, 'utf8') : '';
  if (committed !== text) {
    console.error(
      'packages/schema/openapi.d.ts differs from the types openapi.json gives. Regenerate with `pnpm schema:emit` (at the repository root) and commit the result.',
    );
    process.exit(1);
  }
  console.log('packages/schema/openapi.d.ts matches openapi.json.');
} else {
  writeFileSync(TYPES, text);
}
