/**
 * The feeds the intranet and office tools load as they are (issue 11): the plan as CSV and as an
 * Excel workbook, reprocurement deadlines as iCalendar, help services as CSV. Each is read back
 * by an independent tool: the CSV by csv-parse and by LibreOffice (headless, as a spreadsheet
 * user would open it), the workbook by exceljs, the calendar by ical.js (Mozilla's parser).
 * Against a real server with the Tower Hamlets plan.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { bearer, createKey, gql, startServer, TestServer } from '../support/server';

let server: TestServer;
let admin: Record<string, string>;
let work: string;
/** Every action of the plan as GraphQL gives it, in plan order. */
let actions: { id: string; text: string; status: string; dueDate: string | null; agencies: { name: string }[] }[];

const BOM = '\uFEFF';
const CSV_TYPE = /^text\/csv; charset=utf-8/;

function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('soffice (LibreOffice) is missing: run tests/scripts/ensure-libreoffice.sh (the test command does).');
  return found;
}

/** The reference answer from GraphQL, to compare the feeds with. */
async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await gql<T>(server.url, document, variables);
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.origin}${path}`, { headers });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startServer();
  admin = bearer(createKey(server.databaseUrl, { role: 'admin', name: 'Feeds test' }));
  work = mkdtempSync(join(tmpdir(), 'cdp-feeds-'));
  const all: typeof actions = [];
  let after: string | null = null;
  for (;;) {
    const page: { actions: { nodes: typeof actions; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await query(
      `query($after: String) { actions(first: 100, after: $after) { nodes { id text status dueDate agencies { name } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...page.actions.nodes);
    if (!page.actions.pageInfo.hasNextPage) break;
    after = page.actions.pageInfo.endCursor;
  }
  actions = all;
});

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the plan as CSV', () => {
  test('one row per action in plan order, with readable words, UTF-8 with a BOM, CRLF, RFC 4180', async () => {
    const { response, bytes } = await get('/api/v1/plan.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(CSV_TYPE);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="plan.csv"');
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n').length).toBe(actions.length + 2); // header, rows, and the empty string after the last CRLF
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows).toHaveLength(156);
    expect(rows.map((r) => r['API ID'])).toEqual(actions.map((a) => a.id));
    expect(rows.map((r) => r.Action)).toEqual(actions.map((a) => a.text));
    expect(rows[0]).toMatchObject({ Ref: '1.1.1.1', Pillar: expect.stringMatching(/^1\. /), Status: 'Not started', RAG: '' });
    expect(rows[0]['Responsible agencies']).toBe(actions[0].agencies.map((a) => a.name).join('; '));
    expect(rows[0]['Due date']).toBe(actions[0].dueDate);
    expect(Object.keys(rows[0])).toEqual([
      'Ref',
      'Pillar',
      'Priority',
      'Objective',
      'Action',
      'Responsible agencies',
      'Status',
      'RAG',
      'Latest quarter',
      'Percent complete',
      'Due date',
      'Target',
      'Funding condition',
      'Latest commentary',
      'API ID',
    ]);
    // No status code leaks through as a code.
    expect(rows.some((r) => /_/.test(r.Status))).toBe(false);
  });

  test('the en dash of the plan survives, and LibreOffice opens the file with the right rows', async () => {
    const withDash = actions.filter((a) => a.text.includes('–'));
    expect(withDash.length).toBeGreaterThan(0);
    const { bytes } = await get('/api/v1/plan.csv');
    const csv = join(work, 'plan.csv');
    writeFileSync(csv, bytes);
    const out = join(work, 'lo');
    // A profile of its own, so that a LibreOffice already running elsewhere does not swallow the
    // conversion. The import filter says what LibreOffice's CSV dialog says when the user opens the
    // file: comma-separated (44), quoted with " (34), UTF-8 (76), from line 1. (Its headless default
    // is a Western 8-bit charset whatever the file says; Excel takes UTF-8 from the BOM checked above.)
    execFileSync(
      soffice(),
      [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', out, csv],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    expect(readdirSync(out)).toContain('plan.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'plan.xlsx'));
    const sheet = book.worksheets[0];
    expect(sheet.actualRowCount).toBe(157);
    expect(sheet.getRow(1).getCell(1).text).toBe('Ref');
    const texts: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) texts.push(row.getCell(5).text);
    });
    expect(texts).toEqual(actions.map((a) => a.text));
    expect(texts.filter((t) => t.includes('–'))).toEqual(withDash.map((a) => a.text));
  });

  test('the long form has one row per action and agency; filters are the actions filters', async () => {
    const long: Record<string, string>[] = parse((await get('/api/v1/plan.csv?form=long')).bytes, { bom: true, columns: true });
    expect(long).toHaveLength(actions.reduce((n, a) => n + Math.max(1, a.agencies.length), 0));
    expect(long[0]).toHaveProperty('Agency', actions[0].agencies[0].name);

    const reset = await query<{ actions: { totalCount: number } }>(`{ actions(filter: { agency: "RESET", status: [NOT_STARTED] }, first: 1) { totalCount } }`);
    const filtered: Record<string, string>[] = parse((await get('/api/v1/plan.csv?agency=RESET&status=NOT_STARTED')).bytes, { bom: true, columns: true });
    expect(filtered).toHaveLength(reset.actions.totalCount);
    // The same CSV from the collection, by Accept.
    const { response, bytes } = await get('/api/v1/actions?agency=RESET&status=NOT_STARTED', { accept: 'text/csv' });
    expect(response.headers.get('content-type')).toMatch(CSV_TYPE);
    expect(parse(bytes, { bom: true, columns: true })).toEqual(filtered);

    const bad = await get('/api/v1/plan.csv?form=tall');
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(bad.bytes.toString())).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    const unknown = await get('/api/v1/plan.csv?pillar=2');
    expect(JSON.parse(unknown.bytes.toString())).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', fields: [{ path: 'query.pillar' }] });
  });

  test('ETag and 304 as on every read; a write changes the CSV and its ETag', async () => {
    const first = await get('/api/v1/plan.csv');
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const again = await get('/api/v1/plan.csv', { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(again.bytes.length).toBe(0);

    const action = actions[0];
    const read = await fetch(`${server.origin}/api/v1/actions/${encodeURIComponent(action.id)}`);
    const patched = await fetch(`${server.origin}/api/v1/actions/${encodeURIComponent(action.id)}`, {
      method: 'PATCH',
      headers: { ...admin, 'content-type': 'application/merge-patch+json', 'if-match': read.headers.get('etag')! },
      body: JSON.stringify({ status: 'ON_TRACK' }),
    });
    expect(patched.status).toBe(200);
    const after = await get('/api/v1/plan.csv', { 'if-none-match': etag });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
    const rows: Record<string, string>[] = parse(after.bytes, { bom: true, columns: true });
    expect(rows[0].Status).toBe('On track');
  });
});

