// Opens (and on first start creates) the bot's SQLite file: WAL journal, foreign keys, a busy timeout,
// then brings the schema up to date. The file lives under state/ by default, which git ignores.
import { mkdirSync } from 'node:fs';
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
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
