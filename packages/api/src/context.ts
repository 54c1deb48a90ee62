import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { createLoaders, Loaders } from './loaders';
import { createServices, Services } from './services';
import type { Database } from './db/database';
import type { Actor } from './modules/audit/change-set';
import { ActorKind } from './modules/audit/audit.entity';
import { AppError, ErrorCode } from './common/errors';
import type { ApiKey } from './auth/api-key.entity';
import { KeyRefused } from './auth/api-key.service';

/** Everything a request carries: services (shared), loaders (per request), and who and when. */
export interface RequestContext {
  requestId: string;
  services: Services;
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

/** A caller with no API key. */
export const ANONYMOUS_ACTOR: Actor = { kind: ActorKind.ANONYMOUS, id: 'anonymous', name: 'Anonymous', role: null, agencyId: null, pillarId: null };

/** The command line, run by whoever can reach the database file: acts as admin. */
export const CLI_ACTOR: Actor = { kind: ActorKind.SYSTEM, id: 'cli', name: 'Command line', role: null, agencyId: null, pillarId: null };

export function actorOf(key: ApiKey): Actor {
  return { kind: ActorKind.API_KEY, id: `key:${key.id}`, name: `${key.name} (key ${key.prefix})`, role: key.role, agencyId: key.agencyId, pillarId: key.pillarId };
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** An error raised before execution (bad or missing key), as Apollo sends it: with its HTTP status. */
function requestError(error: AppError, status: number): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status } } });
}

export function createContextFactory(db: Database, options: { anonymousAccess: 'read' | 'none' }) {
  const services = createServices(db);
  const base = (actor: Actor): RequestContext => ({ requestId: randomUUID(), services, loaders: createLoaders(db.read), today: todayUtc(), actor, answer: { cacheable: false } });

  /** A context for work outside HTTP (the CLI): same services, acting as `actor`. */
  const forActor = (actor: Actor) => base(actor);

  /**
   * Keys already checked, by Authorization header, at the revision they were checked at: any
   * write (a revocation included) moves the revision on and they are checked again.
   */
  const checked = new Map<string, { key: ApiKey; revision: number }>();
  async function keyFor(header: string | undefined): Promise<ApiKey | null> {
    if (!header) return null;
    const revision = db.revision();
    const memo = checked.get(header);
    if (memo && memo.revision === revision && (!memo.key.expiresAt || memo.key.expiresAt > new Date())) return memo.key;
    const key = await services.apiKey.authenticate(header);
    if (key) {
      if (checked.size >= 10_000) checked.clear();
      checked.set(header, { key, revision });
    }
    return key;
  }

  /** One authentication per request: the cache and the pipeline both ask, with the same headers object. */
  const authenticated = new WeakMap<IncomingHttpHeaders, Promise<Actor>>();
  /** The key each request authenticated with, for the request log (its public prefix and name only). */
  const keys = new WeakMap<IncomingHttpHeaders, ApiKey>();
  function authenticate(headers: IncomingHttpHeaders): Promise<Actor> {
    let actor = authenticated.get(headers);
    if (!actor) {
      actor = authenticateOnce(headers);
      authenticated.set(headers, actor);
    }
    return actor;
  }

  async function authenticateOnce(headers: IncomingHttpHeaders): Promise<Actor> {
    let key: ApiKey | null;
    try {
      key = await keyFor(headers.authorization);
    } catch (error) {
      if (error instanceof KeyRefused) services.denials.recordAuthentication(error.keyPrefix, error.reason);
      if (error instanceof AppError) throw requestError(error, 401);
      throw error;
    }
    if (!key) {
      if (options.anonymousAccess === 'none') throw requestError(new AppError(ErrorCode.UNAUTHENTICATED, 'This API needs an API key: send "Authorization: Bearer cdp_…".'), 401);
      return ANONYMOUS_ACTOR;
    }
    void services.apiKey.touch(key, db).catch(() => undefined);
    keys.set(headers, key);
    return actorOf(key);
  }

  /** The context of one HTTP request: authenticates the Authorization header, if any. */
  const forRequest = async (headers: IncomingHttpHeaders): Promise<RequestContext> => base(await authenticate(headers));

  /**
   * What a caller may see, as a cache key part: callers of one class get the same answers. Null
   * when the request's credentials are refused (it then goes through the pipeline, which says why).
   */
  const accessClass = (headers: IncomingHttpHeaders): string | null | Promise<string | null> => {
    // No key: known without a look-up, and answered without a promise (the cache's hot path).
    if (!headers.authorization) return options.anonymousAccess === 'none' ? null : 'anonymous';
    return keyedAccessClass(headers);
  };
  const keyedAccessClass = async (headers: IncomingHttpHeaders): Promise<string | null> => {
    try {
      const actor = await authenticate(headers);
      return actor.role ? `${actor.role}:${actor.agencyId ?? ''}:${actor.pillarId ?? ''}` : 'anonymous';
    } catch {
      return null;
    }
  };

  /** The public prefix and name of the request's valid API key; null without one (or when it is refused). */
  const keyInfo = async (headers: IncomingHttpHeaders): Promise<{ prefix: string; name: string } | null> => {
    try {
      await authenticate(headers);
    } catch {
      return null;
    }
    const key = keys.get(headers);
    return key ? { prefix: key.prefix, name: key.name } : null;
  };

  return { services, forRequest, forActor, accessClass, keyInfo };
}
