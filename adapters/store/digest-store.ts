// The store the digest scheduler and the subscription commands share: one SQLite file, two tables' worth
// of operations. Opening it creates and migrates the file.
import type { OpenDatabaseOptions, SqliteDatabase } from './open-database.js';
import { openDatabase } from './open-database.js';
import type { SubscriptionStore } from './subscription-store.js';
import { createSubscriptionStore } from './subscription-store.js';
import type { DeliveryStore } from './delivery-store.js';
import { createDeliveryStore } from './delivery-store.js';

export interface DigestStore {
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  close(): void;
}

export function createDigestStore(db: SqliteDatabase): DigestStore {
  return {
    subscriptions: createSubscriptionStore(db),
    deliveries: createDeliveryStore(db),
    close: () => db.close(),
  };
}

export function openDigestStore(path: string, options?: OpenDatabaseOptions): DigestStore {
  return createDigestStore(openDatabase(path, options));
}
