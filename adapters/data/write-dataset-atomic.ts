// Writes a data file so that readers (the running bot, a crash) only ever see the old file or the new one:
// write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Test seam: runs after the temp file is written and synced, before the rename (throw to simulate a crash). */
  beforeRename?: (tempFile: string) => void | Promise<void>;
}

export async function writeFileAtomic(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const folder = dirname(file);
  await mkdir(folder, { recursive: true });
  // Same folder, so the rename never crosses file systems; a dot name so watchers and globs skip it.
  const tempFile = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = await stat(file).then((stats) => stats.mode & 0o777, () => 0o644);
  try {
    const handle = await open(tempFile, 'wx', mode);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(tempFile);
    await rename(tempFile, file);
  } catch (error) {
    await unlink(tempFile).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** JSON as the dataset files are written: two-space indent, final newline. */
export async function writeJsonAtomic(file: string, value: unknown, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, options);
}

/** Makes the rename itself durable; some platforms cannot open a folder, which only loses that guarantee. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // fsync on a directory is not supported everywhere (e.g. Windows); the rename has happened regardless.
  } finally {
    await handle.close();
  }
}
