import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, HttpErrorCode, JSON_TYPE } from './http-errors';
import fastifyStatic from '@fastify/static';
import { PLAYGROUND_LAYOUT_CSS, renderBootScript, renderPlaygroundHtml } from './playground.html';

/**
 * A GraphiQL playground that needs no internet access: the page, GraphiQL's UMD bundle and React 18
 * are served from this process, read from the project's own node_modules (through @fastify/static,
 * which streams them and answers ranges and conditional requests). The page loads nothing but
 * same-origin assets, under a Content-Security-Policy that says so.
 *
 *   GET /playground                       the page
 *   GET /playground/assets/<name>?v=<h>   an allow-listed asset; <h> is a hash of its content, so
 *                                         the versioned URL is cached for a year, immutable
 *   GET <endpoint>                        the page too, when a browser navigates there (Accept
 *                                         prefers text/html over JSON, and there is no ?query=)
 */

export const PLAYGROUND_PATH = '/playground';
export const PLAYGROUND_ASSETS_PATH = `${PLAYGROUND_PATH}/assets/`;

export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL's dialogs (react-remove-scroll) insert a <style> element without a usable nonce.
  "style-src 'self' 'unsafe-inline'",
  // graphiql.min.css embeds its fonts and a few images as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
/** A versioned asset URL (?v= its content hash) never changes content: cached for a year. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** An asset asked for without its current version: revalidated each time. */
const UNVERSIONED_CACHE_CONTROL = 'public, no-cache';

type AssetSource = { type: string } & ({ file: string } | { text: string });

/** Where a file inside an installed package is; packages with an "exports" map still expose package.json. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** The fixed allow-list: asset name -> where it comes from. Nothing else is ever served. */
function assetSources(options: { endpoint: string; defaultQuery: string }): Map<string, AssetSource> {
  return new Map<string, AssetSource>([
    ['graphiql.min.js', { type: JS, file: require.resolve('graphiql/graphiql.min.js') }],
    ['graphiql.min.css', { type: CSS, file: require.resolve('graphiql/graphiql.min.css') }],
    // Referenced by the bundles' sourceMappingURL comments; only fetched by browser devtools.
    ['graphiql.min.js.map', { type: JSON_TYPE, file: require.resolve('graphiql/graphiql.min.js.map') }],
    ['graphiql.min.css.map', { type: JSON_TYPE, file: require.resolve('graphiql/graphiql.min.css.map') }],
    ['react.production.min.js', { type: JS, file: packageFile('react', 'umd/react.production.min.js') }],
    ['react-dom.production.min.js', { type: JS, file: packageFile('react-dom', 'umd/react-dom.production.min.js') }],
    ['playground.js', { type: JS, text: renderBootScript(options) }],
    ['playground.css', { type: CSS, text: PLAYGROUND_LAYOUT_CSS }],
  ]);
}

function hashOf(body: Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 27);
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/** The q-value the Accept header gives a media type (most specific matching range wins). */
function acceptQuality(accept: string, type: string): number {
  const [mainType] = type.split('/');
  let best = -1;
  let quality = 0;
  for (const part of accept.split(',')) {
    const [rangeRaw, ...params] = part.split(';');
    const range = rangeRaw.trim().toLowerCase();
    let specificity: number;
    if (range === type) specificity = 3;
    else if (range === `${mainType}/*`) specificity = 2;
    else if (range === '*/*') specificity = 1;
    else continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key.toLowerCase() === 'q') q = Number(value);
    }
    if (!Number.isFinite(q)) q = 0;
    if (specificity > best) {
      best = specificity;
      quality = q;
    }
  }
  return quality;
}

/** A browser navigating to the endpoint: it prefers text/html over (any flavour of) JSON. */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = acceptQuality(accept, 'text/html');
  const json = Math.max(acceptQuality(accept, 'application/json'), acceptQuality(accept, 'application/graphql-response+json'));
  return html > 0 && html > json;
}

/** The playground's refusals, in the shape of every other error answer (http-errors.ts). */
function sendError(reply: FastifyReply, status: 404 | 405, message: string, headers: Record<string, string> = {}): FastifyReply {
  const code = status === 404 ? HttpErrorCode.NOT_FOUND : HttpErrorCode.METHOD_NOT_ALLOWED;
  return reply
    .code(status)
    .headers({ 'x-content-type-options': 'nosniff', ...headers })
    .type(JSON_TYPE)
    .send(errorBody(code, message));
}

export interface PlaygroundOptions {
  endpoint: string;
  defaultQuery: string;
  enabled: boolean;
}

/** What the GraphQL route asks before answering a GET: is this a browser wanting the page? */
export type PlaygroundPage = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null;

/**
 * Registers /playground and its assets (or, disabled, a plain-text 404 for them). Returns the
 * handler the GraphQL route calls for a browser's GET of the endpoint (null when disabled).
 */
