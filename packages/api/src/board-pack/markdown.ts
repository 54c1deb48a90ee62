import type { SnapshotCounts, SnapshotMeasureValue } from '../modules/round/round.snapshot';
import { escapeMarkdown as m } from './escape';
import { BoardPackModel, ContractView, RAG_LABEL } from './model';

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const counts = (c: SnapshotCounts) => [c.red, c.amber, c.green, c.noUpdate, c.total];
const val = (v: SnapshotMeasureValue | null) => (v ? `${v.value} (${m(v.periodLabel)})` : 'none');

function contracts(title: string, rows: ContractView[], empty: string): string {
  if (!rows.length) return `### ${title}\n\n${empty}`;
  return `### ${title}\n\n${table(
    ['Service', 'Supplier', 'Expiry', 'Days', 'Status', 'Agency', 'Action'],
    rows.map((c) => [m(c.service), m(c.supplier ?? '—'), c.expiryDate, c.days, m(c.status), m(c.agency ?? '—'), m(c.action ?? '—')]),
  )}`;
}

/** The pack as GitHub-flavoured Markdown: the HTML's sections as tables, the charts as their numbers. */
export function renderMarkdown(model: BoardPackModel): string {
  const out: string[] = [];
  if (model.draft) out.push('> **DRAFT: live data, not a closed reporting round**');
  out.push(`# ${m(model.title)}`);
  out.push(
    [
      `- **Partnership:** ${m(model.partnershipName)}`,
      `- **Plan:** ${m(model.planTitle)} (${m(model.planPeriod)})`,
      `- **Quarter:** ${m(model.quarterLabel)}: ${model.quarterStart} to ${model.quarterEnd}`,
      `- **Reporting round:** ${model.draft ? 'DRAFT. ' : ''}${m(model.roundLine)}`,
      `- **Data as at:** ${m(model.takenAt)} (revision ${model.revision})`,
      `- **Generated:** ${m(model.generatedAt)}`,
    ].join('\n'),
  );

  out.push('## Summary');
  out.push(
    `Actions counted by their quarter RAG for ${m(model.quarterLabel)} (the roll-up: the lead agency's RAG when it has posted, else the worst of its agencies').`,
  );
  out.push(
    table(
      ['Pillar', 'Lead', 'Red', 'Amber', 'Green', 'No update', 'Total'],
      [...model.summary.map((p) => [`Pillar ${p.number}: ${m(p.name)}`, m(p.lead ?? '—'), ...counts(p.counts)]), ['**Overall**', '', ...counts(model.overall)]],
    ),
  );
  out.push('### Movement since the last round');
  if (!model.previousQuarterLabel) out.push('No earlier closed round to compare with.');
  else {
    const prev = m(model.previousQuarterLabel);
    const cur = m(model.quarterLabel);
    const keys: [keyof SnapshotCounts, string][] = [
      ['red', 'Red'],
      ['amber', 'Amber'],
      ['green', 'Green'],
      ['noUpdate', 'No update'],
    ];
    const rows = model.movement.flatMap((row) =>
      keys.map(([key, label]) => {
        const before = row.previous ? row.previous[key] : null;
        const now = row.current[key];
        return [m(row.label), label, before ?? '—', now, before === null ? '—' : now - before > 0 ? `+${now - before}` : String(now - before)];
      }),
    );
    out.push(table(['Pillar', 'RAG', prev, cur, 'Change'], rows));
  }

  out.push('## Exceptions: red and amber actions');
  for (const group of ['RED', 'AMBER'] as const) {
    const actions = model.exceptions.filter((a) => a.rag === group);
    out.push(`### ${RAG_LABEL[group]} actions (${actions.length})`);
    if (!actions.length) out.push(`No ${RAG_LABEL[group].toLowerCase()} actions.`);
    for (const a of actions) {
      out.push(`#### ${group} · Action ${m(a.ref)}: ${m(a.text)}`);
      out.push(
        `**Objective:** ${m(a.objectiveText)}  \n**${m(a.pillar)}**. Status: ${m(a.status)}. Due: ${m(a.dueDate ?? 'not set')}.  \n**Lead agency:** ${m(a.leadAgency ?? 'none set')}. **Agencies:** ${m(a.agencies.join(', ') || 'none named')}.`,
      );
      out.push(
        table(
          ['Agency', 'RAG', 'Status', 'Complete', 'Commentary', 'Reported'],
          a.updates.map((u) => [
            `${m(u.agency)}${u.lead ? ' (lead)' : ''}`,
            u.rag,
            m(u.status),
            u.percentComplete === null ? '—' : `${u.percentComplete}%`,
            m(u.commentary),
            `${m(u.reportedBy)}, ${m(u.recordedAt)}`,
          ]),
        ),
      );
      if (a.notPosted.length) out.push(`No update from: ${m(a.notPosted.join(', '))}.`);
    }
  }

  out.push('## Actions without updates, by agency');
  out.push(
    `${model.overall.noUpdate} action(s) have no update at all for ${m(model.quarterLabel)}. Each agency's open actions on which it has posted nothing for the quarter:`,
  );
  if (!model.withoutUpdates.length) out.push('Every agency has posted on every one of its open actions.');
  for (const chase of model.withoutUpdates) {
    out.push(`### ${m(chase.agency)} (${chase.actions.length})`);
    out.push(
      table(
        ['Ref', 'Action', 'Status', 'Due'],
        chase.actions.map((a) => [m(a.ref), m(a.text), m(a.status), a.dueDate ?? '—']),
      ),
    );
  }

  out.push('## Outcome measures');
  out.push(
    table(
      ['Measure', 'Outcome', 'Baseline', 'Target', 'Latest', 'Assessment'],
      model.measures.map((x) => [m(x.name), m(x.outcomeName), val(x.baseline), val(x.target), val(x.latest), m(x.assessment)]),
    ),
  );
  for (const x of model.measures) {
    out.push(`### ${m(x.name)}`);
    out.push(x.observed.length ? `Trend (observed): ${x.observed.map((v) => `${m(v.periodLabel)} ${v.value}`).join(' → ')}.` : 'No observed values yet.');
  }

  const r = model.reprocurement;
  out.push('## Reprocurement deadlines');
  out.push(`Measured from the end of the quarter, ${r.measuredFrom}. Overdue: not started or in progress with the expiry date before it.`);
  out.push(contracts('Overdue', r.overdue, 'No reprocurement is overdue.'));
  out.push(contracts('Expiring in the next 6 months', r.within6, 'No contract expires in the next 6 months.'));
  out.push(contracts('Expiring in 6 to 12 months', r.within12, 'No contract expires in 6 to 12 months.'));

  out.push('## What changed since the last board');
  if (!model.changes.length) out.push('No changes recorded since the last board.');
  if (model.changesOmitted)
    out.push(`**${model.changesOmitted} later change${model.changesOmitted === 1 ? ' is' : 's are'} not listed here**: the audit log (changes) has them all.`);
  for (const group of model.changes) {
    out.push(`### ${m(group.entityType)} (${group.changes.length})`);
    out.push(
      table(
        ['When', 'Record', 'Change', 'Summary', 'By'],
        group.changes.map((c) => [m(c.at), m(c.entityId), m(c.operation), m(c.summary), m(c.actor)]),
      ),
    );
  }
  return `${out.join('\n\n')}\n`;
}
