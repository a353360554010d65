// The one way to change the dataset on disk (ingest, sync, anything later): take the dataset lock, read the
// dataset and its sidecar under it, compute the change, and write both as one unit; if either file was
// changed by hand meanwhile, read again and compute again, so a hand edit is merged, never overwritten.
//
//   const { result, written } = await updateDataset('data/events.json', ({ events, memory }) => {
//     const next = merge(events ?? [], memory);          // pure: may run more than once
//     return { write: next.changed ? { events: next.events, memory: next.memory } : null, result: next.report };
//   });
import type { DatasetContents, DatasetFiles, WriteHooks } from './dataset-files.js';
import { DatasetChangedError, readDatasetFiles, writeDatasetWithSidecar } from './dataset-files.js';
import type { DatasetLockOptions } from './dataset-lock.js';
import { withDatasetLock } from './dataset-lock.js';

/** What the change function returns: the files to write (null: write nothing) and whatever the caller wants back. */
export interface DatasetChange<T> {
  write: DatasetContents | null;
  result: T;
}

export interface UpdateDatasetOptions extends DatasetLockOptions {
  /** Rounds of read-merge-write when the files keep changing under the run (default 3). */
  attempts?: number;
  hooks?: WriteHooks;
}

export async function updateDataset<T>(
  eventsFile: string,
  change: (current: DatasetFiles) => DatasetChange<T> | Promise<DatasetChange<T>>,
  options: UpdateDatasetOptions = {},
): Promise<{ result: T; written: boolean }> {
  const attempts = options.attempts ?? 3;
  return withDatasetLock(
    eventsFile,
    async (lock) => {
      for (let attempt = 1; ; attempt++) {
        const { snapshots, ...current } = await readDatasetFiles(eventsFile);
        const { write, result } = await change(current);
        if (!write) return { result, written: false };
        await lock.assertHeld();
        try {
          await writeDatasetWithSidecar(eventsFile, write, { unchangedSince: snapshots, hooks: options.hooks });
          return { result, written: true };
        } catch (error) {
          if (!(error instanceof DatasetChangedError)) throw error;
          if (attempt >= attempts)
            throw new DatasetChangedError(
              error.files,
              `; it kept changing over ${attempts} attempts: run again when nobody is editing it`,
            );
        }
      }
    },
    options,
  );
}
