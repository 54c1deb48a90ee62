import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { PLAYGROUND_LAYOUT_CSS, renderBootScript, renderPlaygroundHtml } from './playground.html';

/**
 * A GraphiQL playground that needs no internet access: the page, GraphiQL's UMD bundle and React 18
 * are served from this process, read from the project's own node_modules. The page loads nothing
 * but same-origin assets, under a Content-Security-Policy that says so.
 *
 *   GET /playground                 the page
 *   GET /playground/assets/<name>   an allow-listed asset (cached in memory, ETag, 304)
 *   GET <endpoint>                  the page too, when a browser navigates there (Accept prefers
 *                                   text/html over JSON, and there is no ?query=)
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
const JSON_TYPE = 'application/json; charset=utf-8';
const ASSET_CACHE_CONTROL = 'public, max-age=86400';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

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

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function makeAsset(type: string, body: Buffer): Asset {
  return { body, type, etag: etagOf(body) };
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
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

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset, headers: Record<string, string>): void {
  const common = { etag: asset.etag, 'x-content-type-options': 'nosniff', ...headers };
  if (notModified(req, asset.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  res.writeHead(200, { ...common, 'content-type': asset.type, 'content-length': String(asset.body.length) });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}

export function createPlayground(options: {
  endpoint: string;
  defaultQuery: string;
  enabled: boolean;
}): (req: IncomingMessage, res: ServerResponse) => boolean {
  const endpointPath = new URL(options.endpoint, 'http://localhost').pathname;

  if (!options.enabled) {
    return (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== PLAYGROUND_PATH && !path.startsWith(`${PLAYGROUND_PATH}/`)) return false;
      sendText(res, 404, 'Not found: the playground is disabled on this server.\n');
      return true;
    };
  }

  // Resolved now, so a broken install fails at start-up rather than on the first visit.
  const sources = assetSources(options);
  const assets = new Map<string, Asset>();
  function asset(name: string): Asset | undefined {
    let cached = assets.get(name);
    if (cached) return cached;
    const source = sources.get(name);
    if (!source) return undefined;
    cached = makeAsset(source.type, 'file' in source ? readFileSync(source.file) : Buffer.from(source.text, 'utf8'));
    assets.set(name, cached);
    return cached;
  }

  let page: Asset | undefined;
  function pageAsset(): Asset {
    if (!page) {
      // ?v=<etag> lets the assets be cached for a day yet change as soon as a dependency does.
      const url = (name: string) => `${PLAYGROUND_ASSETS_PATH}${name}?v=${asset(name)!.etag.slice(1, 13)}`;
      const html = renderPlaygroundHtml({
        graphiqlCss: url('graphiql.min.css'),
        layoutCss: url('playground.css'),
        react: url('react.production.min.js'),
        reactDom: url('react-dom.production.min.js'),
        graphiql: url('graphiql.min.js'),
        boot: url('playground.js'),
      });
      page = makeAsset('text/html; charset=utf-8', Buffer.from(html, 'utf8'));
    }
    return page;
  }

  const pageHeaders = {
    'cache-control': 'no-cache',
    'content-security-policy': PLAYGROUND_CSP,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };

  return (req, res) => {
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    // The raw path, not a normalised URL: "/playground/assets/../x" must not become "/playground/x".
    const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const method = (req.method ?? 'GET').toUpperCase();
    const readOnly = method === 'GET' || method === 'HEAD';

    if (path === endpointPath) {
      if (!readOnly || !prefersHtml(req.headers.accept)) return false;
      const search = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
      if (search.has('query')) return false;
      sendAsset(req, res, pageAsset(), { ...pageHeaders, vary: 'Accept' });
      return true;
    }

    if (path !== PLAYGROUND_PATH && !path.startsWith(`${PLAYGROUND_PATH}/`)) return false;
    if (!readOnly) {
      sendText(res, 405, 'Method not allowed: the playground only answers GET.\n', { allow: 'GET, HEAD' });
      return true;
    }
    if (path === PLAYGROUND_PATH || path === `${PLAYGROUND_PATH}/`) {
      sendAsset(req, res, pageAsset(), pageHeaders);
      return true;
    }
    const found = path.startsWith(PLAYGROUND_ASSETS_PATH) ? asset(path.slice(PLAYGROUND_ASSETS_PATH.length)) : undefined;
    if (!found) {
      sendText(res, 404, 'Not found: no such playground asset.\n');
      return true;
    }
    sendAsset(req, res, found, { 'cache-control': ASSET_CACHE_CONTROL });
    return true;
  };
}
