// Keeps the running bot's engine current: watches the dataset files, and after a change settles re-reads
// and validates them; a valid dataset replaces the engine, an invalid one is logged and the last good
// engine keeps answering. The path is what is watched, not a folder once resolved: a short poll re-resolves
// it (symlinks, a data folder renamed or swapped for a new release) and re-arms the folder watcher, which
// only makes ordinary saves and atomic renames show up sooner.
import { realpathSync, statSync, watch as watchFs } from 'node:fs';
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
export type WatchFolder = (
  folder: string,
  onChange: (filename: string | null) => void,
  onError: (error: Error) => void,
) => { close(): void };

export interface DatasetHolderOptions {
  /** Files whose change triggers a reload: the events file, and the vocabulary files if wanted. */
  files?: readonly string[];
  /** Quiet time after the last change before reloading: editors and copies write in several steps. */
  debounceMs?: number;
  watch?: WatchFolder;
  /** How often the paths are re-resolved and their files compared (default 2 s; 0 turns it off, for tests). */
  pollMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 300;
const DEFAULT_POLL_MS = 2_000;

const watchFolder: WatchFolder = (folder, onChange, onError) => {
  const watcher = watchFs(folder, { persistent: false }, (_event, filename) =>
    onChange(filename === null ? null : String(filename)),
  );
  watcher.on('error', onError);
  return watcher;
};

interface WatchedFile {
  /** As configured (absolute): may run through symlinks that are swapped later. */
  path: string;
  /** The folder watched now and what it was when armed (a folder renamed away keeps its watcher). */
  folder: { key: string; watcher: { close(): void } } | null;
  /** What the path pointed at when last looked at (device, inode, size, mtime), null when missing. */
  seen: string | null;
}

/** `load` reads and validates the files (e.g. loadEngine) and throws when they are invalid; the first load must succeed. */
export function createDatasetHolder(
  load: () => Engine,
  log: Logger,
  options: DatasetHolderOptions = {},
): DatasetHolder {
  const watched: WatchedFile[] = [...new Set((options.files ?? []).map((file) => resolve(file)))].map((path) => ({
    path,
    folder: null,
    seen: identityOf(path),
  }));
  let current = load();
  let loadedAt = new Date();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const watch = options.watch ?? watchFolder;

  const reload = (): boolean => {
    for (const file of watched) file.seen = identityOf(file.path);
    try {
      const next = load();
      const before = current.events.length;
      current = next;
      loadedAt = new Date();
      log.info(`dataset reloaded: ${next.events.length} events (was ${before})`);
      return true;
    } catch (error) {
      log.error(
        `dataset reload rejected: still answering from the dataset loaded at ${loadedAt.toISOString()} (${current.events.length} events). Fix the file and save it again`,
        error,
      );
      return false;
    }
  };

  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
    timer.unref?.();
  };

  /** Watches the folder the path leads to now; a new folder (swapped, or a symlink changed) gets a new watcher. */
  const arm = (file: WatchedFile) => {
    const target = folderOf(file.path);
    if (target?.key === file.folder?.key) return;
    file.folder?.watcher.close();
    file.folder = null;
    if (!target) return;
    const names = new Set([basename(file.path), basename(target.file)]);
    try {
      const watcher = watch(
        target.folder,
        // Some platforms give no file name: any change in the folder may be ours.
        (filename) => {
          if (filename === null || names.has(filename)) schedule();
        },
        (error) => {
          log.warn(
            `stopped watching ${target.folder} for dataset changes; still checking ${file.path} every ${pollMs} ms`,
            { error: error.message },
          );
          if (file.folder?.key === target.key) {
            file.folder.watcher.close();
            file.folder = null;
          }
        },
      );
      file.folder = { key: target.key, watcher };
    } catch (error) {
      log.warn(`cannot watch ${target.folder} for dataset changes; checking ${file.path} every ${pollMs} ms instead`, {
        error: (error as Error).message,
      });
    }
  };

  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const poll = () => {
    for (const file of watched) {
      arm(file);
      const seen = identityOf(file.path);
      if (seen !== file.seen) {
        file.seen = seen;
        if (seen !== null) schedule();
      }
    }
  };
  watched.forEach(arm);
  const poller = watched.length > 0 && pollMs > 0 ? setInterval(poll, pollMs) : undefined;
  poller?.unref?.();
  if (watched.length > 0) log.info(`watching ${watched.map((file) => file.path).join(', ')} for changes`);

  return {
    engine: () => current,
    reload,
    close: () => {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      for (const file of watched) file.folder?.watcher.close();
    },
  };
}

function identityOf(path: string): string | null {
  try {
    const stats = statSync(path);
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The real folder holding the file the path leads to now (or its folder, when the file is missing), with its identity. */
function folderOf(path: string): { folder: string; file: string; key: string } | null {
  let file: string;
  try {
    file = realpathSync(path);
  } catch {
    try {
      file = resolve(realpathSync(dirname(path)), basename(path));
    } catch {
      return null;
    }
  }
  const folder = dirname(file);
  try {
    const stats = statSync(folder);
    return { folder, file, key: `${folder}|${stats.dev}:${stats.ino}` };
  } catch {
    return null;
  }
}
