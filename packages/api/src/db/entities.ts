import { Partnership } from '../modules/partnership/partnership.entity';
import { Plan } from '../modules/plan/plan.entity';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Action } from '../modules/action/action.entity';
import { ActionAgency, Agency, AgencyAlias, ObjectiveAgency } from '../modules/agency/agency.entity';
import { MeasureValue, NationalOutcome, OutcomeMeasure } from '../modules/outcome/outcome.entity';
import { Reprocurement } from '../modules/reprocurement/reprocurement.entity';
import { HelpService } from '../modules/help-service/help-service.entity';
import { SeedRun } from './seed/seed-run.entity';
import { AuditEntry } from '../modules/audit/audit.entity';
import { IdempotencyRecord } from '../writes/idempotency.entity';
import { ProgressUpdate } from '../modules/progress/progress.entity';
import { ApiKey } from '../auth/api-key.entity';
import { DataRevision } from './revision.entity';
import { DenialCount } from '../writes/denial-count.entity';

/** Every TypeORM entity, in one list for the data source and the migration generator. */
export const ENTITIES = [
  Partnership,
  Plan,
  Pillar,
  Priority,
  Objective,
  Action,
  Agency,
  AgencyAlias,
  ObjectiveAgency,
  ActionAgency,
  NationalOutcome,
  OutcomeMeasure,
  MeasureValue,
  Reprocurement,
  HelpService,
  SeedRun,
  AuditEntry,
  IdempotencyRecord,
  ProgressUpdate,
  ApiKey,
  DataRevision,
  DenialCount,
];
