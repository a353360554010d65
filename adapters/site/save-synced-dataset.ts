// The one place sync writes: the dataset, then its sidecar, each atomically (temp file, fsync, rename).
// When the dataset lock and the write of both files as one unit exist (adapters/data/), this is the call
// to switch to them.
import type { EventRecord, IngestMemory } from '../../src/index.js';
import { writeJsonAtomic } from '../data/write-dataset-atomic.js';

export async function saveSyncedDataset(
  files: { events: string; memory: string },
  result: { events: readonly EventRecord[]; memory: IngestMemory },
): Promise<void> {
  await writeJsonAtomic(files.events, result.events);
  await writeJsonAtomic(files.memory, result.memory);
}
