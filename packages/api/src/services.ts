import type { Database } from './db/database';
import { MutationRunner } from './writes/mutation-runner';
import { AuditService } from './modules/audit/audit.service';
import { DenialLog } from './writes/denial-log';
import { ApiKeyService } from './auth/api-key.service';
import { ProgressService } from './modules/progress/progress.service';
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
export function createServices(db: Database) {
  const ds = db.read;
  const denials = new DenialLog(db);
  const runner = new MutationRunner(db, denials);
  const agency = new AgencyService(ds, runner);
  return {
    plan: new PlanService(ds),
    pillar: new PillarService(ds),
    priority: new PriorityService(ds, runner),
    objective: new ObjectiveService(ds, agency, runner),
    action: new ActionService(ds, agency, runner),
    agency,
    outcome: new OutcomeService(ds, runner),
    reprocurement: new ReprocurementService(ds, runner),
    helpService: new HelpServiceService(ds, runner),
    progress: new ProgressService(ds, runner),
    audit: new AuditService(ds),
    denials,
    apiKey: new ApiKeyService(ds, runner),
  };
}

export type Services = ReturnType<typeof createServices>;
