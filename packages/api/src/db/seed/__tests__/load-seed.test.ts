import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Partnership } from '../../../modules/partnership/partnership.entity';
import { Plan, PlanKind } from '../../../modules/plan/plan.entity';
import { Pillar } from '../../../modules/pillar/pillar.entity';
import { Priority } from '../../../modules/priority/priority.entity';
import { Objective } from '../../../modules/objective/objective.entity';
import { Action, ActionStatus } from '../../../modules/action/action.entity';
import { ActionAgency, Agency, AgencyAlias, ObjectiveAgency } from '../../../modules/agency/agency.entity';
import { MeasureValue, NationalOutcome, OutcomeMeasure } from '../../../modules/outcome/outcome.entity';
import { Reprocurement, ReprocurementStatus } from '../../../modules/reprocurement/reprocurement.entity';
import { HelpService } from '../../../modules/help-service/help-service.entity';
import { loadDefaultSeed, SeedRun } from '../load-seed';
import { normalise } from '../normalise';
import { readSeedFile } from '../read-seed-file';
import { DEFAULT_SEED_FILE } from '../seed-paths';

const ENTITIES = [
  Partnership,
  Plan,
  Pillar,
  Priority,
  Objective,
  Action,
  Agency,
  AgencyAlias,
  ObjectiveAgency,
  ActionAgency,
  NationalOutcome,
  OutcomeMeasure,
  MeasureValue,
  Reprocurement,
  HelpService,
  SeedRun,
];
const seed = readSeedFile(DEFAULT_SEED_FILE);
const objectives = seed.pillars.flatMap((p) => p.priorities.flatMap((q) => q.objectives));

async function openDatabase(onQuery?: (sql: string) => void): Promise<DataSource> {
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities: ENTITIES,
    synchronize: true,
    logging: onQuery ? ['query'] : false,
    logger: onQuery
      ? {
          logQuery: (sql) => onQuery(sql),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
  });
  return ds.initialize();
}

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const entity of ENTITIES) result[entity.name] = await ds.getRepository(entity).count();
  return result;
}

const EXPECTED_COUNTS = {
  Partnership: 1,
  Plan: 2,
  Pillar: 3,
  Priority: 11,
  Objective: 40,
  Action: 156,
  Agency: 39,
  AgencyAlias: new Set(seed.agencies.flatMap((a) => a.aliases.map(normalise))).size,
  ObjectiveAgency: 131,
  ActionAgency: 0,
  NationalOutcome: 6,
  OutcomeMeasure: 21,
  MeasureValue: 5,
  Reprocurement: 5,
  HelpService: 3,
  SeedRun: 1,
};

