import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { AppError, ErrorCode } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import type { MutationRule } from '../../core/rules';
import { MUTATION_RULES, SCOPE_PARENTS } from '../../modules';
import { PlanScope } from '../../plan-tree/scope';
import { ProgressUpdate } from '../../modules/progress/progress.entity';
import { memoryDatabase, keyActor, SmallPlan, writeSmallPlan } from '../../plan-tree/__tests__/small-plan.fixture';
import { Actor, ANONYMOUS_ACTOR, CLI_ACTOR } from '../actor';
import { adminOnly, content, structure } from '../permissions';
import { authorize } from '../policy';
import { Role } from '../roles';

let db: Database;
let plan: SmallPlan;
let manager: EntityManager;
const scope = new PlanScope(SCOPE_PARENTS);
beforeAll(async () => {
  db = await memoryDatabase();
  plan = await writeSmallPlan(db);
  manager = db.read.manager;
});
afterAll(() => db.destroy());

const id = (type: string, n: number) => toGlobalId(type, n);
const MISSING = 999_999;

const admin = keyActor(1, Role.ADMIN);
const reader = keyActor(2, Role.READER);
const leadA = () => keyActor(3, Role.PILLAR_LEAD, { pillarId: plan.pillarA });
const editorX = () => keyActor(4, Role.AGENCY_EDITOR, { agencyId: plan.agencyX });
const editorY = () => keyActor(5, Role.AGENCY_EDITOR, { agencyId: plan.agencyY });
const editorZ = () => keyActor(6, Role.AGENCY_EDITOR, { agencyId: plan.agencyZ });

/** authorize() with the app's rule for `mutation`. */
function check(actor: Actor, mutation: keyof typeof MUTATION_RULES, input: object): Promise<void> {
  return authorize(manager, scope, actor, mutation, MUTATION_RULES[mutation], input);
}

/** The AppError authorize() throws, or null when it lets the actor through. */
async function refusal(promise: Promise<void>): Promise<AppError | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error;
  }
}

/** What authorize() answers, in short: "allowed", the code, or the code and reason. */
async function outcome(promise: Promise<void>): Promise<string> {
  const error = await refusal(promise);
  if (!error) return 'allowed';
  return error.extensions.reason ? `${error.code} ${String(error.extensions.reason)}` : error.code;
}

describe('rule kinds (auth/permissions.ts)', () => {
  test('structure is for admins and pillar leads, scoped by the named input field', () => {
    expect(structure('objectiveId', 'Objective')).toEqual({ roles: [Role.ADMIN, Role.PILLAR_LEAD], subject: { field: 'objectiveId', type: 'Objective' } });
  });

  test('content is for admins, pillar leads and agency editors, scoped by the named input field', () => {
    expect(content('id', 'Action')).toEqual({ roles: [Role.ADMIN, Role.PILLAR_LEAD, Role.AGENCY_EDITOR], subject: { field: 'id', type: 'Action' } });
  });

  test('adminOnly is for admins, with no scope', () => {
    expect(adminOnly).toEqual({ roles: [Role.ADMIN] });
  });

  test('no rule gives readers a write', () => {
    const withReader = Object.entries(MUTATION_RULES).filter(([, rule]) => rule.roles.includes(Role.READER));
    expect(withReader).toEqual([]);
  });

  test('every scoped rule names a record type the plan scope places in a pillar (a type scoped through a parent is tested below)', async () => {
    const records: Record<string, number> = {
      Pillar: plan.pillarA,
      Priority: plan.priorityA,
      Objective: plan.objectiveA,
      Action: plan.actionA1,
      NationalOutcome: plan.outcomeA,
      OutcomeMeasure: plan.measureA,
    };
    const types = [
      ...new Set(
        Object.values(MUTATION_RULES).flatMap((rule: MutationRule) => (rule.subject && !(rule.subject.type in SCOPE_PARENTS) ? [rule.subject.type] : [])),
      ),
    ];
    expect(types.length).toBeGreaterThan(0);
    const unplaced: string[] = [];
    for (const type of types) {
      if (!(type in records) || (await scope.pillarOf(manager, type, records[type])) !== plan.pillarA) unplaced.push(type);
    }
    expect(unplaced).toEqual([]);
  });
});

