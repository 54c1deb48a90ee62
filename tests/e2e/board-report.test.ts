/**
 * The board report pack served from rounds, against a real server with the Tower Hamlets 2024-25
 * plan and the board pack's test data (support/board-pack-data.ts: updates on every pillar, RED
 * and AMBER among them): the 2024-25 Q2 round is opened, every pillar signed off and the round
 * closed; then its pack through the SDK (boardReport, HTML and Markdown), REST (report.pdf read back
 * with pdftotext; report.html and .md with their headers and ETag) and the CLI (`cli report`, run
 * from its build against the server's database). A closed round's pack is the same bytes after the
 * plan changes; an open round's draft follows the live data. Refusals: an unknown round (404
 * problem, the CLI's exit status), a bad format, no key, no Chromium (503).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CdpClient } from '@cdp/sdk';
import { NotFoundError } from '@cdp/sdk';
import { escapeHtml, escapeMarkdown } from '@cdp/api/dist/board-pack/escape';
import type { PlanSnapshot } from '@cdp/api/dist/modules/round/round.snapshot';
import { boardPackData, Q2 } from '../support/board-pack-data';
import { connectAsAdmin } from '../support/api';
import { startServer, type TestServer } from '../support/server';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CLI = resolve(__dirname, '../../packages/api/dist/cli/index.js');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const found = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (!existsSync(CHROMIUM_PATH) || !found('pdftotext'))
  throw new Error(`Chromium (${CHROMIUM_PATH}) or pdftotext is missing: run bash tests/scripts/ensure-chromium.sh and ensure-poppler.sh.`);

let server: TestServer;
let admin: CdpClient;
let auth: { headers: Record<string, string> };
let closed: PlanSnapshot;
let work: string;

const reds = () => closed.actions.filter((a) => a.quarterRag === 'RED');

/** `cli report ...` from its build against the test server's database. */
function cli(args: string[]) {
  return spawnSync(process.execPath, [CLI, 'report', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: server.databaseUrl, CHROMIUM_PATH, SEED: 'false' },
    timeout: 120_000,
  });
}

