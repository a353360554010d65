// The real vocabulary files (data/people.json, places.json, organisations.json, event-kinds.json), read
// once: the generator draws places and organisers from them, and the engine gets them as they are.
import { join } from 'node:path';
import { VocabularySchema, type Vocabulary } from '../src/index.js';
import { DEFAULT_DATA_DIR, readJsonFile } from '../adapters/data/load-dataset.js';

export const VOCABULARY_FILES = { people: 'people.json', places: 'places.json', organisations: 'organisations.json', kinds: 'event-kinds.json' } as const;

export type VocabularyKey = keyof typeof VOCABULARY_FILES;

/** The files' JSON as parsed, untouched (what the engine is given). */
export function readRawVocabulary(dataDir = DEFAULT_DATA_DIR): Record<VocabularyKey, unknown> {
  const read = (key: VocabularyKey) => readJsonFile(join(dataDir, VOCABULARY_FILES[key]));
  return { people: read('people'), places: read('places'), organisations: read('organisations'), kinds: read('kinds') };
}

/** The same, validated and typed (defaults filled in), for the generator. */
export function readVocabulary(dataDir = DEFAULT_DATA_DIR): Vocabulary {
  return VocabularySchema.parse(readRawVocabulary(dataDir));
}