describe('authorize: who is asking', () => {
  test('an anonymous caller is UNAUTHENTICATED, whatever the mutation', async () => {
    expect(await outcome(check(ANONYMOUS_ACTOR, 'createAgency', { name: 'N' }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await outcome(check(ANONYMOUS_ACTOR, 'updateAction', { id: id('Action', plan.actionA1) }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await outcome(authorize(manager, scope, ANONYMOUS_ACTOR, 'unknownMutation', undefined, {}))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  test('an admin may run every mutation, in any pillar', async () => {
    expect(await outcome(check(admin, 'createAgency', { name: 'N' }))).toBe('allowed');
    expect(await outcome(check(admin, 'createApiKey', {}))).toBe('allowed');
    expect(await outcome(check(admin, 'createAction', { objectiveId: id('Objective', plan.objectiveB) }))).toBe('allowed');
    expect(await outcome(check(admin, 'updateAction', { id: id('Action', plan.actionB1) }))).toBe('allowed');
  });

  test('the command line (a SYSTEM actor with no role of its own) acts as admin', async () => {
    expect(CLI_ACTOR.role).toBeNull();
    expect(await outcome(check(CLI_ACTOR, 'createApiKey', {}))).toBe('allowed');
    expect(await outcome(check(CLI_ACTOR, 'archivePriority', { id: id('Priority', plan.priorityB) }))).toBe('allowed');
    expect(await outcome(check(CLI_ACTOR, 'updateAction', { id: id('Action', MISSING) }))).toBe('allowed');
  });

  test('a reader may write nothing: FORBIDDEN for its role', async () => {
    for (const mutation of ['createAgency', 'createAction', 'updateAction', 'recordProgress'] as const) {
      expect(
        await outcome(
          check(reader, mutation, { id: id('Action', plan.actionA1), actionId: id('Action', plan.actionA1), objectiveId: id('Objective', plan.objectiveA) }),
        ),
      ).toBe('FORBIDDEN ROLE');
    }
  });

  test('a mutation with no rule is admin-only', async () => {
    expect(await outcome(authorize(manager, scope, admin, 'unknownMutation', undefined, {}))).toBe('allowed');
    expect(await outcome(authorize(manager, scope, leadA(), 'unknownMutation', undefined, {}))).toBe('FORBIDDEN ROLE');
    expect(await outcome(authorize(manager, scope, editorX(), 'unknownMutation', undefined, {}))).toBe('FORBIDDEN ROLE');
  });

  test('the refusal says which rule refused, and names the mutation', async () => {
    const error = await refusal(check(reader, 'createAgency', { name: 'N' }));
    expect(error).toBeInstanceOf(AppError);
    expect(error!.code).toBe(ErrorCode.FORBIDDEN);
    expect(error!.extensions).toEqual({ reason: 'ROLE' });
    expect(error!.message).toContain('createAgency');
  });
});

describe('authorize: a pillar lead', () => {
  test('may change structure and content within its pillar', async () => {
    const lead = leadA();
    expect(await outcome(check(lead, 'createPriority', { pillarId: id('Pillar', plan.pillarA) }))).toBe('allowed');
    expect(await outcome(check(lead, 'updatePriority', { id: id('Priority', plan.priorityA) }))).toBe('allowed');
    expect(await outcome(check(lead, 'createObjective', { priorityId: id('Priority', plan.priorityA) }))).toBe('allowed');
    expect(await outcome(check(lead, 'createAction', { objectiveId: id('Objective', plan.objectiveA) }))).toBe('allowed');
    expect(await outcome(check(lead, 'updateAction', { id: id('Action', plan.actionA1) }))).toBe('allowed');
    expect(await outcome(check(lead, 'recordProgress', { actionId: id('Action', plan.actionA2) }))).toBe('allowed');
    expect(await outcome(check(lead, 'createOutcomeMeasure', { outcomeId: id('NationalOutcome', plan.outcomeA) }))).toBe('allowed');
    expect(await outcome(check(lead, 'updateOutcomeMeasure', { id: id('OutcomeMeasure', plan.measureA) }))).toBe('allowed');
  });

  test('is refused for its scope outside its pillar', async () => {
    const lead = leadA();
    expect(await outcome(check(lead, 'createPriority', { pillarId: id('Pillar', plan.pillarB) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(lead, 'updatePriority', { id: id('Priority', plan.priorityB) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(lead, 'createAction', { objectiveId: id('Objective', plan.objectiveB) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(lead, 'updateAction', { id: id('Action', plan.actionB1) }))).toBe('FORBIDDEN SCOPE');
  });

  test('is refused for its scope on a national outcome under no pillar, and its measures', async () => {
    const lead = leadA();
    expect(await outcome(check(lead, 'createOutcomeMeasure', { outcomeId: id('NationalOutcome', plan.outcomeNone) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(lead, 'recordMeasureValue', { measureId: id('OutcomeMeasure', plan.measureNone) }))).toBe('FORBIDDEN SCOPE');
  });

  test('is refused for its role on admin-only mutations', async () => {
    expect(await outcome(check(leadA(), 'createAgency', { name: 'N' }))).toBe('FORBIDDEN ROLE');
    expect(await outcome(check(leadA(), 'createApiKey', {}))).toBe('FORBIDDEN ROLE');
  });

  test('a key of a pillar lead bound to no pillar is outside every pillar', async () => {
    const unbound = keyActor(7, Role.PILLAR_LEAD);
    expect(await outcome(check(unbound, 'updateAction', { id: id('Action', plan.actionA1) }))).toBe('FORBIDDEN SCOPE');
  });
});

describe('authorize: an agency editor', () => {
  test("may change the content of its agency's objectives and actions, linked through the objective", async () => {
    const editor = editorX();
    expect(await outcome(check(editor, 'updateObjective', { id: id('Objective', plan.objectiveA) }))).toBe('allowed');
    expect(await outcome(check(editor, 'updateAction', { id: id('Action', plan.actionA1) }))).toBe('allowed');
    expect(await outcome(check(editor, 'recordProgress', { actionId: id('Action', plan.actionA2) }))).toBe('allowed');
  });

  test('may change the content of an action its agency is linked to directly, and no more of the objective', async () => {
    const editor = editorY();
    expect(await outcome(check(editor, 'updateAction', { id: id('Action', plan.actionA2) }))).toBe('allowed');
    expect(await outcome(check(editor, 'recordProgress', { actionId: id('Action', plan.actionB1) }))).toBe('allowed');
    expect(await outcome(check(editor, 'updateAction', { id: id('Action', plan.actionA1) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(editor, 'updateObjective', { id: id('Objective', plan.objectiveA) }))).toBe('FORBIDDEN SCOPE');
  });

  test('is refused for its scope on what its agency is not responsible for', async () => {
    expect(await outcome(check(editorX(), 'updateAction', { id: id('Action', plan.actionB1) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(editorX(), 'updateObjective', { id: id('Objective', plan.objectiveB) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(editorZ(), 'updateAction', { id: id('Action', plan.actionA2) }))).toBe('FORBIDDEN SCOPE');
  });

  test('is refused for its role on structure and admin-only mutations, even on its own records', async () => {
    const editor = editorX();
    expect(await outcome(check(editor, 'createAction', { objectiveId: id('Objective', plan.objectiveA) }))).toBe('FORBIDDEN ROLE');
    expect(await outcome(check(editor, 'archiveAction', { id: id('Action', plan.actionA1) }))).toBe('FORBIDDEN ROLE');
    expect(await outcome(check(editor, 'addActionAgency', { actionId: id('Action', plan.actionA1) }))).toBe('FORBIDDEN ROLE');
    expect(await outcome(check(editor, 'updateAgency', { id: id('Agency', plan.agencyX) }))).toBe('FORBIDDEN ROLE');
  });

  test('a key of an agency editor bound to no agency is responsible for nothing', async () => {
    const unbound = keyActor(8, Role.AGENCY_EDITOR);
    expect(await outcome(check(unbound, 'updateAction', { id: id('Action', plan.actionA1) }))).toBe('FORBIDDEN SCOPE');
  });
});

describe('authorize: subjects that are missing, unknown or malformed', () => {
  test('for scoped roles, a record that does not exist is outside their scope', async () => {
    expect(await outcome(check(leadA(), 'updateAction', { id: id('Action', MISSING) }))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(editorX(), 'updateAction', { id: id('Action', MISSING) }))).toBe('FORBIDDEN SCOPE');
  });

  test('for scoped roles, an input without the subject field (or not a string) is outside their scope', async () => {
    expect(await outcome(check(leadA(), 'updateAction', {}))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(check(editorX(), 'updateAction', { id: plan.actionA1 }))).toBe('FORBIDDEN SCOPE');
  });

  test('for scoped roles, a malformed ID, or the ID of another type, is an input error naming the field', async () => {
    const malformed = await refusal(check(leadA(), 'updateAction', { id: 'not-an-id' }));
    expect(malformed?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(malformed?.extensions.fields).toEqual([expect.objectContaining({ path: 'input.id', rule: 'isGlobalId' })]);
    const otherType = await refusal(check(editorX(), 'updateAction', { id: id('Objective', plan.objectiveA) }));
    expect(otherType?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(otherType?.extensions.fields).toEqual([expect.objectContaining({ path: 'input.id', rule: 'idType' })]);
  });

  test('admins pass, whatever the subject: the service answers NOT_FOUND or the input error', async () => {
    expect(await outcome(check(admin, 'updateAction', { id: id('Action', MISSING) }))).toBe('allowed');
    expect(await outcome(check(admin, 'updateAction', { id: 'not-an-id' }))).toBe('allowed');
    expect(await outcome(check(admin, 'updateAction', {}))).toBe('allowed');
  });

  test('a role refusal comes before the subject is looked at', async () => {
    expect(await outcome(check(reader, 'updateAction', { id: 'not-an-id' }))).toBe('FORBIDDEN ROLE');
    expect(await outcome(check(editorX(), 'createAction', { objectiveId: 'not-an-id' }))).toBe('FORBIDDEN ROLE');
  });
});

describe('authorize: rules beyond the app table', () => {
  test('a rule with no subject lets every role it names through, unscoped', async () => {
    const rule: MutationRule = { roles: [Role.ADMIN, Role.PILLAR_LEAD, Role.AGENCY_EDITOR] };
    expect(await outcome(authorize(manager, scope, leadA(), 'someMutation', rule, {}))).toBe('allowed');
    expect(await outcome(authorize(manager, scope, editorZ(), 'someMutation', rule, {}))).toBe('allowed');
    expect(await outcome(authorize(manager, scope, reader, 'someMutation', rule, {}))).toBe('FORBIDDEN ROLE');
  });

  test('a reader named in a scoped rule is still refused: only pillar leads and agency editors have a scope', async () => {
    const rule: MutationRule = { roles: [Role.READER], subject: { field: 'id', type: 'Action' } };
    expect(await outcome(authorize(manager, scope, reader, 'someMutation', rule, { id: id('Action', plan.actionA1) }))).toBe('FORBIDDEN ROLE');
  });

  test('a type declared through a scope parent is scoped as its parent', async () => {
    const withParent = new PlanScope({ ProgressUpdate: { entity: ProgressUpdate, column: 'actionId', type: 'Action' } });
    const rule = content('id', 'ProgressUpdate');
    const input = { id: id('ProgressUpdate', plan.progressA2) };
    expect(await outcome(authorize(manager, withParent, leadA(), 'updateProgress', rule, input))).toBe('allowed');
    expect(await outcome(authorize(manager, withParent, editorY(), 'updateProgress', rule, input))).toBe('allowed');
    expect(await outcome(authorize(manager, withParent, editorZ(), 'updateProgress', rule, input))).toBe('FORBIDDEN SCOPE');
    expect(await outcome(authorize(manager, withParent, keyActor(9, Role.PILLAR_LEAD, { pillarId: plan.pillarB }), 'updateProgress', rule, input))).toBe(
      'FORBIDDEN SCOPE',
    );
    // Without the declaration the type has no pillar and no agencies: outside every scope.
    expect(await outcome(authorize(manager, new PlanScope(), leadA(), 'updateProgress', rule, input))).toBe('FORBIDDEN SCOPE');
  });
});
