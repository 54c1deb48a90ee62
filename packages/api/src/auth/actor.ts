import { registerEnumType } from 'type-graphql';
import type { ApiKey } from './api-key.entity';
import { Role } from './roles';

/** What kind of caller made a change: the command line, an anonymous caller, or an API key. */
export enum ActorKind {
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
  API_KEY = 'API_KEY',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

/** Who is asking; every write is attributed to them. */
export interface Actor {
  kind: ActorKind;
  id: string;
  name: string;
  /** The caller's role; null for an anonymous caller. SYSTEM actors (the CLI) are admins. */
  role: Role | null;
  /** For agency_editor: the agency it acts for. */
  agencyId: number | null;
  /** For pillar_lead: the pillar it leads. */
  pillarId: number | null;
}

/** A caller with no API key. */
export const ANONYMOUS_ACTOR: Actor = { kind: ActorKind.ANONYMOUS, id: 'anonymous', name: 'Anonymous', role: null, agencyId: null, pillarId: null };

/** The command line, run by whoever can reach the database file: acts as admin. */
export const CLI_ACTOR: Actor = { kind: ActorKind.SYSTEM, id: 'cli', name: 'Command line', role: null, agencyId: null, pillarId: null };

/** The actor of a request made with `key`. */
export function actorOf(key: ApiKey): Actor {
  return {
    kind: ActorKind.API_KEY,
    id: `key:${key.id}`,
    name: `${key.name} (key ${key.prefix})`,
    role: key.role,
    agencyId: key.agencyId,
    pillarId: key.pillarId,
  };
}

/** Effective role: the CLI (SYSTEM) acts as admin. */
export function roleOf(actor: Actor): Role | null {
  return actor.kind === ActorKind.SYSTEM ? Role.ADMIN : actor.role;
}
