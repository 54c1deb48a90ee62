import { Initial1795421090881 } from './sqlite/1795421090881-Initial';
import { EditingAndHistory1795421458636 } from './sqlite/1795421458636-EditingAndHistory';
import { ApiKeys1795421906005 } from './sqlite/1795421906005-ApiKeys';
import { DataRevision1795423510175 } from './sqlite/1795423510175-DataRevision';
import { BoundedDenials1796183549431 } from './sqlite/1796183549431-BoundedDenials';
import { Risks1796197228872 } from './sqlite/1796197228872-Risks';
import { PostgresInitial1796218655421 } from './postgres/1796218655421-PostgresInitial';
import { PlansAcrossYears1796222927727 as SqlitePlansAcrossYears } from './sqlite/1796222927727-PlansAcrossYears';
import { PlansAcrossYears1796222927727 as PostgresPlansAcrossYears } from './postgres/1796222927727-PlansAcrossYears';
import { ProgressByAgency1796225557678 as SqliteProgressByAgency } from './sqlite/1796225557678-ProgressByAgency';
import { ProgressByAgency1796225557678 as PostgresProgressByAgency } from './postgres/1796225557678-ProgressByAgency';
import { ProgressCorrections1796229392364 as SqliteProgressCorrections } from './sqlite/1796229392364-ProgressCorrections';
import { ProgressCorrections1796229392364 as PostgresProgressCorrections } from './postgres/1796229392364-ProgressCorrections';
import { ReportingRounds1796233281748 as SqliteReportingRounds } from './sqlite/1796233281748-ReportingRounds';
import { ReportingRounds1796233281748 as PostgresReportingRounds } from './postgres/1796233281748-ReportingRounds';

/** SQLite migrations, oldest first. Add each new one here (see cli/generate-migration.ts). */
export const SQLITE_MIGRATIONS: Function[] = [
  Initial1795421090881,
  EditingAndHistory1795421458636,
  ApiKeys1795421906005,
  DataRevision1795423510175,
  BoundedDenials1796183549431,
  Risks1796197228872,
  SqlitePlansAcrossYears,
  SqliteProgressByAgency,
  SqliteProgressCorrections,
  SqliteReportingRounds,
];

/**
 * PostgreSQL migrations, oldest first: generated from the same entities (cli/generate-migration.ts
 * --engine postgres). PostgreSQL started at the schema SQLite had reached, so its history begins
 * with one migration; a change to the entities from now on gets a migration for each engine.
 */
export const POSTGRES_MIGRATIONS: Function[] = [
  PostgresInitial1796218655421,
  PostgresPlansAcrossYears,
  PostgresProgressByAgency,
  PostgresProgressCorrections,
  PostgresReportingRounds,
];
