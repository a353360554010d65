// The real vocabulary files (data/people.json, places.json, organisations.json, event-kinds.json), read
// through the same loader the bot uses: the generator draws places and organisers from them, and the
// engine gets them as they are.
import { VocabularySchema, type Vocabulary } from '../src/index.js';
import { DEFAULT_DATA_DIR, readVocabulary as readVocabularyFiles } from '../adapters/data/load-dataset.js';

export type VocabularyKey = 'people' | 'places' | 'organisations' | 'kinds';

/** The files' JSON as parsed, untouched (what the engine is given). */
export function readRawVocabulary(dataDir = DEFAULT_DATA_DIR): Record<VocabularyKey, unknown> {
  return readVocabularyFiles(dataDir).vocabulary;
}

/** The same, validated and typed (defaults filled in), for the generator. */
export function readVocabulary(dataDir = DEFAULT_DATA_DIR): Vocabulary {
  return VocabularySchema.parse(readRawVocabulary(dataDir));
}
