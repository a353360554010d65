// Short keys for answers whose state does not fit in a button: Discord's custom_id holds 100 characters,
// so its buttons carry a key into this store (in memory, bounded, a day's expiry). An expired or unknown
// key is answered with a short private note, never an error.
import { randomBytes } from 'node:crypto';
import type { AnswerRef } from './answer-ref.js';
import type { BoundedStore, BoundedStoreOptions } from './bounded-store.js';
import { createBoundedStore, DAY_MS } from './bounded-store.js';

export interface AnswerKeys {
  /** Stores `ref` and returns its key (10 characters, [A-Za-z0-9_-]). */
  keep(ref: AnswerRef): string;
  find(key: string): AnswerRef | undefined;
}

export const ANSWER_KEY_LIMITS = { max: 20_000, ttlMs: DAY_MS } as const;

export function createAnswerKeys(options: Partial<BoundedStoreOptions> = {}): AnswerKeys {
  const store: BoundedStore<AnswerRef> = createBoundedStore<AnswerRef>({ ...ANSWER_KEY_LIMITS, ...options });
  return {
    keep(ref) {
      const key = randomBytes(8).toString('base64url').slice(0, 10);
      store.set(key, ref);
      return key;
    },
    find: (key) => store.get(key),
  };
}
