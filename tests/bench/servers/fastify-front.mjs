// The Fastify reference: the least the API's front can cost per request. The API's own Fastify,
// with the API's logging (its pino options: JSON lines on stdout written asynchronously, and the
// one line per request that the API's logRequest writes), and a single route on /graphql that
// answers the stored bytes of the whole tree, or 304 when If-None-Match names its ETag. No cache
// look-up, no GraphQL, no other hook or plugin: the API's cached 200 and its 304 cannot be cheaper
// than these, so their ratio here is what the 304 / cached target can reach on this stack.
// Usage: node fastify-front.mjs <port> <body file> <content-type> <etag>
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages', 'api');
const require = createRequire(join(API, 'package.json'));
const Fastify = require('fastify');
const { loggingOptions, logRequest, routeOf } = require(join(API, 'dist', 'http', 'logging.js'));

const [port, file, contentType, etag] = process.argv.slice(2);
const body = readFileSync(file);
const app = Fastify({ ...loggingOptions({ nodeEnv: 'production', logLevel: 'info' }) });
app.decorateRequest('cdp', null);
app.addHook('onRequest', (request, _reply, done) => {
  request.cdp = {};
  done();
});
app.addHook('onResponse', (request, reply, done) => {
  logRequest(request, reply, routeOf(request));
  done();
});
const headers = { 'cache-control': 'private, no-cache', vary: 'Authorization, Accept, Accept-Encoding' };
app.route({
  method: ['GET', 'POST'],
  url: '/graphql',
  handler: (request, reply) => {
    if (request.method === 'GET' && request.headers['if-none-match'] === etag) {
      request.cdp.cache = 'revalidated';
      return reply
        .code(304)
        .headers({ ...headers, etag })
        .send();
    }
    request.cdp.cache = 'hit';
    return reply
      .code(200)
      .headers({ ...headers, 'content-type': contentType, etag })
      .send(body);
  },
});
app.listen({ port: Number(port), host: '127.0.0.1' }).then(() => console.log(`fastify reference listening on ${port}`));
