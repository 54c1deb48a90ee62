// Runs @cdp/sdk from an ES module: `import` must reach the ESM build (dist/esm) and work.
import { createClient, CdpApiError, NotFoundError } from '@cdp/sdk';

const resolved = import.meta.resolve('@cdp/sdk');
const client = createClient({ url: 'http://127.0.0.1:1/graphql' });
console.log(`import '@cdp/sdk' -> ${resolved.replace(/^.*\/packages\/sdk\//, 'packages/sdk/')}`);
console.log(`typeof createClient: ${typeof createClient}; typeof client.actions: ${typeof client.actions}`);
const ok =
  typeof createClient === 'function' &&
  typeof client.actions === 'function' &&
  resolved.endsWith('/dist/esm/index.js') &&
  new NotFoundError('x', { code: 'NOT_FOUND' }) instanceof CdpApiError;
if (!ok) {
  console.error('consumer-esm: @cdp/sdk did not load as expected');
  process.exit(1);
}
