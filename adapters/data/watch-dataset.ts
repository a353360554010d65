// Keeps the running bot's engine current: watches the dataset files, and after a change settles re-reads
// and validates them; a valid dataset replaces the engine, an invalid one is logged and the last good
// engine keeps answering. Folders are watched, not files, so atomic renames are seen.
import { watch as watchFs } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Engine } from '../../src/index.js';
import type { Logger } from '../log.js';

export interface DatasetHolder {
  /** The engine answering right now (call it per request; it may have been swapped since). */
  engine(): Engine;
  /** Re-reads now; true when the new dataset was taken, false when it was rejected. */
  reload(): boolean;
  /** Stops watching. */
  close(): void;
}

/** The part of fs.watch used here, injectable so tests can fire changes. */
export type WatchFolder = (folder: string, onChange: (filename: string | null) => void, onError: (error: Error) => void) => { close(): void };

export interface DatasetHolderOptions {
  /** Files whose change triggers a reload: the events file, and the vocabulary files if wanted. */
  files?: readonly string[];
  /** Quiet time after the last change before reloading: editors and copies write in several steps. */
  debounceMs?: number;
  watch?: WatchFolder;
}

const DEFAULT_DEBOUNCE_MS = 300;

const watchFolder: WatchFolder = (folder, onChange, onError) => {
  const watcher = watchFs(folder, { persistent: false }, (_event, filename) => onChange(filename === null ? null : String(filename)));
  watcher.on('error', onError);
  return watcher;
};

/** `load` reads and validates the files (e.g. loadEngine) and throws when they are invalid; the first load must succeed. */
export function createDatasetHolder(load: () => Engine, log: Logger, options: DatasetHolderOptions = {}): DatasetHolder {
  let current = load();
  let loadedAt = new Date();
  let timer: NodeJS.Timeout | undefined;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;

  const reload = (): boolean => {
    try {
      const next = load();
      const before = current.events.length;
      current = next;
      loadedAt = new Date();
      log.info(`dataset reloaded: ${next.events.length} events (was ${before})`);
      return true;
    } catch (error) {
      log.error(`dataset reload rejected: still answering from the dataset loaded at ${loadedAt.toISOString()} (${current.events.length} events). Fix the file and save it again`, error);
      return false;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
    timer.unref?.();
  };

  const files = (options.files ?? []).map((file) => resolve(file));
  const watchers = [...new Set(files.map((file) => dirname(file)))].map((folder) => {
    const names = new Set(files.filter((file) => dirname(file) === folder).map((file) => basename(file)));
    return (options.watch ?? watchFolder)(
      folder,
      // Some platforms give no file name: any change in the folder may be ours.
      (filename) => {
        if (filename === null || names.has(filename)) schedule();
      },
      (error) => log.error(`stopped watching ${folder} for dataset changes; restart the bot to pick up new data`, error),
    );
  });
  if (files.length > 0) log.info(`watching ${files.join(', ')} for changes`);

  return {
    engine: () => current,
    reload,
    close: () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
