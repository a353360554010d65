// Reads the dataset files from disk and builds the engine. The one place that knows the file names; a
// missing or malformed file becomes a DatasetError naming it, never a stack trace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, DatasetError, type Engine } from '../../src/index.js';

const VOCABULARY_FILES = { people: 'people.json', places: 'places.json', organisations: 'organisations.json', kinds: 'event-kinds.json', synonyms: 'synonyms.json' } as const;
const OPTIONAL_FILES: ReadonlySet<string> = new Set(['synonyms']);

/** The package's data/ folder, wherever the code runs from (sources under vitest, dist/ after the build). */
export const DEFAULT_DATA_DIR = findPackageDataDir(dirname(fileURLToPath(import.meta.url)));

function findPackageDataDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return join(dir, 'data');
    if (dirname(dir) === dir) return resolve('data');
  }
}

export interface DatasetLocation {
  /** The events file (default data/events.json). */
  eventsFile?: string;
  /** The folder holding the vocabulary files (default data/); its languages/ folder holds the language files. */
  vocabularyDir?: string;
  /** Try only these languages besides English (IISG_LANGUAGES); all when absent. */
  languages?: readonly string[];
}

export function defaultEventsFile(): string {
  return join(DEFAULT_DATA_DIR, 'events.json');
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new DatasetError([{ file, message: `cannot read the file (${reason})` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError([{ file, message: `expected valid JSON, got a syntax error: ${(error as Error).message}` }]);
  }
}

/** The vocabulary files' parsed JSON (validated later, by the core) and their paths, for messages. */
export function readVocabulary(vocabularyDir: string = DEFAULT_DATA_DIR): { vocabulary: Record<keyof typeof VOCABULARY_FILES, unknown>; paths: Record<keyof typeof VOCABULARY_FILES, string> } {
  const paths = Object.fromEntries(Object.entries(VOCABULARY_FILES).map(([key, name]) => [key, join(vocabularyDir, name)])) as Record<keyof typeof VOCABULARY_FILES, string>;
  // A vocabulary folder without synonyms.json searches words as written; every other file is required.
  const read = (key: string, path: string) => (OPTIONAL_FILES.has(key) && !existsSync(path) ? undefined : readJsonFile(path));
  const vocabulary = Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, read(key, path)])) as Record<keyof typeof VOCABULARY_FILES, unknown>;
  return { vocabulary, paths };
}

/** The language files (data/languages/*.json, in name order) as parsed JSON, validated later by the core. */
export function readLanguages(vocabularyDir: string = DEFAULT_DATA_DIR): { languages: unknown[]; paths: string[] } {
  const dir = join(vocabularyDir, 'languages');
  const paths = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name)) : [];
  return { languages: paths.map(readJsonFile), paths };
}

/** What IISG_LANGUAGES may name: "en", each language file's code and its locales. */
export function languageChoices(vocabularyDir: string = DEFAULT_DATA_DIR): string[] {
  const choices = ['en'];
  for (const json of readLanguages(vocabularyDir).languages) {
    const { code, locales } = (typeof json === 'object' && json !== null ? json : {}) as { code?: unknown; locales?: unknown };
    if (typeof code === 'string') choices.push(code);
    if (Array.isArray(locales)) choices.push(...locales.filter((locale): locale is string => typeof locale === 'string'));
  }
  return [...new Set(choices)];
}

/** The reply catalogues (data/replies/<code>.json) by language code, as parsed JSON; none when the folder is missing. */
export function readReplies(vocabularyDir: string = DEFAULT_DATA_DIR): { replies: Record<string, unknown>; paths: Record<string, string> } {
  const dir = join(vocabularyDir, 'replies');
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];
  const paths = Object.fromEntries(names.map((name) => [name.replace(/\.json$/, ''), join(dir, name)]));
  return { replies: Object.fromEntries(Object.entries(paths).map(([code, path]) => [code, readJsonFile(path)])), paths };
}

export function loadEngine(location: DatasetLocation = {}): Engine {
  const eventsFile = location.eventsFile ?? defaultEventsFile();
  const { vocabulary, paths } = readVocabulary(location.vocabularyDir);
  const languages = readLanguages(location.vocabularyDir);
  const { replies, paths: replyPaths } = readReplies(location.vocabularyDir);
  return createEngine({
    events: readJsonFile(eventsFile),
    vocabulary,
    languages: languages.languages,
    onlyLanguages: location.languages,
    replies,
    sources: { events: eventsFile, vocabulary: paths, languages: languages.paths, replies: replyPaths },
  });
}
