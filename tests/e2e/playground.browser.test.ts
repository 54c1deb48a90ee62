/**
 * The playground in a real browser with the network cut off: Debian's Chromium, driven by
 * playwright-core, loads /playground from the API and runs the default query. Every request to a
 * host other than 127.0.0.1 is aborted and recorded; any such attempt fails the test, which is the
 * proof that the playground needs no internet access (no CDN, no web fonts).
 *
 * Chromium: /usr/bin/chromium, or CHROMIUM_PATH. Missing -> fails when CI is set, skipped (with a
 * warning) otherwise. `bash tests/scripts/ensure-chromium.sh` installs it.
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
const SCREENSHOT = join(ARTIFACTS, 'playground.png');
const KNOWN_PLAN_STRING = 'Break drug supply chains';

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

if (!CHROMIUM_FOUND && !IN_CI) {
  console.warn(`Skipping the playground browser test: ${MISSING_CHROMIUM}`);
}
const suite = CHROMIUM_FOUND || IN_CI ? describe : describe.skip;

suite('playground in a browser, offline', () => {
  let server: TestServer;
  let context: BrowserContext;
  let profileDir: string;
  /** Requests to anything but 127.0.0.1: aborted, and the test fails if there is any. */
  const offHost: string[] = [];
  /** Same-origin responses with status >= 400. */
  const failedResponses: string[] = [];
  /** Page errors and console errors (CSP violations show up here). */
  const pageErrors: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
    });
    page.on('websocket', (ws) => {
      if (new URL(ws.url()).hostname !== '127.0.0.1') offHost.push(ws.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        /* not a URL we can read: treat as off-host */
      }
      if (host !== '127.0.0.1') {
        offHost.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
    return page;
  }

  /** The whole text of GraphiQL's result pane (CodeMirror renders only the visible lines). */
  async function resultText(page: Page): Promise<string> {
    return page.evaluate(() => {
      const doc = (globalThis as any).document;
      const editor = doc.querySelector('.graphiql-response .CodeMirror');
      return (editor?.CodeMirror?.getValue?.() as string | undefined) ?? doc.querySelector('.graphiql-response')?.textContent ?? '';
    });
  }

  beforeAll(async () => {
    if (!CHROMIUM_FOUND) throw new Error(MISSING_CHROMIUM);
    server = await startServer();
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
    await server?.stop();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('renders GraphiQL from /playground and runs the default query with no off-host request', async () => {
    const page = await newPage();
    const response = await page.goto(`${server.origin}/playground`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.title()).toBe('CDP Plan API — playground');

    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
    const query = await page.evaluate(() => {
      const editor = (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror');
      return (editor?.CodeMirror?.getValue?.() as string | undefined) ?? '';
    });
    expect(query).toContain('query WholePlan');

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      (known: string) => {
        const doc = (globalThis as any).document;
        const editor = doc.querySelector('.graphiql-response .CodeMirror');
        const text: string = editor?.CodeMirror?.getValue?.() ?? doc.querySelector('.graphiql-response')?.textContent ?? '';
        return text.includes('"data"') && text.includes(known);
      },
      KNOWN_PLAN_STRING,
      { timeout: 30_000 },
    );
    const result = await resultText(page);
    expect(result).toContain('"data"');
    expect(result).toContain(KNOWN_PLAN_STRING);
    expect(result).not.toContain('"errors"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    await page.close();

    expect(offHost).toEqual([]);
    expect(failedResponses).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('serves the playground when a browser navigates to /graphql', async () => {
    const page = await newPage();
    const response = await page.goto(`${server.origin}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await page.title()).toBe('CDP Plan API — playground');
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
    await page.close();

    expect(offHost).toEqual([]);
    expect(failedResponses).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
