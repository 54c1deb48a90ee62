import type { MutationRule } from '../core/rules';
import { WRITERS } from './roles';

/**
 * The kinds of mutation rule. Structure (what the plan holds: priorities, objectives, actions,
 * measures, who is responsible) is for admins and pillar leads; content (an objective's or action's
 * wording, progress) for agency editors too; the rest for admins only. `field` is the input field
 * holding the ID of the record that decides scope, `type` its record type.
 */
export const structure = (field: string, type: string): MutationRule => ({ roles: WRITERS.structure, subject: { field, type } });
export const content = (field: string, type: string): MutationRule => ({ roles: WRITERS.content, subject: { field, type } });
export const adminOnly: MutationRule = { roles: WRITERS.admin };
