import type { EntityManager } from 'typeorm';
import type { ScopeParent } from '../core/rules';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Action } from '../modules/action/action.entity';
import { NationalOutcome, OutcomeMeasure } from '../modules/outcome/outcome.entity';
import { ActionAgency, ObjectiveAgency } from '../modules/agency/agency.entity';

/**
 * Where a record sits in the plan, for the policy's scope checks: the pillar it is under (pillar
 * leads) and the agencies responsible for it (agency editors). The plan tree's own types are
 * looked up here in one statement each; a type a feature adds below them declares its parent
 * (ScopeParent), and is looked up through it.
 */
export class PlanScope {
  constructor(private readonly parents: Readonly<Record<string, ScopeParent>> = {}) {}

  /** The pillar a record sits under; null when it has none or does not exist. */
  async pillarOf(manager: EntityManager, type: string, id: number): Promise<number | null> {
    const parent = await this.parentOf(manager, type, id);
    if (parent) return parent.id === null ? null : this.pillarOf(manager, parent.type, parent.id);
    const qb = (() => {
      switch (type) {
        case 'Pillar':
          return manager.getRepository(Pillar).createQueryBuilder('pi').select('pi.id', 'pillarId').where('pi.id = :id');
        case 'Priority':
          return manager.getRepository(Priority).createQueryBuilder('pr').select('pr.pillarId', 'pillarId').where('pr.id = :id');
        case 'Objective':
          return manager
            .getRepository(Objective)
            .createQueryBuilder('o')
            .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
            .select('pr.pillarId', 'pillarId')
            .where('o.id = :id');
        case 'Action':
          return manager
            .getRepository(Action)
            .createQueryBuilder('a')
            .innerJoin(Objective, 'o', 'o.id = a.objectiveId')
            .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
            .select('pr.pillarId', 'pillarId')
            .where('a.id = :id');
        case 'NationalOutcome':
          return manager.getRepository(NationalOutcome).createQueryBuilder('no').select('no.pillarId', 'pillarId').where('no.id = :id');
        case 'OutcomeMeasure':
          return manager
            .getRepository(OutcomeMeasure)
            .createQueryBuilder('m')
            .innerJoin(NationalOutcome, 'no', 'no.id = m.outcomeId')
            .select('no.pillarId', 'pillarId')
            .where('m.id = :id');
        default:
          return null;
      }
    })();
    if (!qb) return null;
    const row = await qb.setParameter('id', id).getRawOne<{ pillarId: number | null }>();
    return row?.pillarId ?? null;
  }

  /**
   * A pillar and the pillars it was carried from (rollOverPlan), itself first: a pillar lead's key
   * for a pillar also covers its successors in later plans.
   */
  async pillarLineage(manager: EntityManager, pillarId: number): Promise<number[]> {
    const lineage = [pillarId];
    for (let at: number | null = pillarId; lineage.length < 100;) {
      const row: { carriedFromId: number | null } | undefined = await manager
        .getRepository(Pillar)
        .createQueryBuilder('pi')
        .select('pi.carriedFromId', 'carriedFromId')
        .where('pi.id = :id', { id: at })
        .getRawOne();
      at = row?.carriedFromId ?? null;
      if (at === null) break;
      lineage.push(Number(at));
    }
    return lineage;
  }

  /** The agencies responsible for an objective or action (through its objective, or its own links). */
  async agenciesOf(manager: EntityManager, type: string, id: number): Promise<number[]> {
    const parent = await this.parentOf(manager, type, id);
    if (parent) return parent.id === null ? [] : this.agenciesOf(manager, parent.type, parent.id);
    let rows: Array<{ agencyId: number }> = [];
    if (type === 'Objective') {
      rows = await manager
        .getRepository(ObjectiveAgency)
        .createQueryBuilder('oa')
        .select('oa.agencyId', 'agencyId')
        .where('oa.objectiveId = :id', { id })
        .getRawMany();
    }
    if (type === 'Action') {
      const [viaObjective, own] = await Promise.all([
        manager
          .getRepository(Action)
          .createQueryBuilder('a')
          .innerJoin(ObjectiveAgency, 'oa', 'oa.objectiveId = a.objectiveId')
          .select('oa.agencyId', 'agencyId')
          .where('a.id = :id', { id })
          .getRawMany<{ agencyId: number }>(),
        manager
          .getRepository(ActionAgency)
          .createQueryBuilder('aa')
          .select('aa.agencyId', 'agencyId')
          .where('aa.actionId = :id', { id })
          .getRawMany<{ agencyId: number }>(),
      ]);
      rows = [...viaObjective, ...own];
    }
    return [...new Set(rows.map((r) => Number(r.agencyId)))];
  }

  /** For a type declared with a parent: the parent's type and id (null id: it has none); else null. */
  private async parentOf(manager: EntityManager, type: string, id: number): Promise<{ type: string; id: number | null } | null> {
    const parent = this.parents[type];
    if (!parent) return null;
    const row = await manager
      .getRepository(parent.entity)
      .createQueryBuilder('child')
      .select(`child.${parent.column}`, 'parentId')
      .where('child.id = :id', { id })
      .getRawOne<{ parentId: number | null }>();
    return { type: parent.type, id: row?.parentId ?? null };
  }
}
