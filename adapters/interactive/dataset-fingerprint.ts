// The fingerprint of the dataset an engine answers from (the core computes it once per engine): a button
// made from one dataset is recognised as stale after the file changes, yet stays valid across a restart.
import type { Engine } from '../../src/index.js';

export function datasetFingerprint(engine: Engine): string {
  return engine.fingerprint();
}