export async function registerPlayground(app: FastifyInstance, options: PlaygroundOptions): Promise<PlaygroundPage | null> {
  if (!options.enabled) {
    await app.register(async (scope) => {
      const disabled = async (_request: FastifyRequest, reply: FastifyReply) => sendError(reply, 404, 'Not found: the playground is disabled on this server.');
      scope.all(PLAYGROUND_PATH, disabled);
      scope.all(`${PLAYGROUND_PATH}/*`, disabled);
    });
    return null;
  }

  // Resolved now, so a broken install fails at start-up rather than on the first visit.
  const sources = assetSources(options);
  const versions = new Map<string, string>();
  const texts = new Map<string, Buffer>();
  function versionOf(name: string): string {
    let version = versions.get(name);
    if (!version) {
      const source = sources.get(name)!;
      version = hashOf('file' in source ? readFileSync(source.file) : textOf(name));
      versions.set(name, version);
    }
    return version;
  }
  function textOf(name: string): Buffer {
    let text = texts.get(name);
    if (!text) {
      const source = sources.get(name)!;
      text = Buffer.from('text' in source ? source.text : '', 'utf8');
      texts.set(name, text);
    }
    return text;
  }

  let page: { body: Buffer; etag: string } | undefined;
  function pageAsset(): { body: Buffer; etag: string } {
    if (!page) {
      const url = (name: string) => `${PLAYGROUND_ASSETS_PATH}${name}?v=${versionOf(name).slice(0, 12)}`;
      const html = renderPlaygroundHtml({
        graphiqlCss: url('graphiql.min.css'),
        layoutCss: url('playground.css'),
        react: url('react.production.min.js'),
        reactDom: url('react-dom.production.min.js'),
        graphiql: url('graphiql.min.js'),
        boot: url('playground.js'),
      });
      const body = Buffer.from(html, 'utf8');
      page = { body, etag: `"${hashOf(body)}"` };
    }
    return page;
  }

  const pageHeaders = {
    'cache-control': 'no-cache',
    'content-security-policy': PLAYGROUND_CSP,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
  };

  function sendPage(request: FastifyRequest, reply: FastifyReply, extra: Record<string, string> = {}): FastifyReply {
    const { body, etag } = pageAsset();
    reply.headers({ ...pageHeaders, ...extra, etag });
    if (notModified(request, etag)) return reply.code(304).send();
    return reply.code(200).type('text/html; charset=utf-8').send(body);
  }

  await app.register(async (scope) => {
    // serve: false: only the allow-listed names below are ever sent, each from its own package.
    // What each file answer carries, set by the route and applied after @fastify/static's own headers.
    const fileHeaders = new WeakMap<FastifyReply, Record<string, string>>();
    await scope.register(fastifyStatic, {
      root: dirname(require.resolve('graphiql/graphiql.min.js')),
      serve: false,
      etag: true,
      lastModified: true,
      cacheControl: false,
      setHeaders: (reply: unknown) => {
        const extra = fileHeaders.get(reply as FastifyReply);
        if (extra) (reply as FastifyReply).headers(extra);
      },
    } as never);
    const notFound = async (_request: FastifyRequest, reply: FastifyReply) => sendError(reply, 404, 'Not found: no such playground asset.');
    const methodNotAllowed = async (_request: FastifyRequest, reply: FastifyReply) =>
      sendError(reply, 405, 'Method not allowed: the playground only answers GET.', { allow: 'GET, HEAD' });

    scope.get(PLAYGROUND_PATH, async (request, reply) => sendPage(request, reply));
    scope.get(`${PLAYGROUND_PATH}/`, async (request, reply) => sendPage(request, reply));
    scope.get(`${PLAYGROUND_ASSETS_PATH}:name`, async (request, reply) => {
      // The raw path, not Fastify's decoded parameter: "/assets/%2e%2e/x" and "/assets/../x" are never an asset.
      const path = request.url.split('?')[0];
      const name = path.slice(PLAYGROUND_ASSETS_PATH.length);
      const source = sources.get(name);
      if (!source) return notFound(request, reply);
      const wanted = (request.query as { v?: unknown }).v;
      const versioned = typeof wanted === 'string' && wanted === versionOf(name).slice(0, 12);
      const cacheControl = versioned ? IMMUTABLE_CACHE_CONTROL : UNVERSIONED_CACHE_CONTROL;
      reply.header('x-content-type-options', 'nosniff');
      if ('text' in source) {
        const body = textOf(name);
        const etag = `"${versionOf(name)}"`;
        reply.headers({ etag, 'cache-control': cacheControl });
        if (notModified(request, etag)) return reply.code(304).send();
        return reply.code(200).type(source.type).send(body);
      }
      fileHeaders.set(reply, { 'content-type': source.type, 'cache-control': cacheControl });
      return reply.sendFile(source.file.slice(dirname(source.file).length + 1), dirname(source.file));
    });
    scope.get(`${PLAYGROUND_ASSETS_PATH}*`, notFound);
    scope.get(`${PLAYGROUND_PATH}/*`, notFound);
    scope.route({ method: ['POST', 'PUT', 'DELETE', 'PATCH'], url: PLAYGROUND_PATH, handler: methodNotAllowed });
    scope.route({ method: ['POST', 'PUT', 'DELETE', 'PATCH'], url: `${PLAYGROUND_PATH}/*`, handler: methodNotAllowed });
  });

  return (request, reply) => {
    if (!prefersHtml(request.headers.accept)) return null;
    if (request.url.includes('?') && new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1)).has('query')) return null;
    return sendPage(request, reply, { vary: 'Accept' });
  };
}
