import type { DataSource } from 'typeorm';
import { PlanService } from './modules/plan/plan.service';
import { PillarService } from './modules/pillar/pillar.service';
import { PriorityService } from './modules/priority/priority.service';
import { ObjectiveService } from './modules/objective/objective.service';
import { ActionService } from './modules/action/action.service';
import { AgencyService } from './modules/agency/agency.service';
import { OutcomeService } from './modules/outcome/outcome.service';
import { ReprocurementService } from './modules/reprocurement/reprocurement.service';
import { HelpServiceService } from './modules/help-service/help-service.service';

/** The services, created once per server; each takes the request context first. */
export function createServices(ds: DataSource) {
  const agency = new AgencyService(ds);
  return {
    plan: new PlanService(ds),
    pillar: new PillarService(ds),
    priority: new PriorityService(ds),
    objective: new ObjectiveService(ds, agency),
    action: new ActionService(ds, agency),
    agency,
    outcome: new OutcomeService(ds),
    reprocurement: new ReprocurementService(ds),
    helpService: new HelpServiceService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;
