import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { PlanScope } from '../scope';
import { MeasureValue } from '../../modules/outcome/outcome.entity';
import { ProgressUpdate } from '../../modules/progress/progress.entity';
import { memoryDatabase, SmallPlan, writeSmallPlan } from './small-plan.fixture';

let db: Database;
let plan: SmallPlan;
let manager: EntityManager;
beforeAll(async () => {
  db = await memoryDatabase();
  plan = await writeSmallPlan(db);
  manager = db.read.manager;
});
afterAll(() => db.destroy());

const MISSING = 999_999;

describe('PlanScope.pillarOf', () => {
  const scope = new PlanScope();

  test('finds the pillar of every record type of the plan tree', async () => {
    const cases: Array<[string, keyof SmallPlan, keyof SmallPlan]> = [
      ['Pillar', 'pillarA', 'pillarA'],
      ['Pillar', 'pillarB', 'pillarB'],
      ['Priority', 'priorityA', 'pillarA'],
      ['Priority', 'priorityB', 'pillarB'],
      ['Objective', 'objectiveA', 'pillarA'],
      ['Objective', 'objectiveB', 'pillarB'],
      ['Action', 'actionA1', 'pillarA'],
      ['Action', 'actionB1', 'pillarB'],
      ['NationalOutcome', 'outcomeA', 'pillarA'],
      ['OutcomeMeasure', 'measureA', 'pillarA'],
    ];
    const found = await Promise.all(cases.map(([type, record]) => scope.pillarOf(manager, type, plan[record])));
    expect(found).toEqual(cases.map(([, , pillar]) => plan[pillar]));
  });

  test('is null for a national outcome (and its measures) under no pillar', async () => {
    expect(await scope.pillarOf(manager, 'NationalOutcome', plan.outcomeNone)).toBeNull();
    expect(await scope.pillarOf(manager, 'OutcomeMeasure', plan.measureNone)).toBeNull();
  });

  test('is null for a record that does not exist', async () => {
    for (const type of ['Pillar', 'Priority', 'Objective', 'Action', 'NationalOutcome', 'OutcomeMeasure']) {
      expect(await scope.pillarOf(manager, type, MISSING)).toBeNull();
    }
  });

  test('is null for a type it does not know and no feature declared a parent for', async () => {
    expect(await scope.pillarOf(manager, 'ProgressUpdate', plan.progressA2)).toBeNull();
    expect(await scope.pillarOf(manager, 'Agency', plan.agencyX)).toBeNull();
  });
});

describe('PlanScope.agenciesOf', () => {
  const scope = new PlanScope();

  test("an objective's agencies are its own links", async () => {
    expect(await scope.agenciesOf(manager, 'Objective', plan.objectiveA)).toEqual([plan.agencyX]);
    expect(await scope.agenciesOf(manager, 'Objective', plan.objectiveB)).toEqual([]);
  });

  test("an action's agencies are its objective's and its own, each once", async () => {
    expect(await scope.agenciesOf(manager, 'Action', plan.actionA1)).toEqual([plan.agencyX]);
    expect((await scope.agenciesOf(manager, 'Action', plan.actionA2)).sort()).toEqual([plan.agencyX, plan.agencyY].sort());
    expect(await scope.agenciesOf(manager, 'Action', plan.actionA3)).toEqual([plan.agencyX]);
    expect(await scope.agenciesOf(manager, 'Action', plan.actionB1)).toEqual([plan.agencyY]);
  });

  test('no record of another type has agencies, nor a record that does not exist', async () => {
    expect(await scope.agenciesOf(manager, 'Priority', plan.priorityA)).toEqual([]);
    expect(await scope.agenciesOf(manager, 'Pillar', plan.pillarA)).toEqual([]);
    expect(await scope.agenciesOf(manager, 'OutcomeMeasure', plan.measureA)).toEqual([]);
    expect(await scope.agenciesOf(manager, 'Objective', MISSING)).toEqual([]);
    expect(await scope.agenciesOf(manager, 'Action', MISSING)).toEqual([]);
  });
});

describe('PlanScope with scopeParents (a type a feature adds below the plan tree)', () => {
  const scope = new PlanScope({
    ProgressUpdate: { entity: ProgressUpdate, column: 'actionId', type: 'Action' },
    MeasureValue: { entity: MeasureValue, column: 'measureId', type: 'OutcomeMeasure' },
  });

  test("a record of a declared type has its parent's pillar", async () => {
    expect(await scope.pillarOf(manager, 'ProgressUpdate', plan.progressA2)).toBe(plan.pillarA);
    expect(await scope.pillarOf(manager, 'MeasureValue', plan.valueA)).toBe(plan.pillarA);
  });

  test("a record of a declared type has its parent's agencies", async () => {
    expect((await scope.agenciesOf(manager, 'ProgressUpdate', plan.progressA2)).sort()).toEqual([plan.agencyX, plan.agencyY].sort());
    expect(await scope.agenciesOf(manager, 'MeasureValue', plan.valueA)).toEqual([]);
  });

  test('a record of a declared type that does not exist has no pillar and no agencies', async () => {
    expect(await scope.pillarOf(manager, 'ProgressUpdate', MISSING)).toBeNull();
    expect(await scope.agenciesOf(manager, 'ProgressUpdate', MISSING)).toEqual([]);
  });

  test('the plan-tree types are looked up as before', async () => {
    expect(await scope.pillarOf(manager, 'Action', plan.actionB1)).toBe(plan.pillarB);
    expect(await scope.agenciesOf(manager, 'Action', plan.actionB1)).toEqual([plan.agencyY]);
  });
});