describe('the plan as an Excel workbook', () => {
  test('a sheet per level, frozen headers, the actions in plan order, RAG cells filled', async () => {
    // A RAG to colour: a progress update on the first action.
    const posted = await fetch(`${server.origin}/api/v1/actions/${encodeURIComponent(actions[1].id)}/progress`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ quarter: '2024-25 Q2', rag: 'AMBER', status: 'AT_RISK', commentary: 'Waiting for the funding decision', percentComplete: 40 }),
    });
    expect(posted.status).toBe(200);
    const { response, bytes } = await get('/api/v1/plan.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Pillars', 'Priorities', 'Objectives', 'Actions', 'Action agencies']);
    const counts = Object.fromEntries(book.worksheets.map((w) => [w.name, w.actualRowCount - 1]));
    expect(counts).toMatchObject({ Pillars: 3, Priorities: 11, Objectives: 40, Actions: 156 });
    const sheet = book.getWorksheet('Actions')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(5).width).toBeGreaterThan(20);
    const ids: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(15).text);
    });
    expect(ids).toEqual(actions.map((a) => a.id));
    const amber = sheet.getRow(3);
    expect(amber.getCell(8).text).toBe('Amber');
    expect(amber.getCell(7).text).toBe('At risk');
    expect((amber.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFD966');
    expect((sheet.getRow(2).getCell(8).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  });
});

