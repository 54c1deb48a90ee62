import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyIndex } from '../agency-index';
import type { Curation } from '../curation';
import { formatSeedFile, importPlan, parseDeliveryPlan } from '../import-plan';
import { normalise } from '../normalise';
import { DEFAULT_SEED_FILE, SEED_DIR, SOURCE_FILES } from '../seed-paths';
import type { SeedFile } from '../seed-file';

const deliveryPlanText = readFileSync(join(SEED_DIR, SOURCE_FILES.deliveryPlan), 'utf8');
const curation = JSON.parse(readFileSync(join(SEED_DIR, SOURCE_FILES.curation), 'utf8')) as Curation;
const parsed = parseDeliveryPlan(deliveryPlanText);
const seed: SeedFile = importPlan();

const objectives = seed.pillars.flatMap((p) => p.priorities.flatMap((q) => q.objectives));
const actions = objectives.flatMap((o) => o.actions);
const asWrittenAgencies = new Set(objectives.flatMap((o) => o.agencies.map((a) => a.asWritten)));

function objectiveAt(pillar: number, priority: number, objective: number) {
  return seed.pillars.find((p) => p.number === pillar)!.priorities[priority - 1].objectives[objective - 1];
}

describe('importing the delivery plan', () => {
  it('finds 3 pillars, 11 priorities (4, 4, 3), 40 objectives and 156 actions', () => {
    expect(parsed.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(parsed.map((p) => p.priorities.length)).toEqual([4, 4, 3]);
    expect(parsed.map((p) => p.priorities.map((q) => q.objectives.length))).toEqual([
      [3, 3, 3, 1],
      [4, 4, 5, 3],
      [2, 5, 7],
    ]);
    expect(objectives).toHaveLength(40);
    expect(actions).toHaveLength(156);
  });

  it('keeps the pillar headings as the plan writes them, "#" marks dropped', () => {
    expect(seed.pillars.map((p) => p.headingInPlan)).toEqual([
      '1. Breaking drug supply chains',
      '2. Deliver a World-class Treatment and Recovery System',
      '3. Achieve a Generational Shift in Demand',
    ]);
    expect(seed.pillars.map((p) => p.name)).toEqual([
      'Break drug supply chains',
      'Deliver a world-class treatment and recovery system',
      'Achieve a generational shift in the demand for drugs',
    ]);
  });

  it('continues a priority across an empty PRIORITY cell', () => {
    const first = seed.pillars[0].priorities[0];
    expect(first.title).toBe('Break the Cycle of Exploitation');
    expect(first.objectives.map((o) => o.text)).toEqual([
      'Identify and intervene with victims of exploitation',
      'Take a whole-person approach to criminal justice and enforcement responses with appropriate options for individuals from marginalised communities',
      'Strengthen diversion across the system',
    ]);
  });

  it('finds 72 distinct agency strings in 131 links, each string mapped to exactly one of 39 canonical agencies', () => {
    expect(asWrittenAgencies.size).toBe(72);
    expect(objectives.flatMap((o) => o.agencies)).toHaveLength(131);
    expect(seed.agencies).toHaveLength(39);
    expect(new Set(objectives.flatMap((o) => o.agencies.map((a) => a.agency))).size).toBe(39);
    const problems: string[] = [];
    const index = new AgencyIndex(curation.agencies, problems);
    expect(problems).toEqual([]);
    for (const asWritten of asWrittenAgencies) {
      const owners = curation.agencies.filter((a) => a.aliases.some((alias) => normalise(alias) === normalise(asWritten)));
      expect({ asWritten, owners: owners.map((a) => a.name) }).toEqual({ asWritten, owners: [index.find(asWritten)!.name] });
    }
  });

  it("lists every as-written string among its agency's aliases, and never one agency twice in a row", () => {
    for (const objective of objectives) {
      const agencies = objective.agencies.map((a) => a.agency);
      expect(new Set(agencies).size).toBe(agencies.length);
      for (const link of objective.agencies) {
        expect(seed.agencies.find((a) => a.name === link.agency)!.aliases).toContain(link.asWritten);
      }
    }
  });

  it('canonicalises variants of one body', () => {
    const canonical = (asWritten: string) => objectives.flatMap((o) => o.agencies).find((a) => a.asWritten === asWritten)!.agency;
    expect(canonical('MPS')).toBe('Metropolitan Police Service');
    expect(canonical('Metropolitan Police Service (MPS)')).toBe('Metropolitan Police Service');
    expect(canonical('RESET')).toBe('RESET (Change Grow Live)');
    expect(canonical('Reset Recovery Service')).toBe('RESET (Change Grow Live)');
    expect(canonical('LBTH ASC,')).toBe('LBTH Adult Social Care');
    expect(canonical('LBTH ASC')).toBe('LBTH Adult Social Care');
    expect(canonical('Adult Social Care (ASC) services')).toBe('LBTH Adult Social Care');
    expect(canonical('Safe East,')).toBe('Safe East (Compass)');
    expect(canonical('All APG members')).toBe('Adolescent Partnership Group');
    expect(seed.agencies.find((a) => a.name === 'Metropolitan Police Service')!.shortName).toBe('MPS');
  });

  it("keeps agency strings exactly as written, trailing commas included, in the plan's order", () => {
    expect(objectiveAt(1, 2, 2).agencies.map((a) => a.asWritten)).toEqual([
      'LBTH ASC,',
      'Bounce Back',
      'Turning Point',
      'LBTH Criminal Justice',
      'Substance Misuse',
      'RESET',
    ]);
    expect(objectiveAt(3, 3, 7).agencies.map((a) => a.asWritten)).toEqual(['Safe East,', 'Acute sector partners']);
  });

  it('reads the five reprocurement deadlines, three without a supplier and three expiring on 31 March 2024', () => {
    expect(seed.reprocurements.map(({ service, supplier, expiryDate }) => ({ service, supplier, expiryDate }))).toEqual([
      { service: 'Needle exchange supplies', supplier: 'Orion', expiryDate: '2024-11-14' },
      { service: 'Clinical waste collections', supplier: 'PHS group', expiryDate: '2024-05-21' },
      { service: 'Pharmacy Needle Exchange', supplier: null, expiryDate: '2024-03-31' },
      { service: 'Drink Coach', supplier: null, expiryDate: '2024-03-31' },
      { service: 'Specialist midwife', supplier: null, expiryDate: '2024-03-31' },
    ]);
    expect(seed.reprocurements.filter((r) => r.supplier === null)).toHaveLength(3);
    const objective = objectiveAt(2, 3, 5);
    expect(objective.text).toBe('Reprocure services expiring in the next 12 months');
    seed.reprocurements.forEach((r, i) => {
      expect(r.path).toEqual({ pillar: 2, priority: 3, objective: 5, action: i + 1 });
      expect(r.asWritten).toBe(objective.actions[i].text);
      expect(r.agency).toBe('LBTH Substance Misuse Commissioning');
    });
    expect(objective.agencies).toEqual([{ agency: 'LBTH Substance Misuse Commissioning', asWritten: 'LBTH Substance Misuse commissioning' }]);
  });

  it('takes every action text word for word from the plan', () => {
    const encode = (text: string) => text.replace(/&/g, '&amp;');
    for (const action of actions) {
      expect({ action: action.text, found: deliveryPlanText.includes(`<li>● ${encode(action.text)}</li>`) }).toEqual({ action: action.text, found: true });
    }
  });

  it('keeps a sample of texts verbatim, entities decoded and tags removed', () => {
    expect(objectiveAt(2, 3, 2).text).toBe("Enhance targeted outreach and engagement activities including peer lead initiatives'");
    expect(objectiveAt(1, 2, 1).actions[3].text).toBe('Delivery of City & Guilds digital assurance badges');
    expect(objectiveAt(1, 4, 1).actions[1].text).toBe(
      'Management of LDIS (London Drug Information System) – the system through which partners share and assess up-to-date drug information or intelligence.',
    );
    expect(objectiveAt(2, 2, 1).actions[1].text).toBe('Build capacity and imbed governance structures to manage performance and develop services.');
    expect(objectiveAt(2, 1, 1).text).toBe('Increase core treatment capacity and treatment options');
    expect(seed.pillars[1].priorities[0].title).toBe('Increase overall treatment capacity to increase numbers accessing treatment');
    expect(objectiveAt(3, 2, 3).agencies[0].asWritten).toBe('LBTH Criminal Justice');
    expect(objectiveAt(3, 2, 2).agencies[0].asWritten).toBe('LBTH Trading Standards & Licensing');
    expect(deliveryPlanText).toContain('<li>● LBTH Trading Standards &amp; Licensing</li>');
  });

  it('gives the 5-19 health promotion objective its three sub-points, and no other objective any', () => {
    const objective = objectiveAt(3, 1, 1);
    expect(objective.text).toBe(
      'Provide a whole setting health promotion offer for 5-19 year olds that increases awareness of the risks and consequences of substance misuse, including:',
    );
    expect(objective.subPoints).toEqual(['Primary Education', 'Secondary Education', 'Community settings']);
    expect(objectives.filter((o) => o.subPoints.length > 0)).toHaveLength(1);
  });

  it('extracts funding conditions, targets and durations by rule', () => {
    const withField = (field: 'fundingCondition' | 'target' | 'durationMonths') => actions.filter((a) => a[field] !== null).map((a) => a[field]);
    expect(withField('fundingCondition')).toEqual(['MOPAC funding dependent', 'following decision on funding', 'capital bid dependent']);
    expect(withField('target')).toEqual([
      'To achieve the OHID regional target for Continuity of Care',
      '84 days post-release',
      'Increase number of placements on offer to 50',
    ]);
    expect(withField('durationMonths')).toEqual([12, 12]);
  });

  it("matches every table priority to the strategy's name", () => {
    expect(seed.pillars.map((p) => p.priorities.map((q) => [q.title, q.strategyName]))).toEqual([
      [
        ['Break the Cycle of Exploitation', 'Break the cycle of exploitation'],
        ['Help People Leave Drugs Behind', 'Help people leave drugs behind'],
        ['Reduce visible drug dealing and drug use', 'Reduce visible drug dealing and drug use'],
        ['Support the MPS Drugs Action Plan', 'Support MPS Drugs Action Plan to tackle drug supply'],
      ],
      [
        ['Increase overall treatment capacity to increase numbers accessing treatment', 'Improve effectiveness of treatment'],
        ['Improve Quality and Effectiveness of Treatment System', 'Streamline access and routes through services'],
        ['Enhance Harm Reduction Provision', 'Enhance harm reduction provision'],
        ['Improve Quality and Effectiveness of Recovery Services', 'Settings that sustain recovery'],
      ],
      [
        ['Promote awareness of harms and where to find help', 'Promote awareness and where to find help'],
        ['Targeting specific substance misuse harms', 'Target specific substance-misuse harms'],
        ['Stop problematic substance misuse before it begins', 'Stop problematic substance misuse before it begins'],
      ],
    ]);
    for (const priority of seed.pillars.flatMap((p) => p.priorities)) expect(priority.strategyNarrative).toMatch(/^[A-Z].+\.$/s);
  });

  it('lists 6 national outcomes, 2 per pillar, with 21 measures split 2+3+6+4+2+4', () => {
    expect(seed.outcomes.map((o) => [o.pillar, o.name, o.measures.length])).toEqual([
      [1, 'Reduce drug supply', 2],
      [1, 'Reduce drug-related crime', 3],
      [2, 'Increase engagement in drug treatment', 6],
      [2, 'Improve drug recovery outcomes', 4],
      [3, 'Reduce drug use', 2],
      [3, 'Reduce drug-related deaths and harm', 4],
    ]);
    expect(seed.outcomes.reduce((n, o) => n + o.measures.length, 0)).toBe(21);
  });

  it('records only the figures the strategy gives', () => {
    const measure = (name: string) => seed.outcomes.flatMap((o) => o.measures).find((m) => m.name === name)!;
    expect(measure('No. in treatment').values).toEqual([
      expect.objectContaining({ kind: 'BASELINE', periodLabel: '2020-21', periodStart: '2020-04-01', periodEnd: '2021-03-31', value: 1945 }),
    ]);
    expect(measure('Percentage who engage with services following prison release').values.map((v) => [v.kind, v.periodLabel, v.value])).toEqual([
      ['BASELINE', '2021', 15.3],
      ['OBSERVED', '2023', 53],
    ]);
    expect(measure('No. of drug trafficking offences').values[0]).toMatchObject({ value: 212, periodStart: '2021-04-01', periodEnd: '2023-12-31' });
    expect(measure('No. of drug trafficking offences').values[0].note).toMatch(/charged/);
    expect(seed.outcomes.flatMap((o) => o.measures).reduce((n, m) => n + m.values.length, 0)).toBe(5);
    expect(measure('No. major, moderate and minor disruptions against Organised Crime Networks').direction).toBe('CONTEXT_ONLY');
  });

  it('lists the three places to find help', () => {
    expect(seed.helpServices.map((h) => [h.name, h.phone, h.minAge, h.maxAge])).toEqual([
      ['RESET (Change Grow Live)', '020 3889 9510', 18, null],
      ['Safe East (Compass)', '020 3954 0091', 10, 19],
      ['StreetLink', '020 7422 6752', null, null],
    ]);
  });

  it('matches the committed seed file', () => {
    const committed = readFileSync(DEFAULT_SEED_FILE, 'utf8');
    const fresh = formatSeedFile(seed);
    if (committed !== fresh) {
      const line = fresh.split('\n').findIndex((text, i) => text !== committed.split('\n')[i]) + 1;
      throw new Error(
        `seed/tower-hamlets-2024-25.json is out of date (first difference at line ${line}): run \`pnpm --filter @cdp/api import:seed\` to regenerate`,
      );
    }
  });
});
