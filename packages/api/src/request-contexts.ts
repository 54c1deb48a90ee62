import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AppServices } from './app-services';
import type { Database } from './db/database';
import type { ServiceSettings } from './core/feature';
import type { Actor } from './auth/actor';
import { Authenticator } from './auth/authenticator';
import { ApiKeyService } from './auth/api-key.service';
import { todayUtc, type RequestContext } from './context';

/**
 * The app's services, once, and a request context per request (fresh loaders, the caller's
 * actor): for the HTTP front (forRequest, accessClass, keyInfo) and for the CLI (forActor).
 */
export function createContextFactory(db: Database, options: { anonymousAccess: 'read' | 'none'; today?: () => string; settings?: ServiceSettings }) {
  const today = options.today ?? (() => todayUtc());
  const services = new AppServices(db, options.settings);
  const authenticator = new Authenticator(db, services.get(ApiKeyService), services.denials, options);
  const base = (actor: Actor): RequestContext => ({
    requestId: randomUUID(),
    loaders: services.loaders(),
    today: today(),
    actor,
    answer: { cacheable: false },
  });

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
