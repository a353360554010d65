// Free-text search over the posts' words ("drug trafficking", "encrypted platforms"). An inverted index
// (MiniSearch) rather than a scan: it stays fast at 100k events, and tells which query words occur at
// all, so a word nobody wrote never empties an answer. All its settings live here.
import MiniSearch from 'minisearch';
import type { EventRecord } from '../dataset/event-schema.js';
import { foldWords } from '../text/fold.js';
import { FILLER_WORDS } from '../query/filler-words.js';

export interface TextHit {
  position: number;
  score: number;
  /** Query words this event matched. */
  words: string[];
}

export interface TextSearchResult {
  hits: TextHit[];
  /** Query words found in no event at all. */
  unknown: string[];
}

export interface FullTextIndex {
  search(words: readonly string[]): TextSearchResult;
  /** Does this exact word (or its plural stem) occur in any post? */
  hasWord(word: string): boolean;
}

interface Doc {
  position: number;
  title: string;
  summary: string;
  topics: string;
  names: string;
}

export function buildFullTextIndex(events: readonly EventRecord[]): FullTextIndex {
  const vocabulary = new Set<string>();
  const index = new MiniSearch<Doc>({
    idField: 'position',
    fields: ['title', 'summary', 'topics', 'names'],
    tokenize: (text) => foldWords(text).split(' '),
    processTerm: (term) => {
      if (term.length < 2 || FILLER_WORDS.has(term)) return null;
      const stemmed = stem(term);
      vocabulary.add(stemmed);
      return stemmed;
    },
    searchOptions: {
      processTerm: (term) => (term.length < 2 || FILLER_WORDS.has(term) ? null : stem(term)),
      boost: { title: 3, topics: 3, names: 2 },
      fuzzy: (term) => (term.length >= 8 ? 0.2 : term.length >= 5 ? 1 : false),
      prefix: (term) => term.length >= 4,
      combineWith: 'OR',
    },
  });
  index.addAll(
    events.map((event, position) => ({
      position,
      title: event.title,
      summary: event.summary,
      topics: event.topics.join(' '),
      names: [...event.organisers, ...event.people].join(' '),
    })),
  );

  return {
    hasWord: (word) => vocabulary.has(stem(foldWords(word))),
    search(words) {
      const pairs = words.map((word) => ({ word, term: stem(foldWords(word)) })).filter(({ term }) => term.length >= 2 && !FILLER_WORDS.has(term));
      if (pairs.length === 0) return { hits: [], unknown: [] };
      const results = index.search(pairs.map(({ term }) => term).join(' '));
      const found = new Set(results.flatMap((result) => result.queryTerms));
      return {
        hits: results.map((result) => ({ position: result.id as number, score: result.score, words: result.queryTerms })),
        unknown: pairs.filter(({ term }) => !found.has(term)).map(({ word }) => word),
      };
    },
  };
}

/** A light English plural stem, so "platform" finds "platforms" and "strategies" finds "strategy". */
function stem(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss') && !term.endsWith('us')) return term.slice(0, -1);
  return term;
}
