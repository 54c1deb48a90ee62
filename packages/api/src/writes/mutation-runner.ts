import { createHash } from 'node:crypto';
import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context';
import { AppError, CommonErrorReason, ErrorCode } from '../common/errors';
import { AuthErrorReason } from '../auth/auth.errors';
import type { Database } from '../db/database';
import { ChangeSet, snapshotOf } from './change-set';
import { stableJson } from '../common/stable-json';
import { IdempotencyRecord } from './idempotency.entity';
import { DenialLog, DenialReason } from './denial-log';
import { authorize } from '../auth/policy';
import type { MutationRule } from '../core/rules';
import type { PlanScope } from '../plan-tree/scope';
import { InputProblems, validateObject } from '../common/validation';
import { MutationInput } from '../graphql/mutation';

export interface MutationResult<T> {
  record: T;
  /** True when an idempotency key matched an earlier call: nothing was written this time. */
  replayed: boolean;
}

const NOT_HASHED = new Set(['idempotencyKey']);

export function hashInput(mutation: string, input: unknown): string {
  return createHash('sha256').update(mutation).update('\0').update(stableJson(input, NOT_HASHED)).digest('hex');
}

/**
 * Runs a mutation: one immediate write transaction in which `work` makes its changes through a
 * ChangeSet (each with its audit entry). The caller's permission is checked first (a refusal is
 * recorded by the denial log); then the input's class-validator rules, whose problems the service's
 * own rules add to (changes.problems), so that one BAD_USER_INPUT lists them all and nothing is
 * written while there is any. With an idempotency key, a repeat of the same mutation
 * with the same input returns the first result and writes nothing; the same key with another
 * input is a CONFLICT. The key and result are stored in the same transaction as the change.
 */
export class MutationRunner<M extends string = string> {
  constructor(
    private readonly db: Database,
    private readonly denials: DenialLog,
    /** Every mutation's rule, from the features' manifests (modules/index.ts). */
    private readonly rules: Readonly<Record<M, MutationRule>>,
    private readonly scope: PlanScope,
  ) {}

  run<T extends ObjectLiteral>(
    ctx: RequestContext,
    mutation: M,
    input: { idempotencyKey?: string | null } & object,
    work: (changes: ChangeSet) => Promise<T>,
  ): Promise<MutationResult<T>> {
    return this.checked(input).then((problems) => this.write(ctx, mutation, input, problems, work));
  }

  /** The input's class-validator problems (a GraphQL input; the CLI passes plain objects, which the services check). */
  private async checked(input: object): Promise<InputProblems> {
    return new InputProblems(input instanceof MutationInput ? await validateObject(input, 'input') : []);
  }

  private write<T extends ObjectLiteral>(
    ctx: RequestContext,
    mutation: M,
    input: { idempotencyKey?: string | null } & object,
    problems: InputProblems,
    work: (changes: ChangeSet) => Promise<T>,
  ): Promise<MutationResult<T>> {
    return this.db
      .writeTransaction(async (manager) => {
        await authorize(manager, this.scope, ctx.actor, mutation, this.rules[mutation], input);
        const key = input.idempotencyKey ? `${ctx.actor.id}:${input.idempotencyKey}` : null;
        const inputHash = hashInput(mutation, input);
        if (key) {
          const earlier = await manager.findOne(IdempotencyRecord, { where: { scopedKey: key } });
          if (earlier) {
            if (earlier.mutation !== mutation || earlier.inputHash !== inputHash) {
              throw new AppError(
                ErrorCode.CONFLICT,
                'This idempotencyKey was already used with a different mutation or input. Use a new key for a new change.',
                {
                  argument: 'input.idempotencyKey',
                  reason: CommonErrorReason.IDEMPOTENCY_KEY_REUSED,
                },
              );
            }
            const target = manager.connection.getMetadata(earlier.result.entityType).target as new () => T;
            return {
              record: manager.create(target, reviveDates(manager.connection.getMetadata(target), earlier.result.snapshot) as never) as T,
              replayed: true,
            };
          }
        }
        const changes = new ChangeSet(manager, { actor: ctx.actor, requestId: ctx.requestId, mutation, at: new Date() }, problems);
        const record = await work(changes);
        problems.throwIfAny();
        if (key) {
          const meta = manager.connection.getMetadata(record.constructor);
          await manager.insert(IdempotencyRecord, {
            scopedKey: key,
            mutation,
            inputHash,
            result: { entityType: meta.name, snapshot: snapshotOf(meta, record) } as never,
            createdAt: new Date(),
          });
        }
        return { record, replayed: false };
      })
      .catch(async (error: unknown) => {
        if (error instanceof AppError && (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.UNAUTHENTICATED)) {
          const reason =
            error.code === ErrorCode.UNAUTHENTICATED
              ? DenialReason.NO_KEY
              : error.extensions.reason === AuthErrorReason.SCOPE
                ? DenialReason.SCOPE
                : error.extensions.reason === AuthErrorReason.WORDING
                  ? DenialReason.WORDING
                  : DenialReason.ROLE;
          await this.denials.record(ctx, mutation, input, error, reason);
          throw error;
        }
        // An input with problems is answered with all of them, whatever else then went wrong.
        throw problems.answerFor(error);
      });
  }
}

function reviveDates(meta: import('typeorm').EntityMetadata, snapshot: Record<string, unknown>): Record<string, unknown> {
  const out = { ...snapshot };
  for (const column of meta.columns) {
    const value = out[column.propertyName];
    if (typeof value === 'string' && (column.type === 'datetime' || column.type === Date || column.isCreateDate || column.isUpdateDate))
      out[column.propertyName] = new Date(value);
  }
  return out;
}
