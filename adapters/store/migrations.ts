// The schema's history. Each migration runs once, in order, in its own transaction; PRAGMA user_version
// records how far a file has come. Never edit a released migration: append a new one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'digest subscriptions, deliveries (claims) and announced events',
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace_id TEXT NOT NULL DEFAULT '',
        channel_id TEXT NOT NULL,
        channel_name TEXT,
        cadence TEXT NOT NULL CHECK (cadence IN ('weekly', 'monthly')),
        day INTEGER NOT NULL,
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        filter TEXT,
        quiet INTEGER NOT NULL DEFAULT 0,
        first_period_from TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        updated_at TEXT NOT NULL,
        paused_reason TEXT,
        paused_at TEXT,
        UNIQUE (platform, channel_id, cadence)
      );
      CREATE TABLE deliveries (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'posting', 'sent', 'empty', 'superseded')),
        attempts INTEGER NOT NULL DEFAULT 0,
        claim_token TEXT,
        lease_until TEXT,
        retry_at TEXT,
        event_ids TEXT NOT NULL DEFAULT '[]',
        message_id TEXT,
        first_claimed_at TEXT,
        claimed_at TEXT,
        finished_at TEXT,
        last_error TEXT,
        PRIMARY KEY (subscription_id, period_from)
      );
      CREATE TABLE announced_events (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        period_from TEXT,
        announced_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, event_id)
      );
    `,
  },
  {
    version: 2,
    description: 'who paused a subscription by hand (null: it paused itself, and its creator is told)',
    sql: `ALTER TABLE subscriptions ADD COLUMN paused_by TEXT;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);

/** Brings `db` up to the latest version; refuses a file written by a newer release rather than guess. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > latest) {
    throw new Error(`database schema is version ${current}, newer than this release understands (${latest}); upgrade iisg-bot or point IISG_DB_PATH at another file`);
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      // Another process may have migrated since we looked: re-read inside the write lock.
      if (Number(db.pragma('user_version', { simple: true })) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return Number(db.pragma('user_version', { simple: true }));
}
