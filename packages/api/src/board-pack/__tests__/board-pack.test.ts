/**
 * The board pack rendered from the Tower Hamlets fixture (fixtures/tower-hamlets-2024-25-q2.json:
 * progress posted through the SDK on a real server and read back through GraphQL, written by
 * tests/e2e/board-pack.browser.test.ts with BOARD_PACK_FIXTURE=write), and from copies of it made
 * hostile, closed or empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, ErrorCode } from '../../common/errors';
import type { PlanSnapshot } from '../../modules/round/round.snapshot';
import { BoardPackErrorReason, buildModel, renderBoardPack, renderBoardPackPdf, type BoardPackInput } from '..';
import { addMonths } from '../model';

const FIXTURE: BoardPackInput = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'tower-hamlets-2024-25-q2.json'), 'utf8'));
const fixture = (): BoardPackInput => structuredClone(FIXTURE);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The URL-bearing attributes of the document's tags, and its url()s (in style attributes and the style sheet). */
function references(html: string): { refs: string[]; urls: string[]; tags: string[] } {
  const tags = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
  const unquote = (v: string) => v.replace(/^["']|["']$/g, '');
  const refs = tags.flatMap((tag) =>
    [...tag.matchAll(/\s(?:src|href|xlink:href|action|formaction|srcset|poster|data|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => unquote(m[1])),
  );
  const styles = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]).join('\n') + tags.join('\n');
  const urls = [...styles.matchAll(/url\(\s*([^)]*)\)/gi)].map((m) => unquote(m[1].trim()));
  return { refs, urls, tags };
}

/** The five counts of a summary row whose header cell starts with `label` (HTML). */
function htmlCounts(html: string, label: string): number[] | null {
  const re = new RegExp(`<tr[^>]*><th scope="row">${label}[^<]*</th><td>[^<]*</td>((?:<td class="num">\\d+</td>){5})</tr>`);
  const match = re.exec(html);
  return match ? [...match[1].matchAll(/>(\d+)</g)].map((m) => Number(m[1])) : null;
}

describe('the fixture', () => {
  it('is the real plan with updates on every pillar, red and amber among them', () => {
    const { snapshot } = FIXTURE;
    expect(snapshot.pillars).toHaveLength(3);
    expect(snapshot.actions.length).toBeGreaterThan(100);
    for (const p of snapshot.pillars) expect(p.counts.red + p.counts.amber + p.counts.green).toBeGreaterThan(0);
    expect(snapshot.overall.red).toBeGreaterThan(0);
    expect(snapshot.overall.amber).toBeGreaterThan(0);
  });
});

describe('HTML', () => {
  const input = fixture();
  const html = renderBoardPack(input, 'html');

  it('lists every RED and AMBER action, by ref and text, with every agency update', () => {
    const exceptions = input.snapshot.actions.filter((a) => a.quarterRag === 'RED' || a.quarterRag === 'AMBER');
    expect(exceptions.length).toBe(input.snapshot.overall.red + input.snapshot.overall.amber);
    for (const a of exceptions) {
      expect(html).toContain(`<span class="rag rag-${a.quarterRag}">${a.quarterRag}</span> Action ${a.ref}: ${escapeHtml(a.text)}</h4>`);
      for (const u of a.updates) expect(html).toContain(escapeHtml(u.commentary));
    }
    // No GREEN action or action without update is an exception.
    for (const a of input.snapshot.actions.filter((x) => x.quarterRag !== 'RED' && x.quarterRag !== 'AMBER')) expect(html).not.toContain(`Action ${a.ref}: `);
    // Red first.
    const firstAmber = html.indexOf('<span class="rag rag-AMBER">AMBER</span> Action');
    const lastRed = html.lastIndexOf('<span class="rag rag-RED">RED</span> Action');
    expect(lastRed).toBeLessThan(firstAmber);
  });

  it("shows the shared action with both agencies' RAGs and the roll-up", () => {
    const shared = input.snapshot.actions.find((a) => a.updates.length >= 2 && new Set(a.updates.map((u) => u.rag)).size === 2)!;
    const start = html.indexOf(`Action ${shared.ref}: `);
    const section = html.slice(start, html.indexOf('</article>', start));
    expect(section).toContain('rag-RED');
    expect(section).toContain('rag-AMBER');
    for (const u of shared.updates) expect(section).toContain(escapeHtml(u.commentary));
  });

  it('counts per pillar and overall as the snapshot does', () => {
    for (const p of input.snapshot.pillars)
      expect(htmlCounts(html, `Pillar ${p.number}: `)).toEqual([p.counts.red, p.counts.amber, p.counts.green, p.counts.noUpdate, p.counts.total]);
    const o = input.snapshot.overall;
    expect(htmlCounts(html, 'Overall')).toEqual([o.red, o.amber, o.green, o.noUpdate, o.total]);
  });

  it('is one self-contained document: no script, no URL of any kind, no reference outside itself', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<(link|iframe|object|embed|img|image|use)\b/i);
    // Every src, href and xlink:href (in a tag: escaped text has no tag), and every url(), is a fragment of this document.
    const { refs, urls } = references(html);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of [...refs, ...urls]) expect(ref).toMatch(/^#[\w-]+$/);
    // And each fragment is an id of the document.
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const ref of [...refs, ...urls]) expect(ids.has(ref.slice(1))).toBe(true);
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  });

  it('is accessible by construction: headings in order, th with scope, captions, charts as labelled images with a table', () => {
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    for (const th of html.matchAll(/<th\b[^>]*>/g)) expect(th[0]).toMatch(/scope="(col|row|rowgroup)"/);
    const tables = html.match(/<table>/g)!.length;
    expect(html.match(/<table><caption>/g)!.length).toBe(tables);
    const svgs = [...html.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
    expect(svgs.length).toBe(1 + input.snapshot.measures.filter((m) => m.values.some((v) => v.kind === 'OBSERVED')).length);
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const [, title] = /aria-labelledby="([^"]+)"/.exec(svg)!;
      const [, desc] = /aria-describedby="([^"]+)"/.exec(svg)!;
      expect(html).toContain(`<title id="${title}">`);
      expect(html).toContain(`<desc id="${desc}">`);
    }
    // RAG is a word, never only a colour.
    expect(html).toMatch(/<span class="rag rag-RED">RED<\/span>/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('ids are unique, and the output is the same on every render (no random or process-global ids)', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(renderBoardPack(fixture(), 'html')).toBe(html);
    // After other charts were drawn in this process, still the same.
    renderBoardPack({ ...fixture(), previous: null }, 'html');
    expect(renderBoardPack(fixture(), 'html')).toBe(html);
  });

  it('says DRAFT prominently for live data, and not at all for a closed round', () => {
    expect(html).toContain('<p class="draft" role="note">DRAFT: live data, not a closed reporting round</p>');
    expect(html).toMatch(/<title>DRAFT: /);
    const closed = fixture();
    closed.draft = false;
    closed.snapshot.round = { id: 'Round:1', deadline: '2024-10-15', openedAt: '2024-10-01T09:00:00Z', closedAt: '2024-10-20T17:00:00Z' };
    const final = renderBoardPack(closed, 'html');
    expect(final).not.toContain('DRAFT');
    expect(final).toContain('Round closed 2024-10-20T17:00:00Z (submission deadline 2024-10-15)');
  });

  it('the movement compares with the previous round, pillar by pillar', () => {
    const model = buildModel(input);
    expect(model.previousQuarterLabel).toBe('2024-25 Q1');
    const p1 = model.movement[0];
    expect(p1.previous).toEqual(input.previous!.pillars[0].counts);
    expect(html).toContain('Movement: 2024-25 Q1 to 2024-25 Q2');
    const none = renderBoardPack({ ...fixture(), previous: null }, 'html');
    expect(none).toContain('No earlier closed round to compare with');
    expect(none).not.toContain('Movement: ');
  });
});