describe('reprocurement deadlines as iCalendar', () => {
  test('5 events, each with its decision-by alarm 6 months before, the supplier and status in the description', async () => {
    const { response, bytes } = await get('/api/v1/reprocurements.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Reprocurement deadlines');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(5);
    const contracts = await query<{ reprocurements: { nodes: { id: string; service: string; supplier: string | null; expiryDate: string }[] } }>(
      `{ reprocurements(first: 100) { nodes { id service supplier expiryDate } } }`,
    );
    for (const contract of contracts.reprocurements.nodes) {
      const event = events.find((e) => e.uid.startsWith(contract.id));
      expect(event).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(contract.expiryDate);
      expect(event!.description).toContain(`Supplier: ${contract.supplier ?? 'not named in the plan'}`);
      expect(event!.description).toMatch(/Status: Not started/);
      const alarms = event!.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Time;
      const [y, m] = contract.expiryDate.split('-').map(Number);
      const expected = new Date(Date.UTC(y, m - 1 - 6, 1));
      expect(trigger.year).toBe(expected.getUTCFullYear());
      expect(trigger.month).toBe(expected.getUTCMonth() + 1);
    }
  });

  test('the lead time is configurable; filters are the reprocurements filters', async () => {
    const calendar = new ICAL.Component(
      ICAL.parse((await get('/api/v1/reprocurements.ics?alarmMonths=0&overdue=true&asOf=2024-06-01')).bytes.toString('utf8')),
    );
    const events = calendar.getAllSubcomponents('vevent');
    const overdue = await query<{ reprocurements: { totalCount: number } }>(
      `{ reprocurements(filter: { overdue: true, asOf: "2024-06-01" }, first: 1) { totalCount } }`,
    );
    expect(events).toHaveLength(overdue.reprocurements.totalCount);
    expect(events.every((e) => e.getAllSubcomponents('valarm').length === 0)).toBe(true);
    const byAccept = await get('/api/v1/reprocurements', { accept: 'text/calendar' });
    expect(byAccept.response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(new ICAL.Component(ICAL.parse(byAccept.bytes.toString('utf8'))).getAllSubcomponents('vevent')).toHaveLength(5);
    expect((await get('/api/v1/reprocurements.ics?alarmMonths=99')).response.status).toBe(400);
  });
});

describe('help services', () => {
  test('as JSON and as CSV, the same services', async () => {
    const json = JSON.parse((await get('/api/v1/help-services')).bytes.toString()) as { items: { id: string; name: string }[] };
    expect(json.items.length).toBeGreaterThan(0);
    const csv: Record<string, string>[] = parse((await get('/api/v1/help-services.csv')).bytes, { bom: true, columns: true });
    expect(csv.map((r) => r['API ID'])).toEqual(json.items.map((i) => i.id));
    expect(csv.map((r) => r.Service)).toEqual(json.items.map((i) => i.name));
    const byAccept = parse((await get('/api/v1/help-services', { accept: 'text/csv' })).bytes, { bom: true, columns: true });
    expect(byAccept).toEqual(csv);
  });
});

describe('NDJSON', () => {
  test('any collection streams every record as one JSON object per line', async () => {
    const { response, bytes } = await get('/api/v1/actions?fields=id,text', { accept: 'application/x-ndjson' });
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(156);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(actions.map((a) => a.id));
  });
});
