import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Loaders } from './loaders';
import { AppServices } from './app-services';
import type { Database } from './db/database';
import type { Actor } from './auth/actor';
import { Authenticator } from './auth/authenticator';
import { ApiKeyService } from './auth/api-key.service';

/** Everything a request carries: loaders (per request), and who and when. */
export interface RequestContext {
  requestId: string;
  loaders: Loaders;
  /** The request's date (YYYY-MM-DD, UTC): the default "today" for date-relative filters. */
  today: string;
  /** Who is asking; every write is attributed to them. */
  actor: Actor;
  /**
   * Whether the answer may be cached: a query that answered without errors. An object, because
   * Apollo runs each operation on a shallow copy of the context and the HTTP front reads this after.
   * `live`: a resolver read something that changes without moving the data revision on (the denial
   * log), so the answer must not be cached.
   */
  answer: { cacheable: boolean; live?: boolean; operationType?: string; operationName?: string };
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function createContextFactory(db: Database, options: { anonymousAccess: 'read' | 'none' }) {
  const services = new AppServices(db);
  const authenticator = new Authenticator(db, services.get(ApiKeyService), services.denials, options);
  const base = (actor: Actor): RequestContext => ({ requestId: randomUUID(), loaders: services.loaders(), today: todayUtc(), actor, answer: { cacheable: false } });

  /** A context for work outside HTTP (the CLI): same services, acting as `actor`. */
  const forActor = (actor: Actor) => base(actor);

  /** The context of one HTTP request: authenticates the Authorization header, if any. */
  const forRequest = async (headers: IncomingHttpHeaders): Promise<RequestContext> => base(await authenticator.authenticate(headers));

  return {
    services,
    forRequest,
    forActor,
    accessClass: (headers: IncomingHttpHeaders) => authenticator.accessClass(headers),
    keyInfo: (headers: IncomingHttpHeaders) => authenticator.keyInfo(headers),
  };
}
