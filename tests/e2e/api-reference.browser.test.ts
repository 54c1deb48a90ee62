/**
 * The REST API's reference page, /api/v1/docs: Swagger UI served from @fastify/swagger-ui's own
 * files, which must work on a closed network (the council intranet):
 * - its files: the page and everything it names (scripts, styles, icons, the document it loads)
 *   come from the server itself; the styles and the initializer name no other origin; its CSP
 *   allows nothing from elsewhere and does not upgrade requests to https;
 * - in a browser with the network cut off (Debian's Chromium through playwright-core, as the
 *   playground's test): it renders the operations and an example from the plan, with no request
 *   to any host but the server, no failed request and no error on the page.
 *
 * Chromium: /usr/bin/chromium, or CHROMIUM_PATH. Missing -> the browser part fails when CI is
 * set, and is skipped (with a warning) otherwise. `bash tests/scripts/ensure-chromium.sh` installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { startServer, TestServer } from '../support/server';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FOUND = existsSync(CHROMIUM_PATH);
const IN_CI = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);
const MISSING_CHROMIUM =
  `Chromium not found at ${CHROMIUM_PATH}. Install it with \`bash tests/scripts/ensure-chromium.sh\` ` +
  '(as root; it runs apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium binary.';
const ARTIFACTS = resolve(__dirname, '../artifacts');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PAGE = '/api/v1/docs';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

/** The URLs an HTML page loads: src= and href= of its elements (not <a> links). */
function loadedBy(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(script|link|img|iframe|source)\b[^>]*?\s(?:src|href)="([^"]+)"/gi)) out.push(m[2]);
  return out;
}

describe('the reference page’s files', () => {
  it('are all served by the server itself, and name no other origin', async () => {
    const page = await fetch(`${server.origin}${PAGE}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<title>CDP Plan API — REST reference</title>');

    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|validator\.swagger\.io|upgrade-insecure-requests/);

    const urls = loadedBy(html);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) expect(url).not.toMatch(/^(https?:)?\/\//);

    const texts: Record<string, string> = {};
    for (const url of urls) {
      const res = await fetch(new URL(url, `${server.origin}${PAGE}`));
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      if (/\.(css|js)$/.test(url)) texts[url] = await res.text();
      else await res.arrayBuffer();
    }
    // The styles load nothing from elsewhere (their url()s are data: or relative) ...
    for (const [url, css] of Object.entries(texts).filter(([u]) => u.endsWith('.css'))) {
      const external = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]).filter((u) => /^(https?:)?\/\//.test(u));
      expect({ url, external }).toEqual({ url, external: [] });
      expect(css).not.toMatch(/@import\s+(url\()?['"]?(https?:)?\/\//);
    }
    // ... and the initializer loads the document from the server (the bundle's own strings name
    // sites in links and licences; what it fetches is what the browser test records).
    const initializer = Object.entries(texts).find(([u]) => u.endsWith('swagger-initializer.js'))![1];
    expect(initializer).toContain('"validatorUrl":null');
    expect(initializer).not.toMatch(/(fetch|import|src\s*=)\s*\(?\s*['"]https?:/);
    const document = await fetch(`${server.origin}${PAGE}/json`);
    expect(document.status).toBe(200);
    expect(await document.json()).toEqual(await (await fetch(`${server.origin}/api/v1/openapi.json`)).json());
  });
});

if (!CHROMIUM_FOUND && !IN_CI) console.warn(`Skipping the reference page's browser test: ${MISSING_CHROMIUM}`);
const suite = CHROMIUM_FOUND || IN_CI ? describe : describe.skip;

suite('the reference page in a browser, offline', () => {
  let context: BrowserContext;
  let profileDir: string;
  const offHost: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!CHROMIUM_FOUND) throw new Error(MISSING_CHROMIUM);
    profileDir = mkdtempSync(join(tmpdir(), 'cdp-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        /* not a URL we can read: off-host */
      }
      if (host !== '127.0.0.1' && !url.startsWith('data:')) {
        offHost.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
    return page;
  }

  it('renders the operations and a recorded example, with nothing fetched from elsewhere', async () => {
    const page = await newPage();
    const response = await page.goto(`${server.origin}${PAGE}`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('CDP Plan API — REST reference');

    // The operations, grouped by tag.
    await page.waitForSelector('.opblock-tag', { timeout: 30_000 });
    const tags = await page.$$eval('.opblock-tag', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(tags.join(' ')).toContain('Actions');
    expect(await page.locator('.opblock').count()).toBeGreaterThan(80);

    // One operation opened: its example answer is the recorded one, from the plan.
    await page.click('#operations-Actions-getAction .opblock-summary');
    await page.waitForSelector('#operations-Actions-getAction .responses-wrapper', { timeout: 30_000 });
    await page.waitForFunction(
      () => ((globalThis as any).document.querySelector('#operations-Actions-getAction')?.textContent ?? '').includes('naloxone on release'),
      undefined,
      { timeout: 30_000 },
    );

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'api-reference.png') });
    await page.close();

    expect(offHost).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
