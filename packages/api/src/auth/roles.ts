import { registerEnumType } from 'type-graphql';

/** What a caller is allowed to do; an API key carries one role. */
export enum Role {
  /** The CDP coordinator: everything, including API keys. */
  ADMIN = 'admin',
  /** A subgroup lead, bound to one pillar: edits priorities, objectives, actions and measures within it. */
  PILLAR_LEAD = 'pillar_lead',
  /** A partner agency's system, bound to one agency: edits and posts progress on what that agency is responsible for. */
  AGENCY_EDITOR = 'agency_editor',
  /** The intranet: reads everything, writes nothing. */
  READER = 'reader',
}
registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES = Object.values(Role);

/** Roles that may call a mutation at all; the services then check the record is within their scope. */
export const WRITERS = {
  admin: [Role.ADMIN],
  structure: [Role.ADMIN, Role.PILLAR_LEAD],
  content: [Role.ADMIN, Role.PILLAR_LEAD, Role.AGENCY_EDITOR],
} as const;
