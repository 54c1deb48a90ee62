import { normalise } from './normalise';
import type { SeedAgency } from './seed-file';

/**
 * Looks canonical agencies up by any of their names (name, short name, aliases), normalised.
 * Building it fails if one key would name two agencies.
 */
export class AgencyIndex {
  private readonly byKey = new Map<string, SeedAgency>();

  constructor(agencies: SeedAgency[], problems: string[]) {
    const names = new Set<string>();
    for (const agency of agencies) {
      if (names.has(agency.name)) problems.push(`agency "${agency.name}" is listed twice`);
      names.add(agency.name);
      const keys = new Set([agency.name, agency.shortName, ...agency.aliases].filter((n): n is string => !!n).map(normalise));
      for (const key of keys) {
        const other = this.byKey.get(key);
        if (other && other !== agency) problems.push(`"${key}" names both "${other.name}" and "${agency.name}"`);
        else this.byKey.set(key, agency);
      }
    }
  }

  /** The canonical agency an as-written string means, or undefined. */
  find(asWritten: string): SeedAgency | undefined {
    return this.byKey.get(normalise(asWritten));
  }
}
