// A bounded in-memory map with expiry (lru-cache): conversations and answer keys live here, never on disk.
// The least recently used entry goes first when full; an entry unused for `ttlMs` is gone, whatever the size.
import { LRUCache } from 'lru-cache';

export interface BoundedStore<V extends object> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
}

export interface BoundedStoreOptions {
  max: number;
  ttlMs: number;
  /** The clock expiry is measured on, in ms above 0 (tests pass their own; default performance.now). */
  now?: () => number;
}

/** One day: a conversation or a button older than that is answered afresh. */
export const DAY_MS = 24 * 60 * 60 * 1000;

export function createBoundedStore<V extends object>(options: BoundedStoreOptions): BoundedStore<V> {
  const cache = new LRUCache<string, V>({
    max: options.max,
    ttl: options.ttlMs,
    // Reading an entry keeps it: a conversation in use does not expire in the middle.
    updateAgeOnGet: true,
    // A clock of one's own is read every time (no 1 ms cache of "now"); lru-cache takes a start of 0 as
    // "no expiry", so such a clock must start above 0.
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  return {
    get: (key) => cache.get(key),
    set: (key, value) => void cache.set(key, value),
    delete: (key) => void cache.delete(key),
    get size() {
      return cache.size;
    },
  };
}
