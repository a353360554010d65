// Shared inputs for the ingest tests: the real vocabulary files, a vocabulary that has never heard of the
// seed's people (to exercise recognition of new names), and news text built from posts.
import { readFileSync } from 'node:fs';
import { VocabularySchema } from '../../src/index.js';
import type { Vocabulary } from '../../src/index.js';
import { createIngestLexicon, type IngestLexicon } from '../../src/ingest/ingest-lexicon.js';

const root = new URL('../../', import.meta.url);
export const readDataJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`data/${name}`, root), 'utf8'));

// A copy of shared/seed/news.txt, so the tests need nothing outside the repository.
export const SEED_NEWS_FILE = new URL('tests/fixtures/news.txt', root).pathname;

export function rawVocabulary(): { people: unknown; places: unknown; organisations: unknown; kinds: unknown } {
  return { people: readDataJson('people.json'), places: readDataJson('places.json'), organisations: readDataJson('organisations.json'), kinds: readDataJson('event-kinds.json') };
}

export function realVocabulary(): Vocabulary {
  return VocabularySchema.parse(rawVocabulary());
}

/** The real vocabulary with only Agron Sojati among the people. */
export function lexiconKnowingOnlySojati(): IngestLexicon {
  const vocabulary = realVocabulary();
  return createIngestLexicon({ ...vocabulary, people: vocabulary.people.filter((person) => person.name === 'Agron Sojati') });
}

export function realLexicon(): IngestLexicon {
  return createIngestLexicon(realVocabulary());
}

/** News text in the secretariat's format. */
export function newsOf(...posts: [title: string, body: string][]): string {
  return posts.map(([title, body]) => `${title}\n\n${body}\n`).join('\n');
}
