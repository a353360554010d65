// The digest database: readable, intact (quick_check), at a schema this version knows. Opened read-only
// and never migrated, so doctor is safe to run beside the bot. A file not made yet is fine if its folder
// can be created or written.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadDigestConfig } from '../digest/digest-config.js';
import { MIGRATIONS } from '../store/migrations.js';
import { discordConfigured, slackConfigured } from './chat-settings.js';
import type { CheckResult, DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf, skip, warn } from './doctor-check.js';

export const checkDatabase: DoctorCheck = {
  name: 'database',
  async run({ env }) {
    if (!slackConfigured(env) && !discordConfigured(env))
      return skip('no chat platform, so no digests and no database');
    let path: string;
    try {
      path = loadDigestConfig(env).dbPath;
    } catch (error) {
      return fail(reasonOf(error));
    }
    if (!existsSync(path)) return creatable(path);
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 2000');
      const integrity = db.pragma('quick_check', { simple: true });
      if (integrity !== 'ok')
        return fail(`${path}: damaged (quick_check: ${String(integrity)}); restore a backup (iisg backup)`);
      const version = Number(db.pragma('user_version', { simple: true }));
      const latest = MIGRATIONS.at(-1)?.version ?? 0;
      if (version > latest)
        return fail(
          `${path}: schema version ${version} is newer than this bot knows (${latest}); run the newer version or restore a backup`,
        );
      if (version === 0) return warn(`${path}: exists but has no schema yet; it is created at the next start`);
      const row = db.prepare('SELECT count(*) AS total, count(paused_at) AS paused FROM subscriptions').get() as {
        total: number;
        paused: number;
      };
      const pending =
        version < latest ? `; will be migrated from schema ${version} to ${latest} at the next start` : '';
      return ok(`${path}: ${row.total} subscription(s), ${row.paused} paused${pending}`);
    } catch (error) {
      return fail(`${path}: ${reasonOf(error)}`);
    } finally {
      db?.close();
    }
  },
};

function creatable(path: string): CheckResult {
  let folder = dirname(resolve(path));
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  try {
    accessSync(folder, constants.W_OK);
    return ok(`${path}: not created yet; the bot creates it at start (${folder} is writable)`);
  } catch {
    return fail(`${path}: cannot be created: ${folder} is not writable by this user`);
  }
}
