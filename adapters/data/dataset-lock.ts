// One writer at a time per dataset: `withDatasetLock(file, fn)` holds FILE.lock (created exclusively, beside
// the dataset) while fn runs, and waits its turn when another writer holds it. The stale-lock rule: a lock is
// broken when its process is gone (same host), or when it has not been refreshed for `staleMs` (the holder
// refreshes it every staleMs / 3, so only a frozen or vanished holder goes stale; e.g. on a shared folder).
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

export interface DatasetLockOptions {
  /** How long to wait for another writer to finish before giving up (default 60 s). */
  waitMs?: number;
  /** A lock not refreshed for this long is stale (default 30 s). */
  staleMs?: number;
}

export interface DatasetLock {
  readonly lockFile: string;
  /** Throws DatasetLockError when the lock is no longer ours (it was broken as stale): call it before writing. */
  assertHeld(): Promise<void>;
}

export class DatasetLockError extends Error {
  override name = 'DatasetLockError';
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
  command: string;
}

const DEFAULT_WAIT_MS = 60_000;
const DEFAULT_STALE_MS = 30_000;
/** Breaking a stale lock takes milliseconds; a breaker mark older than this was left by a crash. */
const BREAKER_STALE_MS = 10_000;

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

export async function withDatasetLock<T>(
  file: string,
  fn: (lock: DatasetLock) => Promise<T>,
  options: DatasetLockOptions = {},
): Promise<T> {
  const lockFile = lockFileFor(file);
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 200),
  };
  // A new dataset's folder may not exist yet: the lock (and the write after it) needs it.
  await mkdir(dirname(lockFile), { recursive: true });
  await acquire(lockFile, owner, staleMs, options.waitMs ?? DEFAULT_WAIT_MS);
  const isOurs = async () => (await readOwner(lockFile))?.token === owner.token;
  const refresh = setInterval(
    () => {
      void isOurs()
        .then((ours) => (ours ? utimes(lockFile, new Date(), new Date()) : undefined))
        .catch(() => undefined);
    },
    Math.max(10, Math.floor(staleMs / 3)),
  );
  refresh.unref();
  const lock: DatasetLock = {
    lockFile,
    async assertHeld() {
      if (!(await isOurs()))
        throw new DatasetLockError(
          `lost the dataset lock ${lockFile}: another writer broke it as stale while this one worked; nothing was written, run again`,
        );
    },
  };
  try {
    return await fn(lock);
  } finally {
    clearInterval(refresh);
    if (await isOurs().catch(() => false)) await unlink(lockFile).catch(() => undefined);
  }
}

async function acquire(lockFile: string, owner: LockOwner, staleMs: number, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  let pause = 20;
  for (;;) {
    if (await tryCreate(lockFile, owner)) return;
    const held = await inspect(lockFile, staleMs);
    if (held === null) continue; // released meanwhile: try again at once
    if (held.stale) {
      await breakStaleLock(lockFile, held.identity);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = held.owner
        ? `pid ${held.owner.pid} on ${held.owner.host} since ${held.owner.since} (${held.owner.command})`
        : 'an unknown writer';
      throw new DatasetLockError(
        `another writer holds the dataset lock ${lockFile}: ${who}; waited ${Math.round(waitMs / 1000)} s. If no writer is running, delete ${lockFile}`,
      );
    }
    // Jittered so waiting writers do not retry in lockstep.
    await sleep(Math.min(pause, deadline - Date.now()) * (0.5 + Math.random()));
    pause = Math.min(pause * 2, 500);
  }
}

async function tryCreate(lockFile: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockFile, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

interface HeldLock {
  owner: LockOwner | null;
  stale: boolean;
  identity: { ino: number; mtimeMs: number };
}

async function inspect(lockFile: string, staleMs: number): Promise<HeldLock | null> {
  const stats = await stat(lockFile).catch(() => null);
  if (!stats) return null;
  // A lock being written right now reads as empty: judge it by its age alone.
  const owner = await readOwner(lockFile);
  const gone = owner !== null && owner.host === hostname() && !isRunning(owner.pid);
  const stale = gone || Date.now() - stats.mtimeMs > staleMs;
  return { owner, stale, identity: { ino: stats.ino, mtimeMs: stats.mtimeMs } };
}

/**
 * Removes the lock only if it is still the stale one that was inspected: two writers that both found it
 * stale must not remove the fresh lock one of them has just taken. A breaker mark serialises the breaking.
 */
async function breakStaleLock(lockFile: string, seen: { ino: number; mtimeMs: number }): Promise<void> {
  const breaker = `${lockFile}.break`;
  let mark;
  try {
    mark = await open(breaker, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = await stat(breaker).then(
      (stats) => Date.now() - stats.mtimeMs,
      () => 0,
    );
    if (age > BREAKER_STALE_MS) await unlink(breaker).catch(() => undefined);
    else await sleep(10);
    return;
  }
  try {
    const now = await stat(lockFile).catch(() => null);
    if (now && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs) await unlink(lockFile).catch(() => undefined);
  } finally {
    await mark.close();
    await unlink(breaker).catch(() => undefined);
  }
}

async function readOwner(lockFile: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(lockFile, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string' ? (parsed as LockOwner) : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
