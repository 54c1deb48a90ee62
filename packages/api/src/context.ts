import { randomUUID } from 'node:crypto';
import { createLoaders, Loaders } from './loaders';
import { createServices, Services } from './services';
import type { Database } from './db/database';
import type { Actor } from './modules/audit/change-set';
import { ActorKind } from './modules/audit/audit.entity';

/** Everything a request carries: services (shared), loaders (per request), and who and when. */
export interface RequestContext {
  requestId: string;
  services: Services;
  loaders: Loaders;
  /** The request's date (YYYY-MM-DD, UTC): the default "today" for date-relative filters. */
  today: string;
  /** Who is asking; every write is attributed to them. */
  actor: Actor;
}

/** Until access control lands every caller is this one actor: writes are attributed to it. */
export const ANONYMOUS_ACTOR: Actor = { kind: ActorKind.ANONYMOUS, id: 'anonymous', name: 'Anonymous (no access control yet)' };

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function createContextFactory(db: Database) {
  const services = createServices(db);
  return (): RequestContext => ({
    requestId: randomUUID(),
    services,
    loaders: createLoaders(db.read),
    today: todayUtc(),
    actor: ANONYMOUS_ACTOR,
  });
}