describe('loadDefaultSeed', () => {
  let ds: DataSource;
  const statements: string[] = [];

  beforeEach(async () => {
    statements.length = 0;
    ds = await openDatabase((sql) => statements.push(sql));
    statements.length = 0;
  });

  afterEach(async () => {
    await ds.destroy();
  });

  it('loads the default data set into an empty database, in batches', async () => {
    await expect(loadDefaultSeed(ds)).resolves.toEqual({ loaded: true });
    expect(await counts(ds)).toEqual(EXPECTED_COUNTS);
    const inserts = statements.filter((sql) => /^\s*INSERT/i.test(sql));
    expect(inserts.length).toBeLessThanOrEqual(20);
    expect(statements.filter((sql) => /^\s*BEGIN/i.test(sql))).toHaveLength(1);
  });

  it('links the records as the seed file describes', async () => {
    await loadDefaultSeed(ds);
    const [strategy, deliveryPlan] = await ds.getRepository(Plan).find({ order: { id: 'ASC' } });
    expect(strategy).toMatchObject({ kind: PlanKind.STRATEGY, periodLabel: '2024-2027', periodStart: '2024-04-01', periodEnd: '2027-03-31' });
    expect(deliveryPlan).toMatchObject({ kind: PlanKind.DELIVERY_PLAN, periodLabel: '2024-25', strategyId: strategy.id, periodEnd: '2025-03-31' });

    const actions = await ds.getRepository(Action).find();
    expect(new Set(actions.map((a) => a.dueDate))).toEqual(new Set(['2025-03-31']));
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set([ActionStatus.NOT_STARTED]));

    const reprocurements = await ds.getRepository(Reprocurement).find({ relations: { action: true, objective: true, agency: true }, order: { id: 'ASC' } });
    expect(reprocurements.map((r) => [r.service, r.supplier, r.expiryDate, r.status, r.action!.text, r.objective.text, r.agency!.name])).toEqual(
      seed.reprocurements.map((r) => [
        r.service,
        r.supplier,
        r.expiryDate,
        ReprocurementStatus.NOT_STARTED,
        r.asWritten,
        'Reprocure services expiring in the next 12 months',
        'LBTH Substance Misuse Commissioning',
      ]),
    );

    const subPoints = await ds.getRepository(Objective).findOneByOrFail({ text: objectives.find((o) => o.subPoints.length)!.text });
    expect(subPoints.subPoints).toEqual(['Primary Education', 'Secondary Education', 'Community settings']);

    const links = await ds
      .getRepository(ObjectiveAgency)
      .find({ relations: { agency: true, objective: true }, order: { objectiveId: 'ASC', position: 'ASC' } });
    expect(links.map((l) => [l.objective.text, l.position, l.agency.name, l.asWritten])).toEqual(
      objectives.flatMap((o) => o.agencies.map((a, i) => [o.text, i + 1, a.agency, a.asWritten])),
    );

    const alias = await ds.getRepository(AgencyAlias).findOneOrFail({ where: { normalised: normalise('LBTH ASC,') }, relations: { agency: true } });
    expect(alias.agency.name).toBe('LBTH Adult Social Care');

    const outcomes = await ds.getRepository(NationalOutcome).find({ relations: { pillar: true }, order: { position: 'ASC' } });
    expect(outcomes.map((o) => [o.planId, o.pillar!.number, o.pillar!.planId])).toEqual(seed.outcomes.map((o) => [strategy.id, o.pillar, deliveryPlan.id]));
    const inTreatment = await ds.getRepository(OutcomeMeasure).findOneByOrFail({ name: 'No. in treatment' });
    expect(await ds.getRepository(MeasureValue).findBy({ measureId: inTreatment.id })).toEqual([
      expect.objectContaining({ kind: 'BASELINE', periodLabel: '2020-21', periodStart: '2020-04-01', periodEnd: '2021-03-31', value: 1945 }),
    ]);

    const priority = await ds.getRepository(Priority).findOneByOrFail({ title: 'Improve Quality and Effectiveness of Treatment System' });
    expect(priority.strategyName).toBe('Streamline access and routes through services');
  });

  it('never loads twice', async () => {
    await expect(loadDefaultSeed(ds)).resolves.toEqual({ loaded: true });
    await expect(loadDefaultSeed(ds)).resolves.toEqual({ loaded: false });
    await expect(loadDefaultSeed(ds, { file: DEFAULT_SEED_FILE })).resolves.toEqual({ loaded: false });
    expect(await counts(ds)).toEqual(EXPECTED_COUNTS);
  });

  it('never overwrites edits, nor brings back what was archived', async () => {
    await loadDefaultSeed(ds);
    const actions = ds.getRepository(Action);
    const action = await actions.findOneByOrFail({ text: 'Increase number of placements on offer to 50' });
    await actions.update(action.id, { text: 'Increase number of placements on offer to 60', status: ActionStatus.ON_TRACK });
    const archived = await actions.findOneByOrFail({ text: 'Develop emergency placement pathways' });
    await actions.update(archived.id, { archivedAt: new Date() });
    await ds.getRepository(Agency).update({ name: 'Turning Point' }, { description: 'Edited' });

    await expect(loadDefaultSeed(ds)).resolves.toEqual({ loaded: false });
    expect(await actions.findOneByOrFail({ id: action.id })).toMatchObject({
      text: 'Increase number of placements on offer to 60',
      status: ActionStatus.ON_TRACK,
    });
    expect((await actions.findOneByOrFail({ id: archived.id })).archivedAt).not.toBeNull();
    expect(await actions.countBy({ text: 'Increase number of placements on offer to 50' })).toBe(0);
    expect((await ds.getRepository(Agency).findOneByOrFail({ name: 'Turning Point' })).description).toBe('Edited');
    expect(await counts(ds)).toEqual(EXPECTED_COUNTS);
  });

  it('writes nothing when the partnership exists but the load was never recorded', async () => {
    await ds.getRepository(Partnership).save({ name: seed.partnership.name, area: 'Elsewhere', description: null });
    await expect(loadDefaultSeed(ds)).resolves.toEqual({ loaded: false });
    expect(await ds.getRepository(Plan).count()).toBe(0);
    expect(await ds.getRepository(SeedRun).count()).toBe(0);
  });

  it('reuses an agency that already exists by name', async () => {
    const existing = await ds
      .getRepository(Agency)
      .save({ name: 'Turning Point', shortName: 'TP', kind: 'ORGANISATION' as never, description: 'Entered by hand' });
    await expect(loadDefaultSeed(ds)).resolves.toEqual({ loaded: true });
    expect(await ds.getRepository(Agency).count()).toBe(39);
    expect(await ds.getRepository(Agency).findOneByOrFail({ id: existing.id })).toMatchObject({ shortName: 'TP', description: 'Entered by hand' });
    expect(await ds.getRepository(ObjectiveAgency).countBy({ agencyId: existing.id })).toBe(6);
  });
});
