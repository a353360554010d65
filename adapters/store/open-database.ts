// Opens (and on first start creates) the bot's SQLite file: WAL journal, foreign keys, a busy timeout,
// then brings the schema up to date and proves the file can be written. A file that cannot be opened,
// migrated or written is one DatabaseUnusableError saying what to do, at start, not a half-started bot.
// The file lives under state/ by default, which git ignores.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

export type SqliteDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /**
   * FULL (default) makes every commit durable across a power cut, which the claim protocol relies on: a
   * lost "sent" mark would post a digest twice. NORMAL is still safe against a crashed process.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a statement waits for another connection's write lock before SQLITE_BUSY (default 500 ms). */
  busyTimeoutMs?: number;
}

/** Short on purpose: better-sqlite3 waits synchronously, and callers retry a busy write on a timer instead. */
export const BUSY_TIMEOUT_MS = 500;

export class DatabaseUnusableError extends Error {
  override name = 'DatabaseUnusableError';
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  let db: SqliteDatabase | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    const version = migrate(db);
    // A read-only file (permissions, a read-only mount, a full disk) opens and reads fine: write once to know.
    db.transaction(() => db!.pragma(`user_version = ${version}`)).immediate();
    return db;
  } catch (error) {
    db?.close();
    throw new DatabaseUnusableError(`the digest database ${path} cannot be used: ${describeFailure(error)}`, {
      cause: error,
    });
  }
}

/** Device and inode of the file at `path` (null for an in-memory database or a missing file). */
export interface DatabaseFileIdentity {
  dev: number;
  ino: number;
}

export function fileIdentityOf(path: string): DatabaseFileIdentity | null {
  if (path === ':memory:') return null;
  try {
    const stats = statSync(path);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return null;
  }
}

/** Null while `path` is still the file that was opened; otherwise what happened to it. */
export function checkDatabaseFile(path: string, opened: DatabaseFileIdentity | null): string | null {
  if (!opened) return null;
  const now = fileIdentityOf(path);
  if (!now) return `the digest database ${path} was deleted while the bot was running`;
  if (now.dev !== opened.dev || now.ino !== opened.ino)
    return `the digest database ${path} was replaced by another file while the bot was running`;
  return null;
}

function describeFailure(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `it is not a SQLite database or it is damaged (${code}: ${message}); restore it from a backup, or move it away to start with no subscriptions`;
    case 'SQLITE_READONLY':
      return `it is read-only (${message}); check the permissions of the file and its folder, and that the disk is writable`;
    case 'SQLITE_CANTOPEN':
      return `it cannot be opened (${message}); check that the path is a file in a folder the bot can write`;
    case 'SQLITE_FULL':
      return `the disk is full (${message})`;
    case 'SQLITE_BUSY':
      return `another process holds it locked (${message}); run one bot per database`;
    default:
      return message ?? String(error);
  }
}
