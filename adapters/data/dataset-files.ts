// The files around a dataset that ingest and sync share: the sidecar next to it, and reading a dataset that
// may not exist yet.
import { readFile } from 'node:fs/promises';
import { readJsonFile } from './load-dataset.js';

/** Where ingest and sync keep what they last wrote, next to the dataset: data/events.json -> data/events.ingest.json. */
export function memoryFileFor(eventsFile: string): string {
  return `${eventsFile.replace(/\.json$/i, '')}.ingest.json`;
}

/** Parsed JSON, or undefined when the file does not exist or holds only whitespace (a new, empty dataset). */
export async function readOptionalJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text.trim() === '' ? undefined : readJsonFile(file);
}