beforeAll(async () => {
  server = await startServer();
  await boardPackData(server);
  const api = connectAsAdmin(server, 'Board report coordinator');
  admin = api.client;
  auth = { headers: api.headers };
  const { reportingRound } = await admin.openRound({ quarter: Q2, deadline: '2024-10-15' });
  const pillars = (await admin.pillars({ filter: { planId: (await admin.plan()).id } })).nodes;
  for (const p of pillars) await admin.signOffPillar({ roundId: reportingRound.id, pillarId: p.id });
  await admin.closeRound({ roundId: reportingRound.id });
  const res = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/snapshot`, auth);
  expect(res.status).toBe(200);
  closed = (await res.json()) as PlanSnapshot;
  expect(reds().length).toBeGreaterThan(0);
  work = mkdtempSync(join(tmpdir(), 'cdp-board-report-'));
}, 180_000);
afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('boardReport through the SDK: HTML and Markdown of the closed round hold every RED action, not a draft, made at the snapshot', async () => {
  const html = await admin.boardReport({ round: '2024-25Q2' });
  expect(html).toMatchObject({
    format: 'HTML',
    mediaType: 'text/html; charset=utf-8',
    filename: 'tower-hamlets-cdp-2024-25-q2-board-pack.html',
    draft: false,
    generatedAt: closed.takenAt,
    changesOmitted: 0,
    url: '/api/v1/rounds/2024-25Q2/report.html',
    round: { key: '2024-25Q2', status: 'CLOSED' },
  });
  expect(html.content.startsWith('<!DOCTYPE html>') || html.content.startsWith('<!doctype html>')).toBe(true);
  expect(html.content).not.toContain('DRAFT');
  for (const a of reds()) expect(html.content).toContain(`Action ${escapeHtml(a.ref)}: ${escapeHtml(a.text)}`);
  // What changed since the last board: with no earlier closed round, from the round's opening (the
  // progress was posted before it) to its close: the opening, the three sign-offs, the close.
  expect(html.content).toContain('<p>5 changes, by record type, oldest first.</p>');
  expect(html.content).toContain('openRound: ');
  expect(html.content).toContain('closeRound: ');
  expect(html.content).not.toContain('recordProgress');

  const md = await admin.boardReport({ round: closed.round!.id, format: 'MD' });
  expect(md).toMatchObject({ format: 'MD', mediaType: 'text/markdown; charset=utf-8', filename: 'tower-hamlets-cdp-2024-25-q2-board-pack.md', draft: false });
  for (const a of reds()) expect(md.content).toContain(`Action ${escapeMarkdown(a.ref)}: ${escapeMarkdown(a.text)}`);
}, 60_000);

test('REST report.pdf: an attachment, a PDF whose text holds every RED action and the counts per pillar', async () => {
  const res = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.pdf`, auth);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="tower-hamlets-cdp-2024-25-q2-board-pack.pdf"');
  const pdf = Buffer.from(await res.arrayBuffer());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const file = join(work, 'rest.pdf');
  writeFileSync(file, pdf);
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  const flat = squash(text.stdout);
  expect(flat).not.toContain('DRAFT');
  for (const a of reds()) expect(flat).toContain(squash(`Action ${a.ref}: ${a.text}`));
  const lines = text.stdout.split('\n');
  const countsOf = (label: RegExp) => {
    const line = lines.find((l) => label.test(l) && /\s\d+\s+\d+\s+\d+\s+\d+\s+\d+\s*$/.test(l));
    return line ? line.trim().split(/\s+/).slice(-5).map(Number) : null;
  };
  for (const p of closed.pillars)
    expect({ pillar: p.number, counts: countsOf(new RegExp(`^\\s*Pillar ${p.number}:`)) }).toEqual({
      pillar: p.number,
      counts: [p.counts.red, p.counts.amber, p.counts.green, p.counts.noUpdate, p.counts.total],
    });

  // The same PDF through GraphQL, as base64.
  const viaGraphql = await admin.boardReport({ round: '2024-25Q2', format: 'PDF' });
  expect(viaGraphql).toMatchObject({ mediaType: 'application/pdf', filename: 'tower-hamlets-cdp-2024-25-q2-board-pack.pdf', byteLength: pdf.length });
  expect(Buffer.from(viaGraphql.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
}, 120_000);

test('REST report.html is inline and report.md an attachment; the closed pack has an ETag that revalidates', async () => {
  const html = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.html`, auth);
  expect(html.status).toBe(200);
  expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(html.headers.get('content-disposition')).toBe('inline; filename="tower-hamlets-cdp-2024-25-q2-board-pack.html"');
  expect(html.headers.get('x-board-pack-draft')).toBe('false');
  const body = await html.text();
  expect(body).toBe((await admin.boardReport({ round: '2024-25Q2' })).content);
  const etag = html.headers.get('etag')!;
  expect(etag).toBeTruthy();
  const again = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.html`, { headers: { ...auth.headers, 'if-none-match': etag } });
  expect(again.status).toBe(304);

  const md = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.md`, auth);
  expect(md.status).toBe(200);
  expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  expect(md.headers.get('content-disposition')).toBe('attachment; filename="tower-hamlets-cdp-2024-25-q2-board-pack.md"');
});

test("archiving an action after close leaves the closed round's pack byte for byte; an open round's draft follows the live data", async () => {
  const before = (await admin.boardReport({ round: '2024-25Q2' })).content;
  const { reportingRound: q3 } = await admin.openRound({ quarter: '2024-25 Q3', deadline: '2025-01-15' });
  const draftBefore = await admin.boardReport({ round: '2024-25Q3' });
  expect(draftBefore).toMatchObject({ draft: true, filename: 'tower-hamlets-cdp-2024-25-q3-board-pack-draft.html', round: { id: q3.id, status: 'OPEN' } });
  expect(draftBefore.content).toContain('DRAFT');

  const red = reds()[0];
  const action = await admin.action(red.id);
  await admin.archiveAction({ id: red.id, expectedVersion: action.version });

  expect((await admin.boardReport({ round: '2024-25Q2' })).content).toBe(before);
  const rest = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.html`, auth);
  expect(await rest.text()).toBe(before);

  const draftAfter = await admin.boardReport({ round: '2024-25Q3' });
  const heading = `Action ${escapeHtml(red.ref)}: ${escapeHtml(red.text)}`;
  expect(draftAfter.content).not.toBe(draftBefore.content);
  // The archived action is gone from the draft's list of actions without updates (and its totals).
  expect(draftBefore.content).toContain(escapeHtml(red.text));
  expect(draftAfter.content).not.toContain(escapeHtml(red.text));
  expect(before).toContain(heading);
  await admin.restoreAction({ id: red.id, expectedVersion: action.version + 1 });
}, 60_000);

