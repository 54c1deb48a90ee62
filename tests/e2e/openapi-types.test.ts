/**
 * The REST API's TypeScript types (packages/schema/openapi.d.ts, printed by openapi-typescript
 * from the committed OpenAPI document) used as a partner system would, with openapi-fetch against
 * the live server: a typed page of actions, an item, and a PATCH with If-Match. The calls only
 * compile if the paths, parameters, bodies and answers are what the types say; the test checks
 * that the server answers what they say too.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../../packages/schema/openapi';
import { createKey, startServer, TestServer } from '../support/server';

type Action = components['schemas']['Action'];
type Problem = components['schemas']['Problem'];

/**
 * The media types this client reads: a collection also answers application/x-ndjson (one record a
 * line), which openapi-fetch would otherwise add to the type of its data.
 */
type Json = 'application/json' | 'application/problem+json';

describe('the REST API through its openapi-typescript types and openapi-fetch', () => {
  let server: TestServer;
  let adminKey: string;

  beforeAll(async () => {
    server = await startServer();
    adminKey = createKey(server.databaseUrl, { role: 'admin', name: 'Types test' });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  const client = () => createClient<paths, Json>({ baseUrl: server.origin });

  it('reads a page of actions, follows to the next page, and reads an item', async () => {
    const api = client();
    const first = await api.GET('/api/v1/actions', { params: { query: { agency: 'RESET', first: 2 } } });
    expect(first.response.status).toBe(200);
    const page = first.data!;
    const items: Action[] = page.items;
    expect(items).toHaveLength(2);
    expect(page.totalCount).toBeGreaterThan(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(first.response.headers.get('link')).toContain('rel="next"');
    expect(first.response.headers.get('x-total-count')).toBe(String(page.totalCount));

    const second = await api.GET('/api/v1/actions', { params: { query: { agency: 'RESET', first: 2, after: page.pageInfo.endCursor! } } });
    expect(second.data!.items.map((a) => a.id)).not.toEqual(items.map((a) => a.id));

    const item = await api.GET('/api/v1/actions/{id}', { params: { path: { id: items[0].id }, query: { expand: 'objective' } } });
    expect(item.response.status).toBe(200);
    const action = item.data!;
    expect(action.id).toBe(items[0].id);
    expect(typeof action.text).toBe('string');
    expect(action.agencyIds).toEqual(items[0].agencyIds);
    expect(action.objective?.id).toBe(action.objectiveId);
    expect(item.response.headers.get('etag')).toMatch(/^"v1-/);

    const missing = await api.GET('/api/v1/actions/{id}', { params: { path: { id: Buffer.from('Action:9999').toString('base64') } } });
    expect(missing.response.status).toBe(404);
    const problem: Problem = missing.error!;
    expect(problem).toMatchObject({ status: 404, code: 'NOT_FOUND', reason: 'RECORD_NOT_FOUND' });
  });

  it('changes an action with a typed PATCH and If-Match, and gets 412 for the stale ETag', async () => {
    const api = createClient<paths, Json>({ baseUrl: server.origin, headers: { authorization: `Bearer ${adminKey}` } });
    const naloxone = await api.GET('/api/v1/actions', { params: { query: { search: 'naloxone on release', first: 1 } } });
    const id = naloxone.data!.items[0].id;
    const read = await api.GET('/api/v1/actions/{id}', { params: { path: { id } } });
    const etag = read.response.headers.get('etag')!;

    const changed = await api.PATCH('/api/v1/actions/{id}', {
      params: { path: { id }, header: { 'if-match': etag } },
      body: { status: 'ON_TRACK', target: 'Naloxone offered to every prison leaver' },
      headers: { 'content-type': 'application/merge-patch+json' },
    });
    expect(changed.response.status).toBe(200);
    const after: Action = changed.data!;
    expect(after).toMatchObject({ id, status: 'ON_TRACK', target: 'Naloxone offered to every prison leaver', version: read.data!.version! + 1 });
    expect(changed.response.headers.get('etag')).toMatch(new RegExp(`^"v${after.version}-`));

    const stale = await api.PATCH('/api/v1/actions/{id}', { params: { path: { id }, header: { 'if-match': etag } }, body: { status: 'AT_RISK' } });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT', currentVersion: after.version });
  });
});
