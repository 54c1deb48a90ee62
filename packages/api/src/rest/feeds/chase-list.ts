/** A round's chase list, for REST (JSON) and the CSV feed: per agency, its actions with no update of its own for the quarter. */
export const CHASE_LIST_QUERY = `query RoundChaseList($round: String!) {
  chaseList(round: $round) {
    round { id key quarterLabel status }
    quarter
    deadline
    daysToDeadline
    agencies {
      agency { id name shortName }
      contactName
      contactEmail
      contactPhone
      missing
      actions { id text dueDate status pillar { number } priority { position } objective { position } position }
    }
  }
}`;

export interface ChaseListData {
  round: { id: string; key: string; quarterLabel: string; status: string };
  quarter: string;
  deadline: string;
  daysToDeadline: number;
  agencies: Array<{
    agency: { id: string; name: string; shortName: string | null };
    contactName: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    missing: number;
    actions: Array<{
      id: string;
      text: string;
      dueDate: string | null;
      status: string;
      pillar: { number: number };
      priority: { position: number };
      objective: { position: number };
      position: number;
    }>;
  }>;
}

export const CHASE_LIST_COLUMNS = [
  { key: 'agency', header: 'Agency' },
  { key: 'shortName', header: 'Short name' },
  { key: 'contactName', header: 'Contact' },
  { key: 'contactEmail', header: 'Email' },
  { key: 'contactPhone', header: 'Phone' },
  { key: 'quarter', header: 'Quarter' },
  { key: 'deadline', header: 'Deadline' },
  { key: 'daysToDeadline', header: 'Days to deadline' },
  { key: 'ref', header: 'Ref' },
  { key: 'action', header: 'Action' },
  { key: 'status', header: 'Status' },
  { key: 'dueDate', header: 'Due date' },
  { key: 'agencyId', header: 'Agency API ID' },
  { key: 'actionId', header: 'Action API ID' },
] as const;

/** One row per agency and action lacking its update, agencies by name, actions in plan order. */
export function chaseListRows(list: ChaseListData) {
  return list.agencies.flatMap((a) =>
    a.actions.map((action) => ({
      agency: a.agency.name,
      shortName: a.agency.shortName ?? '',
      contactName: a.contactName ?? '',
      contactEmail: a.contactEmail ?? '',
      contactPhone: a.contactPhone ?? '',
      quarter: list.quarter,
      deadline: list.deadline,
      daysToDeadline: list.daysToDeadline,
      ref: `${action.pillar.number}.${action.priority.position}.${action.objective.position}.${action.position}`,
      action: action.text,
      status: action.status,
      dueDate: action.dueDate ?? '',
      agencyId: a.agency.id,
      actionId: action.id,
    })),
  );
}
