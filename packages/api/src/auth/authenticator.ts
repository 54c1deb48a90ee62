import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database';
import { AppError, ErrorCode } from '../common/errors';
import type { DenialLog } from '../writes/denial-log';
import type { ApiKey } from './api-key.entity';
import { ApiKeyService, KeyRefused } from './api-key.service';
import { Actor, ANONYMOUS_ACTOR, actorOf } from './actor';

/** An error raised before execution (bad or missing key), as Apollo sends it: with its HTTP status. */
function requestError(error: AppError, status: number): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status } } });
}

export interface AuthenticatorOptions {
  anonymousAccess: 'read' | 'none';
}

/**
 * Who a request is: the actor of its Authorization header (an API key), or the anonymous actor.
 * A request is authenticated once, however many parts of the front ask (the response cache, the
 * GraphQL pipeline, the request log), because they all pass the same headers object.
 */
export class Authenticator {
  /**
   * Keys already checked, by Authorization header, at the revision they were checked at: any
   * write (a revocation included) moves the revision on and they are checked again.
   */
  private readonly checked = new Map<string, { key: ApiKey; revision: number }>();
  private readonly authenticated = new WeakMap<IncomingHttpHeaders, Promise<Actor>>();
  /** The key each request authenticated with, for the request log (its public prefix and name only). */
  private readonly keys = new WeakMap<IncomingHttpHeaders, ApiKey>();

  constructor(
    private readonly db: Database,
    private readonly apiKeys: ApiKeyService,
    private readonly denials: DenialLog,
    private readonly options: AuthenticatorOptions,
  ) {}

  /** The actor of a request; a refused key is a GraphQLError with HTTP status 401. */
  authenticate(headers: IncomingHttpHeaders): Promise<Actor> {
    let actor = this.authenticated.get(headers);
    if (!actor) {
      actor = this.authenticateOnce(headers);
      this.authenticated.set(headers, actor);
    }
    return actor;
  }

  /**
   * What a caller may see, as a cache key part: callers of one class get the same answers. Null
   * when the request's credentials are refused (it then goes through the pipeline, which says why).
   */
  accessClass(headers: IncomingHttpHeaders): string | null | Promise<string | null> {
    // No key: known without a look-up, and answered without a promise (the response cache's hot path).
    if (!headers.authorization) return this.options.anonymousAccess === 'none' ? null : 'anonymous';
    return this.keyedAccessClass(headers);
  }

  private async keyedAccessClass(headers: IncomingHttpHeaders): Promise<string | null> {
    try {
      const actor = await this.authenticate(headers);
      return actor.role ? `${actor.role}:${actor.agencyId ?? ''}:${actor.pillarId ?? ''}` : 'anonymous';
    } catch {
      return null;
    }
  }

  /** The public prefix and name of the request's valid API key; null without one (or when it is refused). */
  async keyInfo(headers: IncomingHttpHeaders): Promise<{ prefix: string; name: string } | null> {
    try {
      await this.authenticate(headers);
    } catch {
      return null;
    }
    const key = this.keys.get(headers);
    return key ? { prefix: key.prefix, name: key.name } : null;
  }

  private async keyFor(header: string | undefined): Promise<ApiKey | null> {
    if (!header) return null;
    const revision = this.db.revision();
    const memo = this.checked.get(header);
    if (memo && memo.revision === revision && (!memo.key.expiresAt || memo.key.expiresAt > new Date())) return memo.key;
    const key = await this.apiKeys.authenticate(header);
    if (key) {
      if (this.checked.size >= 10_000) this.checked.clear();
      this.checked.set(header, { key, revision });
    }
    return key;
  }

  private async authenticateOnce(headers: IncomingHttpHeaders): Promise<Actor> {
    let key: ApiKey | null;
    try {
      key = await this.keyFor(headers.authorization);
    } catch (error) {
      if (error instanceof KeyRefused) this.denials.recordAuthentication(error.keyPrefix, error.reason);
      if (error instanceof AppError) throw requestError(error, 401);
      throw error;
    }
    if (!key) {
      if (this.options.anonymousAccess === 'none')
        throw requestError(new AppError(ErrorCode.UNAUTHENTICATED, 'This API needs an API key: send "Authorization: Bearer cdp_…".'), 401);
      return ANONYMOUS_ACTOR;
    }
    void this.apiKeys.touch(key, this.db).catch(() => undefined);
    this.keys.set(headers, key);
    return actorOf(key);
  }
}
