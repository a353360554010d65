import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../adapters/store/open-database.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../adapters/store/migrations.js';
import { useTempDir } from './temp-dir.js';

describe('openDatabase', () => {
  const tempDir = useTempDir();

  it('creates the file and its folders on first start, in WAL mode, at the latest schema version', () => {
    const path = join(tempDir(), 'state', 'nested', 'iisg.db');
    const db = openDatabase(path);
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['announced_events', 'deliveries', 'subscriptions']);
    db.close();
  });

  it('keeps data across restarts and does not re-run migrations', () => {
    const path = join(tempDir(), 'iisg.db');
    const first = openDatabase(path);
    first.prepare("INSERT INTO subscriptions (platform, channel_id, cadence, day, time, time_zone, first_period_from, created_at, updated_at) VALUES ('slack', 'C1', 'weekly', 1, '09:00', 'UTC', '2024-01-01', 'x', 'x')").run();
    first.close();
    const second = openDatabase(path);
    expect(second.prepare('SELECT channel_id FROM subscriptions').pluck().all()).toEqual(['C1']);
    second.close();
  });

  it('migrates an older file forward without losing rows', () => {
    const path = join(tempDir(), 'iisg.db');
    openDatabase(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO subscriptions (platform, channel_id, cadence, day, time, time_zone, first_period_from, created_at, updated_at) VALUES ('discord', 'D1', 'monthly', 1, '08:00', 'UTC', '2024-01-01', 'x', 'x')").run();
    const next = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, description: 'test: a new column', sql: 'ALTER TABLE subscriptions ADD COLUMN note TEXT' }];
    expect(migrate(db, next)).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare('SELECT channel_id, note FROM subscriptions').all()).toEqual([{ channel_id: 'D1', note: null }]);
    expect(migrate(db, next)).toBe(SCHEMA_VERSION + 1);
    db.close();
  });

  it('refuses a file written by a newer release, naming both versions', () => {
    const path = join(tempDir(), 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(`database schema is version ${SCHEMA_VERSION + 5}, newer than this release understands (${SCHEMA_VERSION})`);
  });

  it('rolls a failing migration back entirely', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, description: 'broken', sql: 'CREATE TABLE half (x); THIS IS NOT SQL' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});
