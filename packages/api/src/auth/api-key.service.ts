import { IsNull } from 'typeorm';
import type { RequestContext } from '../context';
import type { Database } from '../db/database';
import { AppError, badInput, CommonErrorReason, ErrorCode } from '../common/errors';
import { fromGlobalId } from '../common/global-id';
import { resolveAgency } from '../modules/agency/agency.names';
import { AuditOperation } from '../modules/audit/audit.entity';
import { DenialReason } from '../writes/denial-log';
import { AuthErrorReason } from './auth.errors';
import type { ChangeSet } from '../writes/change-set';
import type { MutationRunner } from '../writes/mutation-runner';
import type { DataAccess } from '../writes/data-access';
import { Pillar } from '../modules/pillar/pillar.entity';
import { ApiKey } from './api-key.entity';
import type { MutationNameOf } from '../core/rules';
import type { API_KEY_MUTATIONS } from './api-key.rules';
import { generateKey, keyMatches, parseKey } from './api-key-secret';
import { Role } from './roles';

export interface CreateKeyRequest {
  name: string;
  role: Role;
  principal?: string | null;
  /** Agency ID, name or alias: required for agency_editor. */
  agency?: string | null;
  /** Pillar ID or number (1-3, of the current delivery plan): required for pillar_lead. */
  pillar?: string | null;
  expiresAt?: Date | null;
  idempotencyKey?: string | null;
}

export interface CreatedKey {
  apiKey: ApiKey;
  /** The key itself: shown once, never stored. */
  secret: string;
}

/**
 * UNAUTHENTICATED for the key a request presented, with what the denial log keeps: why, and the
 * key's prefix when the key is one of ours (never for a key we do not know: random keys must not
 * add rows to the log).
 */
export class KeyRefused extends AppError {
  constructor(
    message: string,
    readonly reason: DenialReason,
    readonly keyPrefix: string | null,
  ) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** Live keys one principal may hold at once: two, so that a key can be rotated without downtime. */
export const MAX_LIVE_KEYS_PER_PRINCIPAL = 2;

/** Fields of a key that the audit log records (never the hash). */
function auditFields(key: ApiKey) {
  return ['name', 'principal', 'role', 'agencyId', 'pillarId', 'prefix', 'expiresAt', 'revokedAt'].map((field) => {
    const value = key[field as keyof ApiKey];
    return { field, before: null, after: value instanceof Date ? value.toISOString() : (value ?? null) };
  });
}

export class ApiKeyService {
  /** When each key's lastUsedAt was last written, to write it at most once a minute. */
  private readonly lastUseWritten = new Map<number, number>();

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof API_KEY_MUTATIONS>>,
  ) {}

