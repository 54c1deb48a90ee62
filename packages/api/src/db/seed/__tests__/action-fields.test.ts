import { extractActionFields } from '../action-fields';
import { parseReprocurementLine } from '../reprocurement-line';

describe('extractActionFields', () => {
  it.each([
    ['Reprocure prostitution support (MOPAC funding dependent)', 'MOPAC funding dependent'],
    ['Expansion of CCTV to address drug related crime and ASB in council estates (capital bid dependent)', 'capital bid dependent'],
    [
      'Review Project ADDER (Addiction, Diversion, Disruption, Enforcement and Recovery) workstreams and SSMTRG funded projects following decision on funding',
      'following decision on funding',
    ],
    ['Identify funding to reinstate court diversion scheme for buyers of sex', null],
  ])('funding condition of %j', (text, expected) => {
    expect(extractActionFields(text).fundingCondition).toBe(expected);
  });

  it.each([
    ['Increase number of placements on offer to 50', 'Increase number of placements on offer to 50'],
    ['CAS3 scheme with HMPPS / St Giles to provide guaranteed housing placement 84 days post-release', '84 days post-release'],
    ['To achieve the OHID regional target for Continuity of Care', 'To achieve the OHID regional target for Continuity of Care'],
    ['Provide regular open wellbeing events for target cohorts', null],
    ['Increase employment training and education offers to support for recovery', null],
    ['Provide custody intervention coaches in Police Custody Suites (including Bethnal Green) to divert 18-24 year olds away from drug-related crime', null],
  ])('target of %j', (text, expected) => {
    expect(extractActionFields(text).target).toBe(expected);
  });

  it.each([
    [
      "Deliver 'Chemsex' pathway with provision for men involved in survival sex in alliance with London Friend (Antidote) and MOJ 12-month sponsored project",
      12,
    ],
    ['Provide additional resource to CGL which supports the delivery of the system improvement plan through a Partnership Lead for 12-months', 12],
    ['Develop services and pathways for 19- to 25-year-olds who use substances.', null],
    ['Address gap with respect to needs of 18-24 year olds via service redesign in Treatment and Recovery plan', null],
    ['Evaluation of 2023-24 Supplementary Substance Misuse Treatment Grant (SSMTRG) projects', null],
  ])('duration of %j', (text, expected) => {
    expect(extractActionFields(text).durationMonths).toBe(expected);
  });
});

describe('parseReprocurementLine', () => {
  it('reads service, supplier and a 20yy expiry date', () => {
    expect(parseReprocurementLine('Needle exchange supplies (Orion) - 14/11/24')).toEqual({
      service: 'Needle exchange supplies',
      supplier: 'Orion',
      expiryDate: '2024-11-14',
      asWritten: 'Needle exchange supplies (Orion) - 14/11/24',
    });
  });

  it('leaves the supplier null when none is written', () => {
    expect(parseReprocurementLine('Drink Coach - 31/03/24')).toMatchObject({ service: 'Drink Coach', supplier: null, expiryDate: '2024-03-31' });
  });

  it('refuses text that is not a deadline, and impossible dates', () => {
    expect(parseReprocurementLine('Develop emergency placement pathways')).toBeNull();
    expect(parseReprocurementLine('Drink Coach - 31/02/24')).toBeNull();
  });
});
