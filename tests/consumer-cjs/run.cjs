// Runs @cdp/sdk from CommonJS: `require` must reach the CommonJS build (dist/cjs) and work.
const { createClient, CdpApiError, NotFoundError } = require('@cdp/sdk');

const resolved = require.resolve('@cdp/sdk');
const client = createClient({ url: 'http://127.0.0.1:1/graphql' });
console.log(`require('@cdp/sdk') -> ${resolved.replace(/^.*\/packages\/sdk\//, 'packages/sdk/')}`);
console.log(`typeof createClient: ${typeof createClient}; typeof client.actions: ${typeof client.actions}`);
const ok =
  typeof createClient === 'function' &&
  typeof client.actions === 'function' &&
  resolved.endsWith(require('node:path').join('dist', 'cjs', 'index.js')) &&
  new NotFoundError('x', { code: 'NOT_FOUND' }) instanceof CdpApiError;
if (!ok) {
  console.error('consumer-cjs: @cdp/sdk did not load as expected');
  process.exit(1);
}