  /**
   * The key an Authorization header presents, or null when there is none. A header that is there
   * but is not a live key of ours is UNAUTHENTICATED: a bad key is never treated as anonymous.
   */
  async authenticate(header: string | undefined): Promise<ApiKey | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const presented = match?.[1] ?? '';
    const prefix = parseKey(presented);
    const key = prefix ? await this.data.repository(undefined, ApiKey).findOne({ where: { prefix } }) : null;
    if (!key || !keyMatches(presented, key.secretHash)) {
      throw new KeyRefused(
        'The API key is not valid. Send "Authorization: Bearer cdp_…" with a key from `pnpm cli keys create`.',
        DenialReason.KEY_UNKNOWN,
        key ? key.prefix : null,
      );
    }
    const now = new Date();
    if (key.revokedAt) throw new KeyRefused('This API key has been revoked.', DenialReason.KEY_REVOKED, key.prefix);
    if (key.expiresAt && key.expiresAt <= now) throw new KeyRefused('This API key has expired.', DenialReason.KEY_EXPIRED, key.prefix);
    return key;
  }

  /** Records that a key was used, at most once a minute per key (a write per read would cost more than it tells). */
  async touch(key: ApiKey, db: Database): Promise<void> {
    const now = Date.now();
    if (now - (this.lastUseWritten.get(key.id) ?? 0) < 60_000) return;
    this.lastUseWritten.set(key.id, now);
    await db.writeTransaction((manager) => manager.update(ApiKey, { id: key.id }, { lastUsedAt: new Date(now) }), { bumpRevision: false });
  }

  list(ctx: RequestContext, includeRevoked = false): Promise<ApiKey[]> {
    return this.data.repository(ctx, ApiKey).find({ where: includeRevoked ? {} : { revokedAt: IsNull() }, order: { id: 'ASC' } });
  }

  async create(ctx: RequestContext, request: CreateKeyRequest): Promise<CreatedKey> {
    let secret = '';
    const result = await this.runner.run(ctx, 'createApiKey', request, async (changes) => {
      const agencyId = await changes.problems.collect(() => this.agencyScope(changes, request));
      const pillarId = await changes.problems.collect(() => this.pillarScope(changes, request));
      const created = await this.insertKey(ctx, changes, request, { agencyId, pillarId });
      secret = created.secret;
      return created.apiKey;
    });
    if (result.replayed)
      throw new AppError(
        ErrorCode.CONFLICT,
        'This key was already created with this idempotencyKey; its secret is shown only once. Create a new key instead.',
        { reason: AuthErrorReason.SECRET_SHOWN_ONCE, argument: 'input.idempotencyKey' },
      );
    return { apiKey: result.record, secret };
  }

  async revoke(ctx: RequestContext, input: { id: string; idempotencyKey?: string | null }): Promise<ApiKey> {
    const result = await this.runner.run(ctx, 'revokeApiKey', input, async (changes) => {
      const key = await this.getForWrite(changes, input.id);
      if (key.revokedAt) return key;
      key.revokedAt = changes.meta.at;
      await changes.manager.update(ApiKey, { id: key.id }, { revokedAt: key.revokedAt });
      await changes.log('ApiKey', key.id, AuditOperation.UPDATE, [{ field: 'revokedAt', before: null, after: key.revokedAt.toISOString() }], null);
      return key;
    });
    return result.record;
  }

  /** A new key for the same principal, role and scope; the old one stays live until revoked. */
  async rotate(ctx: RequestContext, input: { id: string; expiresAt?: Date | null; idempotencyKey?: string | null }): Promise<CreatedKey> {
    let secret = '';
    const result = await this.runner.run(ctx, 'rotateApiKey', input, async (changes) => {
      const old = await this.getForWrite(changes, input.id);
      if (!old.isLive(changes.meta.at))
        throw badInput('input.id', 'is a revoked or expired key: create a new key instead.', 'liveKey', AuthErrorReason.KEY_NOT_LIVE);
      const created = await this.insertKey(
        ctx,
        changes,
        {
          name: old.name,
          principal: old.principal,
          role: old.role,
          agency: null,
          pillar: null,
          expiresAt: input.expiresAt ?? null,
        },
        { agencyId: old.agencyId, pillarId: old.pillarId },
      );
      secret = created.secret;
      return created.apiKey;
    });
    if (result.replayed)
      throw new AppError(ErrorCode.CONFLICT, 'This key was already rotated with this idempotencyKey; the new secret is shown only once.', {
        argument: 'input.idempotencyKey',
        reason: AuthErrorReason.SECRET_SHOWN_ONCE,
      });
    return { apiKey: result.record, secret };
  }

  private async getForWrite(changes: ChangeSet, id: string): Promise<ApiKey> {
    const key = await changes.manager.findOne(ApiKey, { where: { id: fromGlobalId(id, 'input.id', 'ApiKey').id } });
    if (!key)
      throw new AppError(ErrorCode.NOT_FOUND, `No API key found for argument "input.id": ${JSON.stringify(id)}.`, {
        argument: 'input.id',
        reason: CommonErrorReason.RECORD_NOT_FOUND,
      });
    return key;
  }

  private async insertKey(
    ctx: RequestContext,
    changes: ChangeSet,
    request: CreateKeyRequest,
    scope: { agencyId: number | null; pillarId: number | null },
  ): Promise<CreatedKey> {
    const { problems } = changes;
    const name = typeof request.name === 'string' ? request.name.trim() : '';
    if (!name) problems.add('input.name', 'notBlank', 'Argument "input.name" must not be blank.');
    const principal = (request.principal ?? name).trim();
    const { agencyId, pillarId } = scope;
    if (request.expiresAt && request.expiresAt <= changes.meta.at)
      problems.add('input.expiresAt', 'inFuture', 'Argument "input.expiresAt" must be in the future.');
    problems.throwIfAny();
    const now = changes.meta.at;
    const live = (await changes.manager.find(ApiKey, { where: { principal, revokedAt: IsNull() } })).filter((k) => k.isLive(now));
    if (live.length >= MAX_LIVE_KEYS_PER_PRINCIPAL) {
      throw new AppError(ErrorCode.CONFLICT, `Principal ${JSON.stringify(principal)} already has ${live.length} live keys; revoke one first.`, {
        argument: 'input.principal',
        reason: AuthErrorReason.TOO_MANY_LIVE_KEYS,
      });
    }
    const generated = generateKey();
    const inserted = await changes.manager.insert(ApiKey, {
      name,
      principal,
      role: request.role,
      agencyId,
      pillarId,
      prefix: generated.prefix,
      secretHash: generated.hash,
      expiresAt: request.expiresAt ?? null,
      createdBy: ctx.actor.name,
    });
    const apiKey = await changes.manager.findOneOrFail(ApiKey, { where: { id: inserted.identifiers[0].id as number } });
    await changes.log('ApiKey', apiKey.id, AuditOperation.CREATE, auditFields(apiKey), null);
    return { apiKey, secret: generated.key };
  }

  /** The agency an agency_editor key acts for. */
  private async agencyScope(changes: ChangeSet, request: CreateKeyRequest): Promise<number | null> {
    if (request.role !== Role.AGENCY_EDITOR) {
      if (request.agency) throw badInput('input.agency', `applies only to the ${Role.AGENCY_EDITOR} role.`, 'notApplicable');
      return null;
    }
    if (!request.agency) throw badInput('input.agency', `is required for the ${Role.AGENCY_EDITOR} role.`, 'required');
    return (await resolveAgency(this.data, changes, request.agency, 'input.agency')).id;
  }

  private async pillarScope(changes: ChangeSet, request: CreateKeyRequest): Promise<number | null> {
    if (request.role !== Role.PILLAR_LEAD) {
      if (request.pillar) throw badInput('input.pillar', `applies only to the ${Role.PILLAR_LEAD} role.`, 'notApplicable');
      return null;
    }
    if (!request.pillar) throw badInput('input.pillar', `is required for the ${Role.PILLAR_LEAD} role.`, 'required');
    if (/^[1-9]$/.test(request.pillar)) {
      const pillars = await changes.manager
        .getRepository(Pillar)
        .createQueryBuilder('pi')
        .innerJoin('plan', 'p', 'p.id = pi.planId')
        .where('pi.number = :n AND p.kind = :kind', { n: Number(request.pillar), kind: 'DELIVERY_PLAN' })
        .orderBy('p.periodStart', 'DESC')
        .getMany();
      if (!pillars.length) throw badInput('input.pillar', `names no pillar: ${request.pillar}.`, 'exists');
      return pillars[0].id;
    }
    const pillar = await changes.manager.findOne(Pillar, { where: { id: fromGlobalId(request.pillar, 'input.pillar', 'Pillar').id } });
    if (!pillar) throw badInput('input.pillar', 'names no pillar.', 'exists');
    return pillar.id;
  }
}
