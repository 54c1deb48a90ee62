// Runs each compiled example program (examples/dist, made by `pnpm --filter @cdp/examples build`)
// against a real server and checks what it prints and writes. Expected figures come from the API
// itself (GraphQL documents of the tests' own, typed by codegen: not the SDK the examples use) or
// from the plan documents. The README's GraphQL examples are sent as the README has them (raw).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NotFoundError } from '@cdp/sdk';
import { connect, connectAs } from '../support/api';
import { graphql } from '../support/generated';
import { gql, startServer, type TestServer } from '../support/server';

const EXAMPLES_DIST = resolve(__dirname, '../../examples/dist');

let server: TestServer;
beforeAll(async () => {
  for (const example of ['partner-agency', 'intranet-export', 'deadlines']) {
    if (!existsSync(join(EXAMPLES_DIST, `${example}.js`))) {
      throw new Error(`examples/dist/${example}.js is missing: run \`pnpm --filter @cdp/sdk build && pnpm --filter @cdp/examples build\` first`);
    }
  }
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(example: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(EXAMPLES_DIST, `${example}.js`)],
      { env: { PATH: process.env.PATH ?? '', CDP_API_URL: server.url, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('partner-agency', () => {
  it("posts a progress update with the agency's key, once, even when run twice", async () => {
    const RESET_PROGRESS = graphql(`
      query ExamplesResetProgress {
        actions(filter: { agency: "RESET" }, first: 1) {
          nodes {
            text
            status
            progress {
              quarterLabel
              rag
              reportedBy
            }
          }
        }
      }
    `);
    const editor = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' });
    const key = editor.key!;
    const env = { CDP_AGENCY: 'RESET', CDP_API_KEY: key, CDP_REPORT_QUARTER: '2024-25 Q2', CDP_REPORT_RAG: 'AMBER' };
    const first = await run('partner-agency', env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const posted = /^Posted progress for 2024-25 Q2 on "(.+)": AMBER \(AT_RISK\)$/m.exec(first.stdout);
    expect(posted).not.toBeNull();
    const again = await run('partner-agency', env);
    expect(again.stdout).toMatch(/^Already posted progress for 2024-25 Q2/m);

    // reportedBy (the key's name) is shown to callers with a key only: read with the agency's own key.
    const action = (await editor.read(RESET_PROGRESS)).actions.nodes[0];
    expect(action.text).toBe(posted![1]);
    expect(action.status).toBe('AT_RISK');
    expect(action.progress).toEqual([{ quarterLabel: '2024-25 Q2', rag: 'AMBER', reportedBy: expect.stringMatching(/^RESET case system/) }]);
  });

  it('says so, and exits non-zero, when asked to post progress without a key', async () => {
    const { code, stderr } = await run('partner-agency', { CDP_AGENCY: 'RESET', CDP_REPORT_QUARTER: '2024-25 Q2' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/Not allowed to post progress/);
  });

  it("lists RESET's actions grouped by priority", async () => {
    const RESET_ACTIONS = graphql(`
      query ExamplesResetActions {
        agency(name: "RESET") {
          name
        }
        actions(filter: { agency: "RESET" }, first: 100) {
          totalCount
          nodes {
            text
            priority {
              id
            }
          }
        }
      }
    `);
    const expected = await connect(server).read(RESET_ACTIONS);
    const agencyName = expected.agency.name;
    const { totalCount, nodes } = expected.actions;
    const priorities = new Set(nodes.map((n) => n.priority.id)).size;

    const { code, stdout, stderr } = await run('partner-agency', { CDP_AGENCY: 'RESET' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${agencyName}: ${totalCount} actions in ${priorities} priorities`);
    const actionLines = lines.filter((l) => l.startsWith('  - ['));
    expect(actionLines).toHaveLength(totalCount);
    expect(actionLines.map((l) => l.replace(/^ {2}- \[[A-Z_]+\] /, ''))).toEqual(nodes.map((n) => n.text));
    const headings = lines.filter((l) => /^Pillar \d, priority \d: .+ \(\d+\)$/.test(l));
    expect(headings).toHaveLength(priorities);
    expect(headings.reduce((sum, h) => sum + Number(/\((\d+)\)$/.exec(h)![1]), 0)).toBe(totalCount);
  });

  it('takes any alias of the agency, and says so when there is no such agency', async () => {
    const byAlias = await run('partner-agency', { CDP_AGENCY: 'reset recovery service' });
    const reset = await run('partner-agency', { CDP_AGENCY: 'RESET' });
    expect(byAlias.stdout).toBe(reset.stdout);

    const unknown = await run('partner-agency', { CDP_AGENCY: 'No Such Agency' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No agency "No Such Agency" in the plan/);
  });
});

describe('intranet-export', () => {
  let outputDir: string;
  beforeAll(() => {
    outputDir = mkdtempSync(join(tmpdir(), 'cdp-export-'));
  });
  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  it('writes the whole plan as JSON, and the CSV and Excel feeds as the API serves them', async () => {
    const { code, stdout, stderr } = await run('intranet-export', { CDP_OUTPUT_DIR: outputDir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 156 actions\n/);

    const plan = JSON.parse(readFileSync(join(outputDir, 'plan.json'), 'utf8'));
    expect(plan).toMatchObject({ kind: 'DELIVERY_PLAN', periodLabel: '2024-25' });
    expect(plan.pillars.nodes).toHaveLength(3);

    const raw = readFileSync(join(outputDir, 'plan.csv'), 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true); // the BOM that makes Excel read UTF-8
    const csv = raw.slice(1);
    const [header, ...rows] = parseCsv(csv);
    expect(header.slice(0, 8)).toEqual(['Ref', 'Pillar', 'Priority', 'Objective', 'Action', 'Responsible agencies', 'Status', 'RAG']);
    expect(header[header.length - 1]).toBe('API ID');
    expect(rows).toHaveLength(156);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(readFileSync(join(outputDir, 'plan.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the workbook

    // Every field round-trips exactly, commas and quotes included.
    const FIRST_PAGE = graphql(`
      query ExamplesFirstPage {
        actions(first: 100) {
          nodes {
            id
            text
            objective {
              text
            }
            agencies {
              name
            }
          }
          pageInfo {
            endCursor
          }
        }
      }
    `);
    const firstPage = (await connect(server).read(FIRST_PAGE)).actions.nodes;
    for (const [i, action] of firstPage.entries()) {
      expect(rows[i][header.indexOf('API ID')]).toBe(action.id);
      expect(rows[i][4]).toBe(action.text);
      expect(rows[i][3]).toBe(action.objective.text);
      expect(rows[i][5]).toBe(action.agencies.map((a) => a.name).join('; '));
    }
    expect(csv).toMatch(/"[^"\r\n]*,[^"\r\n]*"/); // some field needed quoting, and got it
    expect(new Set(rows.map((r) => r[1]))).toEqual(
      new Set([
        '1. Break drug supply chains',
        '2. Deliver a world-class treatment and recovery system',
        '3. Achieve a generational shift in the demand for drugs',
      ]),
    );
  });
});

describe('deadlines', () => {
  it('lists contracts due in the next CDP_DAYS days and those overdue, as of CDP_AS_OF', async () => {
    const { code, stdout, stderr } = await run('deadlines', { CDP_AS_OF: '2024-04-01', CDP_DAYS: '60' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [dueSection, overdueSection] = stdout.split('\nOverdue');
    expect(dueSection).toMatch(/Due in the next 60 days \(1\):\n {2}2024-05-21 {2}Clinical waste collections \(PHS group\), NOT_STARTED: in 50 days/);
    expect(overdueSection).toMatch(/^ \(3\):/);
    const overdue = overdueSection.split('\n').filter((l) => l.startsWith('  '));
    expect(overdue).toHaveLength(3);
    expect(overdue.every((l) => l.startsWith('  2024-03-31  ') && l.endsWith('1 day overdue'))).toBe(true);
    expect(overdue.map((l) => l.split('  ')[2].split(',')[0]).sort()).toEqual(['Drink Coach', 'Pharmacy Needle Exchange', 'Specialist midwife']);
  });

  it("prints what the README shows for the README's command", async () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const shown = /^CDP_AS_OF=(\S+) CDP_DAYS=(\d+) node examples\/dist\/deadlines\.js\n```\n[\s\S]*?```text\n([\s\S]*?)```$/m.exec(readme);
    expect(shown).not.toBeNull();
    const [, asOf, days, output] = shown!;
    const { code, stdout } = await run('deadlines', { CDP_AS_OF: asOf, CDP_DAYS: days });
    expect(code).toBe(0);
    expect(stdout).toBe(output);
  });

  it('rejects a malformed CDP_AS_OF', async () => {
    const { code, stderr } = await run('deadlines', { CDP_AS_OF: '01/04/2024' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/CDP_AS_OF must be a date as YYYY-MM-DD/);
  });
});

// The code in the README's SDK section and in the SDK's own README: each TypeScript block
// type-checks against the built SDK (as strict a consumer as TypeScript allows), and what the
// examples claim of the live server holds.
describe('README examples', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const sdkSection = section(readme, '## The TypeScript SDK');
  const packageReadme = readFileSync(resolve(__dirname, '../../packages/sdk/README.md'), 'utf8');

  it.each([
    ['README.md, "The TypeScript SDK"', sdkSection, 6],
    ['packages/sdk/README.md', packageReadme, 3],
  ])('the TypeScript blocks of %s type-check against @cdp/sdk', async (_where, markdown, count) => {
    const blocks = codeBlocks(markdown, 'ts').filter((block) => !/^export default /m.test(block)); // a codegen.ts config, not SDK code
    expect(blocks.length).toBeGreaterThanOrEqual(count);
    expect(await typeErrors(snippetModule(blocks))).toEqual([]);
  });

  it('the type check does fail on a wrong call (so that the test above can fail)', async () => {
    expect(await typeErrors(snippetModule(["await cdp.actions({ filter: { agencyName: 'RESET' } });"]))).toEqual([expect.stringMatching(/agencyName/)]);
  });

  it("the NotFoundError example's agency really is not one, and the message is the server's", async () => {
    const block = codeBlocks(sdkSection, 'ts').find((b) => b.includes('NotFoundError'))!;
    const name = /cdp\.agency\(\{ name: '([^']+)' \}\)/.exec(block)![1];
    const message = /^ *\/\/ (No agency found.*)$/m.exec(block)![1];
    const error = await connect(server)
      .client.agency({ name })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe(message);
  });

  it('every GraphQL example of "Example queries" runs without errors, and the deadlines one lists contracts', async () => {
    const queries = codeBlocks(section(readme, '## Example queries'), 'graphql');
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const query of queries) {
      const { status, body } = await gql<unknown>(server.url, query);
      expect({ query, status, errors: body.errors }).toEqual({ query, status: 200, errors: undefined });
    }
    const deadlines = queries.find((q) => q.includes('reprocurements('))!;
    const { body } = await gql<{ reprocurements: { nodes: Array<{ service: string }> } }>(server.url, deadlines);
    expect(body.data!.reprocurements.nodes.map((r) => r.service)).toEqual(['Clinical waste collections']);
  });
});

/** A level-2 section of a markdown document, from its heading to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start, end < 0 ? undefined : end);
}

function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);
}

/**
 * One module of the blocks: their imports at the top, each block's code in a function of its own,
 * and the names the prose leaves to the reader declared (a client `cdp`, an action's ID...).
 */
function snippetModule(blocks: string[]): string {
  const imports: string[] = [];
  const bodies = blocks.map((block, i) => {
    const code = block.replace(/^import .*;$/gm, (line) => (imports.push(line), ''));
    return `export async function block${i}(): Promise<void> {\n${code}\n}`;
  });
  const prelude = [
    "import type { CdpClient as ReadmeClient, RecordProgressInput as ReadmeProgress } from '@cdp/sdk';",
    'declare const cdp: ReadmeClient;',
    'declare const actionId: string;',
    'declare const requestId: string;',
    'declare const update: ReadmeProgress;',
  ];
  return [...imports, ...prelude, ...bodies].join('\n');
}

/** Type errors of one TypeScript module (compiled as if it sat in tests/e2e), each with its line; see support/type-errors.cjs. */
function typeErrors(source: string): Promise<string[]> {
  const fileName = resolve(__dirname, '__readme_snippets__.ts');
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, [resolve(__dirname, '../support/type-errors.cjs')], { timeout: 60_000 }, (error, stdout, stderr) =>
      error ? fail(new Error(`type check failed to run: ${error.message}\n${stderr}`)) : done(JSON.parse(stdout)),
    );
    child.stdin!.end(JSON.stringify({ fileName, source }));
  });
}

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`bare ${JSON.stringify(c)} in an unquoted field at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last line has no CRLF');
  return rows;
}
