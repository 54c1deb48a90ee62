import type { DataSource } from 'typeorm';
import { byId, linksOf } from '../../loaders';
import { ActionAgency, Agency, AgencyAlias, ObjectiveAgency } from './agency.entity';

/** The agency feature's per-request loaders. */
export const agencyLoaders = (ds: DataSource) => ({
  agency: byId(ds, Agency),
  objectiveLinksByObjective: linksOf(ds, ObjectiveAgency, 'objectiveId', { position: 'ASC', id: 'ASC' }),
  actionLinksByAction: linksOf(ds, ActionAgency, 'actionId', { id: 'ASC' }),
  objectiveLinksByAgency: linksOf(ds, ObjectiveAgency, 'agencyId', { objectiveId: 'ASC' }),
  actionLinksByAgency: linksOf(ds, ActionAgency, 'agencyId', { actionId: 'ASC' }),
  aliasesByAgency: linksOf(ds, AgencyAlias, 'agencyId', { alias: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof agencyLoaders> {}
}