describe('hostile text', () => {
  const HOSTILE = `<script>alert('x')</script>"><img src=x onerror=alert(1)> & \`|*_[a](https://evil.example)`;
  const input = fixture();
  const s = input.snapshot;
  input.partnershipName = HOSTILE;
  s.plan.title = HOSTILE;
  s.quarter.label = `2024-25 Q2 ${HOSTILE}`;
  s.pillars[0].name = HOSTILE;
  s.pillars[0].lead = HOSTILE;
  const red = s.actions.find((a) => a.quarterRag === 'RED')!;
  red.text = HOSTILE;
  red.objectiveText = HOSTILE;
  red.updates[0].commentary = HOSTILE;
  red.updates[0].reportedBy = HOSTILE;
  s.agencies[0].name = HOSTILE;
  s.measures[0].name = HOSTILE;
  s.measures[0].outcomeName = HOSTILE;
  s.measures[0].values.forEach((v) => (v.periodLabel = HOSTILE));
  s.contracts[0].service = HOSTILE;
  s.contracts[0].supplier = HOSTILE;
  s.contracts[0].expiryDate = s.quarter.periodEnd;
  input.changes[0].summary = HOSTILE;
  input.changes[0].entityType = HOSTILE;
  input.changes[0].actor = HOSTILE;
  input.previous!.quarter.label = HOSTILE;

  it('is escaped everywhere in the HTML: no element, attribute or URL comes of it', () => {
    const html = renderBoardPack(input, 'html');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // The text's URL stays text: no tag, style or reference holds one.
    const { refs, urls, tags } = references(html);
    for (const ref of [...refs, ...urls]) expect(ref).toMatch(/^#[\w-]+$/);
    for (const tag of tags) expect(tag).not.toMatch(/https?:|\/\/|onerror|javascript:/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain(escapeHtml(HOSTILE));
    // Its every occurrence is escaped: the raw text appears nowhere.
    expect(html).not.toContain(HOSTILE.slice(0, 20));
  });

  it('is escaped in the Markdown: no raw HTML, no table broken by a pipe, no link', () => {
    const md = renderBoardPack(input, 'md');
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/(?<!\\)\]\(https/);
    expect(md).toContain('\\|');
    // Every table row has as many unescaped pipes as its header.
    for (const table of md.split('\n\n').filter((block) => block.startsWith('| '))) {
      const [head, ...rows] = table.split('\n').filter((line) => line !== '');
      const cells = (line: string) => line.split(/(?<!\\)\|/).length;
      for (const row of rows) expect({ row, cells: cells(row) }).toEqual({ row, cells: cells(head) });
    }
  });
});

describe('Markdown', () => {
  const input = fixture();
  const md = renderBoardPack(input, 'md');

  it('has the same sections, the counts and every exception as GitHub tables', () => {
    for (const heading of [
      '## Summary',
      '### Movement since the last round',
      '## Exceptions: red and amber actions',
      '## Actions without updates, by agency',
      '## Outcome measures',
      '## Reprocurement deadlines',
      '## What changed since the last board',
    ])
      expect(md).toContain(`\n${heading}\n`);
    expect(md.startsWith('> **DRAFT')).toBe(true);
    for (const p of input.snapshot.pillars) {
      const row = md.split('\n').find((l) => l.startsWith(`| Pillar ${p.number}: `))!;
      expect(
        row
          .split(' | ')
          .slice(-5)
          .map((c) => Number(c.replace(' |', ''))),
      ).toEqual([p.counts.red, p.counts.amber, p.counts.green, p.counts.noUpdate, p.counts.total]);
    }
    for (const a of input.snapshot.actions.filter((x) => x.quarterRag === 'RED' || x.quarterRag === 'AMBER'))
      expect(md).toContain(`#### ${a.quarterRag} · Action ${a.ref}: `);
  });
});

describe('sections worked out from the snapshot', () => {
  it('actions without updates: per agency, the open actions it has not posted on', () => {
    const input = fixture();
    const model = buildModel(input);
    const byAgency = new Map(model.withoutUpdates.map((c) => [c.agency, new Set(c.actions.map((a) => a.ref))]));
    const names = new Map(input.snapshot.agencies.map((a) => [a.id, a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name]));
    for (const action of input.snapshot.actions) {
      if (action.status === 'COMPLETED' || action.status === 'CANCELLED' || action.updates.some((u) => u.agencyId === null)) continue;
      for (const id of action.agencyIds) {
        const listed = byAgency.get(names.get(id)!)?.has(action.ref) ?? false;
        expect({ ref: action.ref, agency: id, listed }).toEqual({ ref: action.ref, agency: id, listed: !action.updates.some((u) => u.agencyId === id) });
      }
    }
    // The shared action is listed under the agencies that did not post, not under RESET or MPS.
    const shared = input.snapshot.actions.find((a) => a.updates.length >= 2)!;
    const posters = shared.updates.map((u) => names.get(u.agencyId!)!);
    for (const name of posters) expect(byAgency.get(name)?.has(shared.ref) ?? false).toBe(false);
  });

  it('reprocurement: overdue and the 6 and 12 month windows are measured from the quarter end', () => {
    const input = fixture();
    const end = input.snapshot.quarter.periodEnd;
    const base = input.snapshot.contracts[0];
    const c = (id: string, expiryDate: string, status: (typeof base)['status']) => ({ ...base, id, service: id, expiryDate, status });
    input.snapshot.contracts = [
      c('past-open', '2024-09-29', 'IN_PROGRESS'),
      c('past-awarded', '2024-09-29', 'AWARDED'),
      c('on-end', end, 'NOT_STARTED'),
      c('six', addMonths(end, 6), 'NOT_STARTED'),
      c('six-plus', '2025-04-01', 'EXTENDED'),
      c('twelve', addMonths(end, 12), 'IN_PROGRESS'),
      c('later', '2025-10-01', 'NOT_STARTED'),
      c('cancelled', '2024-12-01', 'CANCELLED'),
    ];
    const { reprocurement } = buildModel(input);
    expect(reprocurement.measuredFrom).toBe(end);
    expect(reprocurement.overdue.map((x) => x.service)).toEqual(['past-open']);
    expect(reprocurement.overdue[0].days).toBe(-1);
    expect(reprocurement.within6.map((x) => x.service)).toEqual(['on-end', 'six']);
    expect(reprocurement.within12.map((x) => x.service)).toEqual(['six-plus', 'twelve']);
    expect(renderBoardPack(input, 'html')).toContain(`Measured from the end of the quarter, ${end}.`);
  });

  it("addMonths keeps the day, or the month's last", () => {
    expect(addMonths('2024-09-30', 6)).toBe('2025-03-30');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-12-31', 12)).toBe('2025-12-31');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('measures: baseline, latest target and latest observed, and an assessment by direction', () => {
    const input = fixture();
    const measure = input.snapshot.measures[0];
    measure.direction = 'LOWER_IS_BETTER';
    measure.values = [
      { kind: 'BASELINE', periodLabel: '2020-21', periodStart: '2020-04-01', periodEnd: '2021-03-31', value: 100 },
      { kind: 'OBSERVED', periodLabel: '2022-23', periodStart: '2022-04-01', periodEnd: '2023-03-31', value: 90 },
      { kind: 'OBSERVED', periodLabel: '2023-24', periodStart: '2023-04-01', periodEnd: '2024-03-31', value: 70 },
      { kind: 'TARGET', periodLabel: '2024-25', periodStart: '2024-04-01', periodEnd: '2025-03-31', value: 80 },
    ];
    const view = buildModel(input).measures[0];
    expect(view.latest?.value).toBe(70);
    expect(view.assessment).toBe('Latest 70 (2023-24), better than the baseline, target met.');
    const html = renderBoardPack(input, 'html');
    expect(html).toContain(`<title id="bp-m1-title">Trend of ${escapeHtml(measure.name)}</title>`);
    expect(html).toContain('Line of observed values, 2022-23: 90; 2023-24: 70. Reference lines: baseline 100 (2020-21), target 80 (2024-25).');
  });

  it('changes: grouped by record type, oldest first; none says so', () => {
    const input = fixture();
    const model = buildModel(input);
    expect(model.changes.reduce((n, g) => n + g.changes.length, 0)).toBe(input.changes.length);
    for (const g of model.changes) expect(g.changes.map((c) => c.at)).toEqual([...g.changes.map((c) => c.at)].sort());
    expect(renderBoardPack({ ...input, changes: [] }, 'html')).toContain('No changes recorded since the last board.');
  });

  it('an empty quarter renders too', () => {
    const input = fixture();
    const s: PlanSnapshot = input.snapshot;
    s.actions = s.actions.map((a) => ({ ...a, quarterRag: null, updates: [] }));
    s.measures = [];
    s.contracts = [];
    const html = renderBoardPack({ ...input, previous: null, changes: [] }, 'html');
    expect(html).toContain('No red actions.');
    expect(html).toContain('No amber actions.');
    expect(html).toContain('No reprocurement is overdue.');
  });
});

describe('PDF', () => {
  it('without Chromium is SERVICE_UNAVAILABLE, reason PDF_RENDERER_UNAVAILABLE, naming the path', async () => {
    const error = await renderBoardPackPdf('<!DOCTYPE html><title>x</title>', { chromiumPath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: ErrorCode.SERVICE_UNAVAILABLE,
      extensions: { reason: BoardPackErrorReason.PDF_RENDERER_UNAVAILABLE, chromiumPath: '/nonexistent/chromium' },
    });
    expect((error as AppError).message).toContain('CHROMIUM_PATH');
  });
});

test('changes left out of the list (changesOmitted) are counted in both formats; none, no line', () => {
  const input = { ...fixture(), changesOmitted: 7 };
  expect(renderBoardPack(input, 'html')).toContain('<p><strong>7 later changes are not listed here</strong>: the audit log (changes) has them all.</p>');
  expect(renderBoardPack(input, 'md')).toContain('**7 later changes are not listed here**: the audit log (changes) has them all.');
  expect(renderBoardPack({ ...fixture(), changesOmitted: 1 }, 'md')).toContain('**1 later change is not listed here**');
  expect(renderBoardPack(fixture(), 'html')).not.toContain('not listed here');
  expect(renderBoardPack({ ...fixture(), changesOmitted: 0 }, 'md')).not.toContain('not listed here');
});
