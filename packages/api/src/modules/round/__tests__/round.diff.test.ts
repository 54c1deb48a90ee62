import { diffSnapshots, isEmptyDiff } from '../round.diff';
import { SNAPSHOT_FORMAT, type PlanSnapshot, type SnapshotAction, type SnapshotContract } from '../round.snapshot';

const counts = { red: 0, amber: 0, green: 0, noUpdate: 0, total: 0 };

function action(id: number, over: Partial<SnapshotAction> = {}): SnapshotAction {
  return {
    id: `Action:${id}`,
    ref: `1.1.1.${id}`,
    pillarId: 'Pillar:1',
    priorityId: 'Priority:1',
    objectiveId: 'Objective:1',
    objectiveText: 'An objective',
    text: `Action ${id}`,
    status: 'ON_TRACK',
    dueDate: null,
    agencyIds: [],
    leadAgencyId: null,
    quarterRag: null,
    updates: [],
    carriedFromId: null,
    ...over,
  };
}

function contract(id: number, over: Partial<SnapshotContract> = {}): SnapshotContract {
  return {
    id: `Reprocurement:${id}`,
    service: `Service ${id}`,
    supplier: null,
    expiryDate: '2025-03-31',
    status: 'NOT_STARTED',
    objectiveId: 'Objective:1',
    actionId: null,
    agencyId: null,
    ...over,
  };
}

function snapshot(quarter: number, over: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    takenAt: `2024-0${quarter * 3}-30T12:00:00.000Z`,
    revision: quarter,
    plan: { id: 'Plan:2', title: 'Delivery plan', periodLabel: '2024-25', periodStart: '2024-04-01', periodEnd: '2025-03-31', status: 'AGREED' },
    quarter: { label: `2024-25 Q${quarter}`, financialYear: 2024, quarter, periodStart: '2024-04-01', periodEnd: '2024-06-30' },
    round: { id: `ReportingRound:${quarter}`, deadline: '2024-07-15', openedAt: '2024-07-01T00:00:00.000Z', closedAt: '2024-07-20T00:00:00.000Z' },
    overall: counts,
    pillars: [],
    actions: [],
    agencies: [],
    measures: [],
    contracts: [],
    ...over,
  };
}

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and itself', () => {
    const s = snapshot(1, { actions: [action(1, { quarterRag: 'RED' })], contracts: [contract(1)] });
    expect(isEmptyDiff(diffSnapshots(s, s))).toBe(true);
  });

  it('lists added, removed and reworded actions, with the wording before and after', () => {
    const from = snapshot(1, { actions: [action(1), action(2), action(3)] });
    const to = snapshot(2, { actions: [action(1, { text: 'Action 1, reworded' }), action(3), action(4)] });
    const d = diffSnapshots(from, to);
    expect(d.actionsAdded.map((a) => a.id)).toEqual(['Action:4']);
    expect(d.actionsRemoved.map((a) => a.id)).toEqual(['Action:2']);
    expect(d.actionsReworded).toEqual([
      { action: { id: 'Action:1', ref: '1.1.1.1', text: 'Action 1, reworded' }, before: 'Action 1', after: 'Action 1, reworded' },
    ]);
    expect(d.from.quarter).toBe('2024-25 Q1');
    expect(d.to.round).toBe('ReportingRound:2');
  });

  it('counts a RAG movement only for an action rated in the later snapshot; one rated before and not now is not updated', () => {
    const from = snapshot(1, {
      actions: [action(1, { quarterRag: 'AMBER' }), action(2, { quarterRag: 'GREEN' }), action(3), action(4, { quarterRag: 'RED' })],
    });
    const to = snapshot(2, { actions: [action(1, { quarterRag: 'RED' }), action(2), action(3, { quarterRag: 'GREEN' }), action(4, { quarterRag: 'RED' })] });
    const d = diffSnapshots(from, to);
    expect(d.ragMovements.map((m) => [m.action.id, m.from, m.to])).toEqual([
      ['Action:1', 'AMBER', 'RED'],
      ['Action:3', null, 'GREEN'],
    ]);
    expect(d.notUpdated.map((a) => a.id)).toEqual(['Action:2']);
  });

  it('lists status movements', () => {
    const d = diffSnapshots(snapshot(1, { actions: [action(1), action(2)] }), snapshot(2, { actions: [action(1, { status: 'COMPLETED' }), action(2)] }));
    expect(d.statusMovements).toEqual([{ action: { id: 'Action:1', ref: '1.1.1.1', text: 'Action 1' }, from: 'ON_TRACK', to: 'COMPLETED' }]);
  });

  it('matches an action of a rolled-over plan to the one it was carried from', () => {
    const from = snapshot(4, { actions: [action(1, { quarterRag: 'AMBER' }), action(2)] });
    const to = snapshot(1, {
      plan: { ...snapshot(1).plan, id: 'Plan:9', periodLabel: '2025-26' },
      actions: [action(201, { carriedFromId: 'Action:1', quarterRag: 'GREEN', ref: '1.1.1.1' }), action(202)],
    });
    const d = diffSnapshots(from, to);
    expect(d.ragMovements.map((m) => [m.action.id, m.from, m.to])).toEqual([['Action:201', 'AMBER', 'GREEN']]);
    expect(d.actionsRemoved.map((a) => a.id)).toEqual(['Action:2']);
    expect(d.actionsAdded.map((a) => a.id)).toEqual(['Action:202']);
    expect(d.actionsReworded.map((a) => a.action.id)).toEqual(['Action:201']);
  });

  it("lists a measure's new values and contracts that moved, were added or went", () => {
    const measure = {
      id: 'OutcomeMeasure:1',
      outcomeId: 'NationalOutcome:1',
      outcomeName: 'Reduce drug use',
      name: 'Deaths',
      unit: 'COUNT' as const,
      direction: 'LOWER_IS_BETTER' as const,
    };
    const baseline = { kind: 'BASELINE' as const, periodLabel: '2020-21', periodStart: '2020-04-01', periodEnd: '2021-03-31', value: 10 };
    const observed = { kind: 'OBSERVED' as const, periodLabel: '2024-25 Q1', periodStart: '2024-04-01', periodEnd: '2024-06-30', value: 8 };
    const from = snapshot(1, { measures: [{ ...measure, values: [baseline] }], contracts: [contract(1), contract(2)] });
    const to = snapshot(2, {
      measures: [{ ...measure, values: [baseline, observed] }],
      contracts: [contract(1, { expiryDate: '2025-09-30', status: 'EXTENDED' }), contract(3)],
    });
    const d = diffSnapshots(from, to);
    expect(d.newMeasureValues).toEqual([{ measureId: 'OutcomeMeasure:1', measureName: 'Deaths', ...observed }]);
    expect(d.contractsMoved).toEqual([
      {
        contractId: 'Reprocurement:1',
        service: 'Service 1',
        fields: [
          { field: 'expiryDate', before: '2025-03-31', after: '2025-09-30' },
          { field: 'status', before: 'NOT_STARTED', after: 'EXTENDED' },
        ],
      },
    ]);
    expect(d.contractsAdded.map((c) => c.contractId)).toEqual(['Reprocurement:3']);
    expect(d.contractsRemoved.map((c) => c.contractId)).toEqual(['Reprocurement:2']);
    expect(isEmptyDiff(d)).toBe(false);
  });
});
