import { textAndList, listItems, cellText } from './plan-html';
import { ActionFields, extractActionFields } from './action-fields';

/**
 * Parses the delivery plan's text (seed 001): pillar headings ("# 1. Breaking drug supply chains")
 * and the table rows under them, each `PRIORITY<TAB>OBJECTIVES<TAB>ACTION/ELEMENTS<TAB>RESPONSIBLE
 * AGENCIES` with cells in HTML. An empty PRIORITY cell continues the previous priority.
 */

export interface ParsedAction extends ActionFields {
  position: number;
  text: string;
}

export interface ParsedObjective {
  position: number;
  text: string;
  subPoints: string[];
  /** The RESPONSIBLE AGENCIES cell, each string as written. */
  agencies: string[];
  actions: ParsedAction[];
}

export interface ParsedPriority {
  position: number;
  title: string;
  objectives: ParsedObjective[];
}

export interface ParsedPillar {
  number: number;
  /** The heading as written, "#" marks dropped, e.g. "1. Breaking drug supply chains". */
  heading: string;
  priorities: ParsedPriority[];
}

const HEADER_ROW = /^PRIORITY\tOBJECTIVES\tACTION\/ELEMENTS\tRESPONSIBLE AGENCIES\s*$/;
const PILLAR_HEADING = /^#{1,6}\s*((\d+)\.\s+.+?)\s*$/;

export class PlanFormatError extends Error {
  constructor(line: number, message: string) {
    super(`Delivery plan text, line ${line}: ${message}`);
    this.name = 'PlanFormatError';
  }
}

export function parseDeliveryPlan(text: string): ParsedPillar[] {
  const pillars: ParsedPillar[] = [];
  let heading: { number: number; text: string } | null = null;
  let pillar: ParsedPillar | null = null;
  let priority: ParsedPriority | null = null;

  text.split(/\r?\n/).forEach((line, index) => {
    const lineNo = index + 1;
    const headingMatch = PILLAR_HEADING.exec(line);
    if (headingMatch) {
      // The summary list near the top also has numbered headings; a heading only becomes a pillar
      // when table rows follow it.
      heading = { number: Number(headingMatch[2]), text: headingMatch[1] };
      return;
    }
    if (!line.includes('\t') || HEADER_ROW.test(line)) return;

    const cells = line.split('\t');
    if (cells.length !== 4) throw new PlanFormatError(lineNo, `expected 4 tab-separated cells, found ${cells.length}`);
    const current = heading as { number: number; text: string } | null;
    if (!current) throw new PlanFormatError(lineNo, 'table row before any pillar heading');
    if (!pillar || pillar.number !== current.number) {
      if (pillars.some((p) => p.number === current.number)) throw new PlanFormatError(lineNo, `pillar ${current.number} appears twice`);
      pillar = { number: current.number, heading: current.text, priorities: [] };
      pillars.push(pillar);
      priority = null;
    }

    const [priorityCell, objectiveCell, actionsCell, agenciesCell] = cells;
    const title = cellText(priorityCell);
    if (title) {
      priority = { position: pillar.priorities.length + 1, title, objectives: [] };
      pillar.priorities.push(priority);
    } else if (!priority) {
      throw new PlanFormatError(lineNo, 'empty PRIORITY cell with no previous priority in this pillar');
    }

    const { text: objectiveText, items: subPoints } = textAndList(objectiveCell);
    if (!objectiveText) throw new PlanFormatError(lineNo, 'empty OBJECTIVES cell');
    const actions = listItems(actionsCell).map((actionText, i) => ({ position: i + 1, text: actionText, ...extractActionFields(actionText) }));
    if (actions.length === 0) throw new PlanFormatError(lineNo, 'no actions');
    const agencies = listItems(agenciesCell);
    if (agencies.length === 0) throw new PlanFormatError(lineNo, 'no responsible agencies');

    priority!.objectives.push({ position: priority!.objectives.length + 1, text: objectiveText, subPoints, agencies, actions });
  });
  return pillars;
}