test("an open round's pack lists the first 500 changes since its opening and says how many more there are", async () => {
  const actions = closed.actions.filter((a) => a.status !== 'COMPLETED' && a.status !== 'CANCELLED').slice(0, 50);
  for (let i = 0; i < 11; i++)
    await Promise.all(
      actions.map((a, j) => admin.recordProgress({ actionId: a.id, quarter: '2024-25 Q3', rag: 'GREEN', status: 'ON_TRACK', commentary: `Update ${i}.${j}` })),
    );
  const html = await admin.boardReport({ round: '2024-25Q3' });
  // Every audit entry since the round opened (550 updates among them), as the audit log counts them.
  const gql = async (query: string) => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth.headers }, body: JSON.stringify({ query }) });
    return ((await res.json()) as { data: Record<string, { openedAt?: string; totalCount?: number }> }).data;
  };
  const { round } = await gql('{ round(ref: "2024-25Q3") { openedAt } }');
  const { changes } = await gql(`{ changes(since: "${round.openedAt}", first: 1) { totalCount } }`);
  expect(changes.totalCount).toBeGreaterThan(550);
  expect(html.changesOmitted).toBe(changes.totalCount! - 500);
  expect(html.content).toContain('<p>500 changes, by record type, oldest first.</p>');
  expect(html.content).toContain(`<p><strong>${html.changesOmitted} later changes are not listed here</strong>`);
  const md = await admin.boardReport({ round: '2024-25Q3', format: 'MD' });
  expect(md.content).toContain(`**${md.changesOmitted} later changes are not listed here**`);
}, 120_000);

test('the CLI writes the PDF to a file; an unknown round and a bad format exit non-zero with a message', async () => {
  const out = join(work, 'board.pdf');
  const ok = cli(['--round', '2024-25Q2', '--format', 'pdf', '--out', out]);
  expect({ status: ok.status, stderr: ok.stderr }).toMatchObject({ status: 0, stderr: expect.stringContaining('Wrote ') });
  const pdf = readFileSync(out);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  for (const a of reds()) expect(squash(text.stdout)).toContain(squash(`Action ${a.ref}: ${a.text}`));

  const md = cli(['--round', '2024-25Q2', '--format', 'md']);
  expect(md.status).toBe(0);
  expect(md.stdout).toBe((await admin.boardReport({ round: '2024-25Q2', format: 'MD' })).content);

  const unknown = cli(['--round', '2024-25Q4', '--format', 'html']);
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toMatch(/^NOT_FOUND: .*2024-25Q4/m);
  expect(unknown.stdout).toBe('');

  const bad = cli(['--round', '2024-25Q2', '--format', 'docx']);
  expect(bad.status).toBe(64);
  expect(bad.stderr).toContain('--format must be html, md or pdf');

  const noChromium = spawnSync(process.execPath, [CLI, 'report', '--round', '2024-25Q2', '--format', 'pdf', '--out', join(work, 'x.pdf')], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: server.databaseUrl, CHROMIUM_PATH: '/nonexistent/chromium', SEED: 'false' },
  });
  expect(noChromium.status).toBe(1);
  expect(noChromium.stderr).toContain('SERVICE_UNAVAILABLE: The PDF renderer is not available');
  expect(existsSync(join(work, 'x.pdf'))).toBe(false);
}, 180_000);

test('refusals: an unknown round is a 404 problem, a bad format a 400, no key a 401, no such format route a 404', async () => {
  const missing = await fetch(`${server.origin}/api/v1/rounds/2024-25Q4/report.html`, auth);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-type')).toContain('application/problem+json');
  expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND', argument: 'path.id' });

  await expect(admin.boardReport({ round: '2024-25Q4' })).rejects.toMatchObject({ constructor: NotFoundError });

  const badFormat = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth.headers },
    body: JSON.stringify({ query: '{ boardReport(round: "2024-25Q2", format: DOCX) { content } }' }),
  });
  const badBody = (await badFormat.json()) as { errors?: { message: string }[] };
  expect(badBody.errors?.[0].message).toMatch(/BoardReportFormat/);

  const query = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.html?format=pdf`, auth);
  expect(query.status).toBe(400);

  const anonymous = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.html`);
  expect(anonymous.status).toBe(401);

  const docx = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/report.docx`, auth);
  expect(docx.status).toBe(404);
});
