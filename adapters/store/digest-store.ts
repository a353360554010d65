// The store the digest scheduler and the subscription commands share: one SQLite file, two tables' worth
// of operations. Opening it creates, migrates and test-writes the file; `checkFile` notices the file being
// deleted or replaced under the running bot (writes would then go to a file nobody will ever open again).
import type { OpenDatabaseOptions, SqliteDatabase } from './open-database.js';
import { checkDatabaseFile, fileIdentityOf, openDatabase } from './open-database.js';
import type { SubscriptionStore } from './subscription-store.js';
import { createSubscriptionStore } from './subscription-store.js';
import type { DeliveryStore } from './delivery-store.js';
import { createDeliveryStore } from './delivery-store.js';

export interface DigestStore {
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  /** Null while the database file on disk is still the one opened; otherwise what happened to it. */
  checkFile(): string | null;
  close(): void;
}

export function createDigestStore(db: SqliteDatabase, path = ':memory:'): DigestStore {
  const opened = fileIdentityOf(path);
  return {
    subscriptions: createSubscriptionStore(db),
    deliveries: createDeliveryStore(db),
    checkFile: () => checkDatabaseFile(path, opened),
    close: () => db.close(),
  };
}

export function openDigestStore(path: string, options?: OpenDatabaseOptions): DigestStore {
  return createDigestStore(openDatabase(path, options), path);
}
