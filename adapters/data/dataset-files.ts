// The files around a dataset that ingest and sync share, and the dataset with its sidecar (events.json +
// events.ingest.json) as one unit on disk. A write first puts
// both new files beside the old ones, then records them in a small commit file (the commit point), then
// renames them into place; a writer killed after the commit point is completed by the next writer
// (`readDatasetFiles` rolls it forward), one killed before it leaves both old files. Writers hold the
// dataset lock (dataset-lock.ts). Readers that only load the dataset (the bot) never see a torn file.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DatasetError } from '../../src/index.js';
import { syncFolder, writeFileAtomic } from './write-dataset-atomic.js';

/** Where ingest and sync keep what they last wrote, next to the dataset: data/events.json -> data/events.ingest.json. */
export function memoryFileFor(eventsFile: string): string {
  return `${eventsFile.replace(/\.json$/i, '')}.ingest.json`;
}

export interface DatasetFiles {
  /** Parsed dataset JSON; undefined when the file does not exist or holds only blank space. */
  events: unknown;
  /** Parsed sidecar JSON; undefined when there is none. */
  memory: unknown;
}

/** What a writer puts on disk; `memory` undefined leaves the sidecar as it is. */
export interface DatasetContents {
  events: unknown;
  memory?: unknown;
}

/** What a file looked like when it was read: compared before writing, so a change by hand is never overwritten. */
export interface FileSnapshot {
  file: string;
  exists: boolean;
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

export interface WriteHooks {
  /** Test seam: after the new files are written, before the check against the snapshots and the commit point. */
  beforeCommit?: () => void | Promise<void>;
  /** Test seam: after the first of the two renames (a writer killed here is rolled forward). */
  betweenRenames?: () => void | Promise<void>;
}

export interface WriteOptions {
  /** Refuse (DatasetChangedError) if any of these files changed since they were read: checked at the last moment. */
  unchangedSince?: readonly FileSnapshot[];
  hooks?: WriteHooks;
}

/** A file was changed (by hand, or by a writer that ignores the lock) after it was read: nothing was written. */
export class DatasetChangedError extends Error {
  override name = 'DatasetChangedError';
  constructor(
    readonly files: string[],
    more = '',
  ) {
    super(
      `${files.join(' and ')} changed while this run was merging into ${files.length > 1 ? 'them' : 'it'}; nothing was written${more}`,
    );
  }
}

interface CommitRecord {
  version: 1;
  /** Temp file -> target file, in the order they are renamed. */
  renames: Array<{ from: string; to: string }>;
}

function commitFileFor(eventsFile: string): string {
  return join(dirname(eventsFile), `.${basename(eventsFile)}.commit.json`);
}

/**
 * Reads the dataset and its sidecar, after completing a write a killed writer left behind and removing its
 * temp files. Call it holding the dataset lock. Also returns snapshots for `assertUnchanged`.
 */
export async function readDatasetFiles(eventsFile: string): Promise<DatasetFiles & { snapshots: FileSnapshot[] }> {
  await recoverInterruptedWrite(eventsFile);
  const [events, memory] = await Promise.all([readSnapshot(eventsFile), readSnapshot(memoryFileFor(eventsFile))]);
  return { events: events.value, memory: memory.value, snapshots: [events.snapshot, memory.snapshot] };
}

/** The files whose snapshot no longer matches what is on disk (empty: nothing changed since they were read). */
export async function changedSince(snapshots: readonly FileSnapshot[]): Promise<string[]> {
  const changed: string[] = [];
  for (const before of snapshots) {
    const now = await snapshotOf(before.file);
    const sameStat =
      now.exists === before.exists &&
      now.size === before.size &&
      now.mtimeMs === before.mtimeMs &&
      now.ino === before.ino;
    if (sameStat) continue;
    if (now.exists !== before.exists || (await readSnapshot(before.file)).snapshot.sha256 !== before.sha256)
      changed.push(before.file);
  }
  return changed;
}

/** Writes the dataset and (when given) its sidecar as one unit; call it holding the dataset lock. */
export async function writeDatasetWithSidecar(
  eventsFile: string,
  contents: DatasetContents,
  options: WriteOptions = {},
): Promise<void> {
  const hooks = options.hooks ?? {};
  const folder = dirname(eventsFile);
  await mkdir(folder, { recursive: true });
  const targets: Array<{ to: string; text: string }> = [];
  // The sidecar goes first: a dataset ahead of its sidecar reads as hand edits, a sidecar ahead as deletions.
  if (contents.memory !== undefined) targets.push({ to: memoryFileFor(eventsFile), text: jsonText(contents.memory) });
  targets.push({ to: eventsFile, text: jsonText(contents.events) });
  const renames: CommitRecord['renames'] = [];
  try {
    for (const target of targets) renames.push({ from: await writeTemp(target.to, target.text), to: target.to });
    await hooks.beforeCommit?.();
    const changed = await changedSince(options.unchangedSince ?? []);
    if (changed.length > 0) throw new DatasetChangedError(changed);
  } catch (error) {
    await Promise.all(renames.map(({ from }) => unlink(from).catch(() => undefined)));
    throw error;
  }
  const commitFile = commitFileFor(eventsFile);
  const record: CommitRecord = {
    version: 1,
    renames: renames.map(({ from, to }) => ({ from: basename(from), to: basename(to) })),
  };
  await writeFileAtomic(commitFile, `${JSON.stringify(record)}\n`);
  await applyCommit(folder, record, hooks);
  await unlink(commitFile);
  await syncFolder(folder);
}

async function applyCommit(folder: string, record: CommitRecord, hooks: WriteHooks = {}): Promise<void> {
  for (const [index, { from, to }] of record.renames.entries()) {
    if (index > 0) await hooks.betweenRenames?.();
    await rename(join(folder, from), join(folder, to)).catch((error: NodeJS.ErrnoException) => {
      // Already renamed by the run that was interrupted: nothing left to do for this file.
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await syncFolder(folder);
}

async function recoverInterruptedWrite(eventsFile: string): Promise<void> {
  const folder = dirname(eventsFile);
  const commitFile = commitFileFor(eventsFile);
  const text = await readFile(commitFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text !== null) {
    let record: CommitRecord;
    try {
      record = JSON.parse(text) as CommitRecord;
    } catch (error) {
      throw new DatasetError([
        {
          file: commitFile,
          message: `cannot complete an interrupted write: the commit record is not valid JSON (${(error as Error).message}); compare the files by hand, then delete it`,
        },
      ]);
    }
    await applyCommit(folder, record);
    await unlink(commitFile);
    await syncFolder(folder);
  }
  // Temp files of writers killed before their commit point: nobody else writes here while we hold the lock.
  const prefixes = [`.${basename(eventsFile)}.`, `.${basename(memoryFileFor(eventsFile))}.`];
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.endsWith('.tmp') && prefixes.some((prefix) => name.startsWith(prefix)))
      .map((name) => unlink(join(folder, name)).catch(() => undefined)),
  );
}

async function writeTemp(target: string, text: string): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = await stat(target).then(
    (stats) => stats.mode & 0o777,
    () => 0o644,
  );
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

async function snapshotOf(file: string): Promise<Omit<FileSnapshot, 'sha256'>> {
  const stats = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return stats
    ? { file, exists: true, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }
    : { file, exists: false, size: 0, mtimeMs: 0, ino: 0 };
}

async function readSnapshot(file: string): Promise<{ value: unknown; snapshot: FileSnapshot }> {
  const before = await snapshotOf(file);
  const text = before.exists
    ? await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw new DatasetError([{ file, message: `cannot read the file (${error.message})` }]);
      })
    : '';
  const snapshot = { ...before, sha256: createHash('sha256').update(text).digest('hex') };
  if (text.trim() === '') return { value: undefined, snapshot };
  try {
    return { value: JSON.parse(text) as unknown, snapshot };
  } catch (error) {
    throw new DatasetError([{ file, message: `expected valid JSON, got a syntax error: ${(error as Error).message}` }]);
  }
}

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
