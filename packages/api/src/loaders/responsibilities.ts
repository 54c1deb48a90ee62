import type { Loaders } from './index';
import type { Agency } from '../modules/agency/agency.entity';
import { AgencyResponsibility, ResponsibilitySource } from '../graphql/responsibility';

/** Loads the agencies of many link rows through the batched agency loader, keeping order. */
async function withAgencies(
  loaders: Loaders,
  links: Array<{ agencyId: number; asWritten: string | null }>,
  source: ResponsibilitySource,
): Promise<AgencyResponsibility[]> {
  const agencies = await loaders.agency.loadMany(links.map((l) => l.agencyId));
  const out: AgencyResponsibility[] = [];
  links.forEach((link, i) => {
    const agency = agencies[i];
    if (agency && !(agency instanceof Error)) out.push({ agency: agency as Agency, asWritten: link.asWritten, source });
  });
  return out;
}

export async function objectiveResponsibilities(loaders: Loaders, objectiveId: number): Promise<AgencyResponsibility[]> {
  return withAgencies(loaders, await loaders.objectiveLinksByObjective.load(objectiveId), ResponsibilitySource.OBJECTIVE);
}

/** An action's responsibilities: those of its objective row, then any recorded on the action itself. */
export async function actionResponsibilities(loaders: Loaders, action: { id: number; objectiveId: number }): Promise<AgencyResponsibility[]> {
  const [fromObjective, own] = await Promise.all([
    objectiveResponsibilities(loaders, action.objectiveId),
    loaders.actionLinksByAction.load(action.id).then((links) => withAgencies(loaders, links, ResponsibilitySource.ACTION)),
  ]);
  return [...fromObjective, ...own];
}

/** Distinct agencies of a list of responsibilities, in order of first appearance. */
export function distinctAgencies(responsibilities: AgencyResponsibility[]): Agency[] {
  const seen = new Set<number>();
  return responsibilities.filter((r) => !seen.has(r.agency.id) && seen.add(r.agency.id)).map((r) => r.agency);
}
