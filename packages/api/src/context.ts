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
  const base = (actor: Actor): RequestContext => ({ requestId: randomUUID(), services, loaders: createLoaders(db.read), today: todayUtc(), actor });

  /** A context for work outside HTTP (the CLI): same services, acting as `actor`. */
  const forActor = (actor: Actor) => base(actor);

  /** The context of one HTTP request: authenticates the Authorization header, if any. */
  const forRequest = async (headers: IncomingHttpHeaders): Promise<RequestContext> => {
    let key: ApiKey | null;
    try {
      key = await services.apiKey.authenticate(headers.authorization);
    } catch (error) {
      if (error instanceof AppError) throw requestError(error, 401);
      throw error;
    }
    if (!key) {
      if (options.anonymousAccess === 'none') throw requestError(new AppError(ErrorCode.UNAUTHENTICATED, 'This API needs an API key: send "Authorization: Bearer cdp_…".'), 401);
      return base(ANONYMOUS_ACTOR);
    }
    void services.apiKey.touch(key, db).catch(() => undefined);
    return base(actorOf(key));
  };

  return { services, forRequest, forActor };
}
