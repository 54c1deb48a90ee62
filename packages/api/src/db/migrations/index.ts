import { Initial1795421090881 } from './sqlite/1795421090881-Initial';

/** SQLite migrations, oldest first. Add each new one here (see cli/generate-migration.ts). */
export const SQLITE_MIGRATIONS: Function[] = [Initial1795421090881];
