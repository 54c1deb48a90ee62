import ExcelJS from 'exceljs';
import { ACTION_AGENCY_COLUMNS, ACTION_COLUMNS, actionAgencyRows, actionRow, FeedAction, FeedLevels } from './plan-rows';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RAG fills, as the board report colours them. */
const RAG_FILL: Record<string, string> = { Red: 'FFE06666', Amber: 'FFFFD966', Green: 'FF93C47D' };

function sheet(workbook: ExcelJS.Workbook, name: string, columns: readonly { key: string; header: string; width: number }[], rows: readonly object[]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of rows) ws.addRow(row);
  const rag = columns.findIndex((c) => c.key === 'rag');
  if (rag !== -1) {
    ws.getColumn(rag + 1).eachCell((cell, rowNumber) => {
      const fill = rowNumber > 1 ? RAG_FILL[String(cell.value ?? '')] : undefined;
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  }
  return ws;
}

/**
 * The plan as an Excel workbook (exceljs): a sheet per level (Pillars, Priorities, Objectives,
 * Actions) and Action agencies (one row per action and agency); each with a frozen, bold header
 * row, an auto-filter, column widths, and on the action sheets RAG cells filled red, amber or green.
 */
export async function planWorkbook(levels: FeedLevels, actions: readonly FeedAction[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CDP Plan API';
  workbook.title = title;
  // Fixed dates: the same plan gives the same bytes (the ETag depends on them).
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  sheet(
    workbook,
    'Pillars',
    [
      { key: 'number', header: 'Number', width: 8 },
      { key: 'name', header: 'Pillar', width: 40 },
      { key: 'vision', header: 'Vision', width: 70 },
      { key: 'subgroup', header: 'Subgroup', width: 30 },
    ],
    levels.pillars.nodes.map((p) => ({ number: p.number, name: p.name, vision: p.vision ?? '', subgroup: p.subgroup ?? '' })),
  );
  sheet(
    workbook,
    'Priorities',
    [
      { key: 'ref', header: 'Ref', width: 8 },
      { key: 'pillar', header: 'Pillar', width: 30 },
      { key: 'title', header: 'Priority', width: 50 },
      { key: 'strategyName', header: 'Name in the strategy', width: 50 },
    ],
    levels.priorities.nodes.map((p) => ({
      ref: `${p.pillar.number}.${p.position}`,
      pillar: `${p.pillar.number}. ${p.pillar.name}`,
      title: p.title,
      strategyName: p.strategyName ?? '',
    })),
  );
  sheet(
    workbook,
    'Objectives',
    [
      { key: 'ref', header: 'Ref', width: 8 },
      { key: 'priority', header: 'Priority', width: 36 },
      { key: 'text', header: 'Objective', width: 70 },
      { key: 'agencies', header: 'Responsible agencies', width: 50 },
    ],
    levels.objectives.nodes.map((o) => ({
      ref: `${o.priority.pillar.number}.${o.priority.position}.${o.position}`,
      priority: o.priority.title,
      text: o.subPoints.length ? `${o.text}\n${o.subPoints.map((s) => `• ${s}`).join('\n')}` : o.text,
      agencies: o.agencies.map((a) => a.name).join('; '),
    })),
  );
  sheet(workbook, 'Actions', ACTION_COLUMNS as { key: string; header: string; width: number }[], actions.map(actionRow));
  sheet(workbook, 'Action agencies', ACTION_AGENCY_COLUMNS as { key: string; header: string; width: number }[], actionAgencyRows(actions));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
