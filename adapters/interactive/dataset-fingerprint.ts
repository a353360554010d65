// A short fingerprint of the dataset an engine answers from, computed once per engine: a button made from
// one dataset is recognised as stale after the file changes (the engine is swapped), yet stays valid across
// a restart on the same data.
import { createHash } from 'node:crypto';
import type { Engine } from '../../src/index.js';

// Keyed by the events list, which wrappers of one engine (metrics, per platform) share.
const known = new WeakMap<readonly object[], string>();

export function datasetFingerprint(engine: Engine): string {
  let fingerprint = known.get(engine.events);
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    for (const event of engine.events) hash.update(JSON.stringify(event)).update('\n');
    fingerprint = hash.digest('base64url').slice(0, 12);
    known.set(engine.events, fingerprint);
  }
  return fingerprint;
}
