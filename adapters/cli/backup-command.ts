// `iisg backup FILE [--db PATH] [--force]`: a consistent copy of the bot's SQLite state while it runs
// (SQLite's online backup, through better-sqlite3's db.backup()). Written beside FILE first and renamed
// once checked, so FILE is never a half-written copy.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadDigestConfig } from '../digest/digest-config.js';
import { readCliEnv } from './cli-env.js';
import type { CliCommand } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { parseFlags } from './cli-options.js';

const USAGE = 'usage: iisg backup FILE [--db PATH] [--force]   (PATH defaults to IISG_DB_PATH, then state/iisg.db)';

export const runBackup: CliCommand = async (args, io) => {
  const { values, positionals } = parseFlags(
    args,
    { db: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [target, ...rest] = positionals;
  if (!target) throw new UsageError(`expected the file to write the backup to\n${USAGE}`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"\n${USAGE}`);
  const source = values.db ?? loadDigestConfig(readCliEnv()).dbPath;
  if (!existsSync(source))
    throw new Error(
      `no database at ${source} (set IISG_DB_PATH or --db); the bot creates it when a chat platform first starts`,
    );
  if (resolve(source) === resolve(target))
    throw new UsageError(`the backup must go to another file than the database itself (${source})`);
  if (existsSync(target) && !values.force)
    throw new UsageError(`${target} exists; choose another name or add --force to replace it`);

  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(partial);
    const copy = new Database(partial, { readonly: true });
    let summary: string;
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok')
        throw new Error(`the copy failed its integrity check (${String(integrity)}); ${source} may be damaged`);
      const version = Number(copy.pragma('user_version', { simple: true }));
      const subscriptions =
        version > 0 ? (copy.prepare('SELECT count(*) AS n FROM subscriptions').get() as { n: number }).n : 0;
      summary = `${progress.totalPages} pages, schema version ${version}, ${subscriptions} subscription(s), integrity ok`;
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    io.stdout.write(`backed up ${source} to ${target} (${summary})\n`);
    return 0;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
};
