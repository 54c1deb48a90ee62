import type { SnapshotCounts, SnapshotMeasureValue, SnapshotRag } from '../modules/round/round.snapshot';
import { measureChart, movementChart } from './charts';
import { escapeHtml as e } from './escape';
import { BoardPackModel, ContractView, RAG_LABEL } from './model';

/** The HTML pack's style: screen and print (A4, a major section per page, table headers repeated). */
const CSS = `
:root { color: #1f1f1f; background: #ffffff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; }
h1 { font-size: 1.8rem; margin: 0.5rem 0; } h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 2px solid #1f1f1f; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; } h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95em; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; } td.num, th.num { text-align: right; }
tr.total th, tr.total td { font-weight: bold; background: #f3f3f3; }
.rag { display: inline-block; padding: 0 0.35rem; border-radius: 0.2rem; font-weight: bold; border: 1px solid #1f1f1f; }
.rag-RED { background: #b3261e; color: #ffffff; } .rag-AMBER { background: #f2b233; color: #1f1f1f; } .rag-GREEN { background: #1e7b34; color: #ffffff; }
.draft { border: 4px solid #b3261e; color: #b3261e; font-size: 1.6rem; font-weight: bold; text-align: center; padding: 0.5rem; margin: 0.5rem 0 1rem; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; } .cover dt { font-weight: bold; } .cover dd { margin: 0; }
.chart { margin: 0.5rem 0; } .chart svg { max-width: 100%; height: auto; }
.action { border-left: 4px solid #6b6b6b; padding-left: 0.75rem; margin-bottom: 1rem; break-inside: avoid-page; }
.note { color: #3d3d3d; }
a { color: #0b4f8a; }
@page { size: A4; margin: 18mm 14mm 18mm 14mm; }
@media print {
  :root { font-size: 10pt; } body { max-width: none; padding: 0; }
  section.major { break-before: page; } nav.contents { break-after: page; }
  thead { display: table-header-group; } tr, .chart, figure { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

function rag(value: SnapshotRag): string {
  return `<span class="rag rag-${value}">${RAG_LABEL[value].toUpperCase()}</span>`;
}

function countCells(counts: SnapshotCounts): string {
  return [counts.red, counts.amber, counts.green, counts.noUpdate, counts.total].map((n) => `<td class="num">${n}</td>`).join('');
}

const COUNT_HEAD =
  '<th scope="col" class="num">Red</th><th scope="col" class="num">Amber</th><th scope="col" class="num">Green</th><th scope="col" class="num">No update</th><th scope="col" class="num">Total</th>';

function value(v: SnapshotMeasureValue | null): string {
  return v ? `${v.value} <span class="note">(${e(v.periodLabel)})</span>` : '<span class="note">none</span>';
}

function contractsTable(caption: string, rows: ContractView[], empty: string, daysHead: string): string {
  if (!rows.length) return `<h3>${e(caption)}</h3><p>${e(empty)}</p>`;
  const body = rows
    .map(
      (c) =>
        `<tr><th scope="row">${e(c.service)}</th><td>${e(c.supplier ?? '—')}</td><td>${e(c.expiryDate)}</td><td class="num">${c.days}</td><td>${e(c.status)}</td><td>${e(c.agency ?? '—')}</td><td>${e(c.action ?? '—')}</td></tr>`,
    )
    .join('');
  return (
    `<h3>${e(caption)}</h3><table><caption>${e(caption)}: ${rows.length} contract${rows.length === 1 ? '' : 's'}</caption>` +
    `<thead><tr><th scope="col">Service</th><th scope="col">Supplier</th><th scope="col">Expiry</th><th scope="col" class="num">${e(daysHead)}</th><th scope="col">Status</th><th scope="col">Agency</th><th scope="col">Action</th></tr></thead>` +
    `<tbody>${body}</tbody></table>`
  );
}

export function renderHtml(model: BoardPackModel): string {
  const out: string[] = [];
  const title = `${model.draft ? 'DRAFT: ' : ''}${model.title}, ${model.partnershipName}`;
  out.push(
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="CDP Plan API board pack"><title>${e(title)}</title><style>${CSS}</style></head><body>`,
  );

  // Title page.
  out.push('<header class="cover">');
  if (model.draft) out.push('<p class="draft" role="note">DRAFT: live data, not a closed reporting round</p>');
  out.push(`<h1>${e(model.title)}</h1>`);
  out.push('<dl>');
  const cover: [string, string][] = [
    ['Partnership', model.partnershipName],
    ['Plan', `${model.planTitle} (${model.planPeriod})`],
    ['Quarter', `${model.quarterLabel}: ${model.quarterStart} to ${model.quarterEnd}`],
    ['Reporting round', model.draft ? `DRAFT. ${model.roundLine}` : model.roundLine],
    ['Data as at', `${model.takenAt} (revision ${model.revision})`],
    ['Generated', model.generatedAt],
  ];
  for (const [term, text] of cover) out.push(`<dt>${e(term)}</dt><dd>${e(text)}</dd>`);
  out.push('</dl></header>');

  const sections: [string, string][] = [
    ['summary', 'Summary'],
    ['exceptions', 'Exceptions: red and amber actions'],
    ['without-updates', 'Actions without updates, by agency'],
    ['measures', 'Outcome measures'],
    ['reprocurement', 'Reprocurement deadlines'],
    ['changes', 'What changed since the last board'],
  ];
  out.push('<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol>');
  for (const [id, name] of sections) out.push(`<li><a href="#${id}">${e(name)}</a></li>`);
  out.push('</ol></nav><main>');

  // Summary.
  out.push(`<section class="major" id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>`);
  out.push(
    `<p>Actions counted by their quarter RAG for ${e(model.quarterLabel)} (an action shared by several agencies counts once, by its roll-up: the lead agency's RAG when it has posted, else the worst of its agencies').</p>`,
  );
  out.push(
    `<table><caption>Actions by RAG per pillar, ${e(model.quarterLabel)}</caption><thead><tr><th scope="col">Pillar</th><th scope="col">Lead</th>${COUNT_HEAD}</tr></thead><tbody>`,
  );
  for (const row of model.summary)
    out.push(`<tr><th scope="row">Pillar ${row.number}: ${e(row.name)}</th><td>${e(row.lead ?? '—')}</td>${countCells(row.counts)}</tr>`);
  out.push(`<tr class="total"><th scope="row">Overall</th><td></td>${countCells(model.overall)}</tr></tbody></table>`);

  out.push(`<h3>Movement since the last round</h3>`);
  if (!model.previousQuarterLabel) out.push('<p>No earlier closed round to compare with: the chart shows this quarter only.</p>');
  out.push(
    `<figure class="chart" aria-labelledby="movement-caption"><div>${movementChart(model.movement, model.previousQuarterLabel, model.quarterLabel)}</div>`,
  );
  out.push(
    `<figcaption id="movement-caption">Actions by RAG per pillar${model.previousQuarterLabel ? `, ${e(model.previousQuarterLabel)} beside ${e(model.quarterLabel)}` : ''}. The table below gives the same numbers.</figcaption></figure>`,
  );
  if (model.previousQuarterLabel) {
    const prev = e(model.previousQuarterLabel);
    const cur = e(model.quarterLabel);
    out.push(
      `<table><caption>Movement: ${prev} to ${cur}</caption><thead><tr><th scope="col">Pillar</th><th scope="col">RAG</th><th scope="col" class="num">${prev}</th><th scope="col" class="num">${cur}</th><th scope="col" class="num">Change</th></tr></thead><tbody>`,
    );
    for (const row of model.movement) {
      const keys: [keyof SnapshotCounts, string][] = [
        ['red', 'Red'],
        ['amber', 'Amber'],
        ['green', 'Green'],
        ['noUpdate', 'No update'],
      ];
      keys.forEach(([key, label], i) => {
        const before = row.previous ? row.previous[key] : null;
        const now = row.current[key];
        const change = before === null ? '—' : now - before > 0 ? `+${now - before}` : String(now - before);
        const head = i === 0 ? `<th scope="rowgroup" rowspan="4">${e(row.label)}</th>` : '';
        out.push(`<tr>${head}<th scope="row">${label}</th><td class="num">${before ?? '—'}</td><td class="num">${now}</td><td class="num">${change}</td></tr>`);
      });
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  // Exceptions.
  const reds = model.exceptions.filter((a) => a.rag === 'RED').length;
  const ambers = model.exceptions.length - reds;
  out.push(`<section class="major" id="exceptions" aria-labelledby="exceptions-h"><h2 id="exceptions-h">Exceptions: red and amber actions</h2>`);
  out.push(
    `<p>${reds} red and ${ambers} amber action${ambers === 1 ? '' : 's'} by quarter RAG, red first, with each agency's latest update in the quarter.</p>`,
  );
  for (const group of ['RED', 'AMBER'] as const) {
    const actions = model.exceptions.filter((a) => a.rag === group);
    out.push(`<h3>${RAG_LABEL[group]} actions (${actions.length})</h3>`);
    if (!actions.length) out.push(`<p>No ${RAG_LABEL[group].toLowerCase()} actions.</p>`);
    for (const a of actions) {
      out.push(`<article class="action"><h4>${rag(a.rag)} Action ${e(a.ref)}: ${e(a.text)}</h4>`);
      out.push(
        `<p><strong>Objective:</strong> ${e(a.objectiveText)}<br><strong>${e(a.pillar)}</strong>. Status: ${e(a.status)}. Due: ${e(a.dueDate ?? 'not set')}.</p>`,
      );
      out.push(
        `<p><strong>Lead agency:</strong> ${e(a.leadAgency ?? 'none set (the roll-up is the worst RAG)')}. <strong>Agencies:</strong> ${e(a.agencies.join(', ') || 'none named')}.</p>`,
      );
      out.push(
        `<table><caption>Updates on action ${e(a.ref)}, ${e(model.quarterLabel)}</caption><thead><tr><th scope="col">Agency</th><th scope="col">RAG</th><th scope="col">Status</th><th scope="col" class="num">Complete</th><th scope="col">Commentary</th><th scope="col">Reported</th></tr></thead><tbody>`,
      );
      for (const u of a.updates) {
        out.push(
          `<tr><th scope="row">${e(u.agency)}${u.lead ? ' (lead)' : ''}</th><td>${rag(u.rag)}</td><td>${e(u.status)}</td><td class="num">${u.percentComplete === null ? '—' : `${u.percentComplete}%`}</td><td>${e(u.commentary)}</td><td>${e(u.reportedBy)}, ${e(u.recordedAt)}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
      if (a.notPosted.length) out.push(`<p class="note">No update from: ${e(a.notPosted.join(', '))}.</p>`);
      out.push('</article>');
    }
  }
  out.push('</section>');

  // Without updates.
  out.push(`<section class="major" id="without-updates" aria-labelledby="without-h"><h2 id="without-h">Actions without updates, by agency</h2>`);
  out.push(
    `<p>${model.overall.noUpdate} action${model.overall.noUpdate === 1 ? ' has' : 's have'} no update at all for ${e(model.quarterLabel)}. Below, each agency's open actions (not completed or cancelled) on which it has posted nothing for the quarter; an action shared by several agencies is listed under each agency that has not posted.</p>`,
  );
  if (!model.withoutUpdates.length) out.push('<p>Every agency has posted on every one of its open actions.</p>');
  for (const chase of model.withoutUpdates) {
    out.push(`<h3>${e(chase.agency)} (${chase.actions.length})</h3>`);
    out.push(
      `<table><caption>${e(chase.agency)}: actions with no update</caption><thead><tr><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Status</th><th scope="col">Due</th></tr></thead><tbody>`,
    );
    for (const a of chase.actions)
      out.push(`<tr><th scope="row">${e(a.ref)}</th><td>${e(a.text)}</td><td>${e(a.status)}</td><td>${e(a.dueDate ?? '—')}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</section>');

  // Measures.
  out.push(`<section class="major" id="measures" aria-labelledby="measures-h"><h2 id="measures-h">Outcome measures</h2>`);
  out.push('<p>Each measure against its baseline and target, with its observed values as at the end of the quarter.</p>');
  out.push(
    `<table><caption>Outcome measures against baseline and target</caption><thead><tr><th scope="col">Measure</th><th scope="col">Outcome</th><th scope="col">Baseline</th><th scope="col">Target</th><th scope="col">Latest</th><th scope="col">Assessment</th></tr></thead><tbody>`,
  );
  for (const m of model.measures)
    out.push(
      `<tr><th scope="row">${e(m.name)}</th><td>${e(m.outcomeName)}</td><td>${value(m.baseline)}</td><td>${value(m.target)}</td><td>${value(m.latest)}</td><td>${e(m.assessment)}</td></tr>`,
    );
  out.push('</tbody></table>');
  model.measures.forEach((m, i) => {
    out.push(
      `<h3>${e(m.name)}</h3><p class="note">${e(m.outcomeName)}. Unit: ${e(m.unit.toLowerCase().replace(/_/g, ' '))}; ${e(m.direction.toLowerCase().replace(/_/g, ' '))}.</p>`,
    );
    const svg = measureChart(m, `m${i + 1}`);
    if (!svg) {
      out.push('<p>No observed values yet: no trend to draw.</p>');
      return;
    }
    out.push(
      `<figure class="chart" aria-labelledby="m${i + 1}-caption"><div>${svg}</div><figcaption id="m${i + 1}-caption">Trend of ${e(m.name)}: ${e(m.assessment)}</figcaption></figure>`,
    );
    out.push(
      `<table><caption>Values of ${e(m.name)}</caption><thead><tr><th scope="col">Period</th><th scope="col">Kind</th><th scope="col" class="num">Value</th></tr></thead><tbody>`,
    );
    for (const v of [m.baseline, ...m.observed, m.target].filter((x): x is SnapshotMeasureValue => x !== null))
      out.push(
        `<tr><th scope="row">${e(v.periodLabel)}</th><td>${e(v.kind.charAt(0) + v.kind.slice(1).toLowerCase())}</td><td class="num">${v.value}</td></tr>`,
      );
    out.push('</tbody></table>');
  });
  out.push('</section>');

  // Reprocurement.
  const r = model.reprocurement;
  out.push(`<section class="major" id="reprocurement" aria-labelledby="reprocurement-h"><h2 id="reprocurement-h">Reprocurement deadlines</h2>`);
  out.push(
    `<p>Measured from the end of the quarter, ${e(r.measuredFrom)}. Overdue: still not started or in progress with the expiry date before it. The windows list every contract that is not cancelled, whatever its status.</p>`,
  );
  out.push(contractsTable('Overdue', r.overdue, 'No reprocurement is overdue.', 'Days past (negative)'));
  out.push(contractsTable('Expiring in the next 6 months', r.within6, 'No contract expires in the next 6 months.', 'Days to expiry'));
  out.push(contractsTable('Expiring in 6 to 12 months', r.within12, 'No contract expires in 6 to 12 months.', 'Days to expiry'));
  out.push('</section>');

  // Changes.
  const total = model.changes.reduce((n, g) => n + g.changes.length, 0);
  out.push(`<section class="major" id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What changed since the last board</h2>`);
  if (!total) out.push('<p>No changes recorded since the last board.</p>');
  else out.push(`<p>${total} change${total === 1 ? '' : 's'}, by record type, oldest first.</p>`);
  if (model.changesOmitted)
    out.push(
      `<p><strong>${model.changesOmitted} later change${model.changesOmitted === 1 ? ' is' : 's are'} not listed here</strong>: the audit log (changes) has them all.</p>`,
    );
  for (const group of model.changes) {
    out.push(`<h3>${e(group.entityType)} (${group.changes.length})</h3>`);
    out.push(
      `<table><caption>Changes to ${e(group.entityType)} records</caption><thead><tr><th scope="col">When</th><th scope="col">Record</th><th scope="col">Change</th><th scope="col">Summary</th><th scope="col">By</th></tr></thead><tbody>`,
    );
    for (const c of group.changes)
      out.push(`<tr><th scope="row">${e(c.at)}</th><td>${e(c.entityId)}</td><td>${e(c.operation)}</td><td>${e(c.summary)}</td><td>${e(c.actor)}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</section></main>');
  out.push(
    `<footer><p class="note">${model.draft ? 'DRAFT. ' : ''}${e(model.partnershipName)}: ${e(model.title)}. Generated ${e(model.generatedAt)}.</p></footer>`,
  );
  out.push('</body></html>');
  return out.join('\n');
}
