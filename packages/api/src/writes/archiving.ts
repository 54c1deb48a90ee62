import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import type { PlanRecord } from '../db/base.entity';
import { fromGlobalId } from '../common/global-id';
import type { RecordVersionInput } from '../graphql/mutation';
import type { ChangeSet } from './change-set';
import type { MutationResult, MutationRunner } from './mutation-runner';

/** A record type's archive and restore mutations, as a service exposes them. */
export interface Archiving<T> {
  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<T>>;
  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<T>>;
}

export interface ArchivingRules<T> {
  /**
   * A rule a restore must pass beyond "it is archived": called with the record, once its version
   * is checked; it throws (a validation error) to refuse.
   */
  beforeRestore?: (changes: ChangeSet, record: T) => void | Promise<void>;
}

/**
 * Archive and restore for one record type, each one mutation through the runner: the input's
 * global ID (of type `cls`, argument input.id) and expectedVersion; ChangeSet.archive / restore
 * check the version, refuse archiving an archived record (or restoring a live one) and write the
 * ARCHIVE / RESTORE audit entry. `mutations` names the two mutations (checked against the rules).
 */
export function archiving<M extends string, T extends PlanRecord>(
  runner: MutationRunner<M>,
  cls: ClassType<T>,
  mutations: { archive: M; restore: M },
  rules: ArchivingRules<T> = {},
): Archiving<T> {
  const idOf = (input: RecordVersionInput) => fromGlobalId(input.id, 'input.id', cls.name).id;
  return {
    archive: (ctx, input) => runner.run(ctx, mutations.archive, input, (changes) => changes.archive(cls, idOf(input), input.expectedVersion)),
    restore: (ctx, input) =>
      runner.run(ctx, mutations.restore, input, async (changes) => {
        const { beforeRestore } = rules;
        if (beforeRestore) {
          const record = await changes.get(cls, idOf(input), 'input.id');
          changes.checkVersion(record, input.expectedVersion);
          await beforeRestore(changes, record);
        }
        return changes.restore(cls, idOf(input), input.expectedVersion);
      }),
  };
}
