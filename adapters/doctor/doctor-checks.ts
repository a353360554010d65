// The checks `iisg doctor` runs, in order. A feature with something to check adds itself here, or calls
// registerDoctorCheck before doctor runs; a check with the name of an existing one replaces it (so the
// site sync can replace the first-look "site" check with its own).
import { checkConfig } from './check-config.js';
import { checkDatabase } from './check-database.js';
import { checkDataset } from './check-dataset.js';
import { checkDiscord } from './check-discord.js';
import { checkSite } from './check-site.js';
import { checkSlack } from './check-slack.js';
import type { DoctorCheck } from './doctor-check.js';

const checks: DoctorCheck[] = [checkConfig, checkDataset, checkDatabase, checkSlack, checkDiscord, checkSite];

export function registerDoctorCheck(check: DoctorCheck): void {
  const index = checks.findIndex((existing) => existing.name === check.name);
  if (index >= 0) checks[index] = check;
  else checks.push(check);
}

export function doctorChecks(): readonly DoctorCheck[] {
  return [...checks];
}
