import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSeed, SeedBuildError, SeedInputs } from '../build-seed';
import type { Curation } from '../curation';
import { parseDeliveryPlan } from '../parse-delivery-plan';
import { SEED_DIR, SOURCE_FILES } from '../seed-paths';

const deliveryPlanText = readFileSync(join(SEED_DIR, SOURCE_FILES.deliveryPlan), 'utf8');
const strategyText = readFileSync(join(SEED_DIR, SOURCE_FILES.strategy), 'utf8');

function inputs(edit: (curation: Curation) => void): SeedInputs {
  const curation = JSON.parse(readFileSync(join(SEED_DIR, SOURCE_FILES.curation), 'utf8')) as Curation;
  edit(curation);
  return {
    key: 'test',
    sources: { deliveryPlan: 'a', strategy: 'b', consultation: 'c', curation: 'd' },
    deliveryPlanText,
    strategyText,
    pillars: parseDeliveryPlan(deliveryPlanText),
    curation,
  };
}

function problemsOf(edit: (curation: Curation) => void): string[] {
  try {
    buildSeed(inputs(edit));
  } catch (error) {
    if (error instanceof SeedBuildError) return error.problems;
    throw error;
  }
  return [];
}

const agency = (curation: Curation, name: string) => curation.agencies.find((a) => a.name === name)!;

describe('buildSeed checks the curation', () => {
  it('accepts the committed curation', () => {
    expect(problemsOf(() => undefined)).toEqual([]);
  });

  it('refuses an as-written agency string with no canonical agency', () => {
    expect(problemsOf((c) => (agency(c, 'LBTH Adult Social Care').aliases = ['Adult Social Care']))).toEqual([
      'objective 1.1.1: no curated agency for "Adult Social Care (ASC) services"',
      'objective 1.1.3: no curated agency for "LBTH ASC"',
      'objective 1.2.1: no curated agency for "LBTH ASC"',
      'objective 1.2.2: no curated agency for "LBTH ASC,"',
      'objective 2.1.2: no curated agency for "Adults"',
      'objective 2.2.1: no curated agency for "LBTH ASC"',
    ]);
  });

  it('refuses one alias naming two agencies', () => {
    expect(problemsOf((c) => agency(c, 'Turning Point').aliases.push('mps'))).toContainEqual(
      '"mps" names both "Metropolitan Police Service" and "Turning Point"',
    );
  });

  it('refuses two strings in one row meaning the same agency', () => {
    const problems = problemsOf((c) => {
      agency(c, 'Safe East Turnaround Plan').aliases = [];
      agency(c, 'Safe East (Compass)').aliases.push('Managed through Safe East Turnaround Plan');
    });
    expect(problems).toContainEqual('objective 2.1.3: "Safe East" and "Managed through Safe East Turnaround Plan" both mean "Safe East (Compass)"');
  });

  it('refuses a narrative that is not quoted word for word', () => {
    const problems = problemsOf((c) => (c.priorities[0].strategyNarrative = c.priorities[0].strategyNarrative!.replace('safeguard', 'protect')));
    expect(problems).toEqual(['the narrative of "Break the Cycle of Exploitation" is not quoted word for word from the strategy']);
  });

  it('refuses a priority the plan does not have, and a pillar heading it does not use', () => {
    const problems = problemsOf((c) => {
      c.priorities[1].tableTitle = 'Help people leave drugs behind';
      c.pillars[0].headingInPlan = '1. Break drug supply chains';
    });
    expect(problems).toEqual([
      'pillar 1: curated heading "1. Break drug supply chains" differs from the plan\'s "1. Breaking drug supply chains"',
      'priority "Help People Leave Drugs Behind" (pillar 1) matches 0 curated priorities',
      'curated priority "Help people leave drugs behind" (pillar 1) is not in the plan',
    ]);
  });

  it('refuses a measure name the strategy does not have', () => {
    expect(problemsOf((c) => (c.outcomes[0].measures[0].name = 'No. of disruptions'))).toEqual([
      'measure "No. of disruptions" is not quoted word for word from the strategy',
    ]);
  });
});
