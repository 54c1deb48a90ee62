import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PlanResolver } from './modules/plan/plan.resolver';
import { PillarResolver } from './modules/pillar/pillar.resolver';
import { PriorityResolver } from './modules/priority/priority.resolver';
import { ObjectiveResolver } from './modules/objective/objective.resolver';
import { ActionResolver } from './modules/action/action.resolver';
import { AgencyResolver } from './modules/agency/agency.resolver';
import { NationalOutcomeResolver, OutcomeMeasureResolver } from './modules/outcome/outcome.resolver';
import { ReprocurementResolver } from './modules/reprocurement/reprocurement.resolver';
import { HelpServiceResolver } from './modules/help-service/help-service.resolver';
import { PartnershipResolver } from './modules/partnership/partnership.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { ProgressResolver } from './modules/progress/progress.resolver';
import { ApiKeyResolver } from './auth/api-key.resolver';
import { authChecker } from './auth/auth-checker';
import { validateArgs } from './graphql/validate-args';
import { Partnership } from './modules/partnership/partnership.entity';
import { MeasureValue } from './modules/outcome/outcome.entity';

export const RESOLVERS = [
  NodeResolver,
  PlanResolver,
  PillarResolver,
  PriorityResolver,
  ObjectiveResolver,
  ActionResolver,
  AgencyResolver,
  NationalOutcomeResolver,
  OutcomeMeasureResolver,
  ReprocurementResolver,
  HelpServiceResolver,
  PartnershipResolver,
  AuditResolver,
  ProgressResolver,
  ApiKeyResolver,
] as const;

/**
 * Builds the executable schema. Validation is on (type-graphql 2 defaults it off): every argument
 * class is checked with class-validator before a resolver runs, forbidding unknown values; mutation
 * inputs are checked by MutationRunner, together with the services' rules (graphql/validate-args.ts).
 */
export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [Partnership, MeasureValue],
    // Our own check (graphql/validate-args.ts): one error shape for every invalid argument.
    validateFn: validateArgs,
    emitSchemaFile: false,
    authChecker,
    authMode: 'error',
  });
}
