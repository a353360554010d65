// Free-text search over the posts' words ("drug trafficking", "encrypted platforms"): a compact inverted
// index (term -> typed arrays of event positions and weights) scored with BM25. Built in seconds and a few
// hundred MB at 100k events, where MiniSearch took 22 s and 2 GB. Typos and prefixes are tried only for a
// word no post contains as typed, so real words never drift ("work" stays "work", not "workshop").
import { editDistance, typoAllowance } from '../text/edit-distance.js';
import { foldWords } from '../text/fold.js';
import { FILLER_WORDS } from '../query/filler-words.js';
import type { FoldedEvent } from './folded-event.js';

export interface TextHit {
  position: number;
  score: number;
  /** Query words this event matched (as typed, folded). */
  words: string[];
}

export interface TextSearchResult {
  hits: TextHit[];
  /** Query words found in no event at all, not even as a typo or a prefix. */
  unknown: string[];
}

export interface FullTextIndex {
  search(words: readonly string[]): TextSearchResult;
  /** Does this word (or its stem) occur in any post as written? */
  hasWord(word: string): boolean;
}

/** Field weights: a word in the title or topics says more about an event than one in passing. */
const FIELD_WEIGHTS: readonly [keyof FoldedEvent, number][] = [
  ['title', 3],
  ['topics', 3],
  ['names', 2],
  ['summary', 1],
];
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** A typo or prefix reading counts for less than the word as typed. */
const EXPANSION_WEIGHT = 0.5;
const MIN_PREFIX = 4;

interface Postings {
  positions: Int32Array;
  weights: Float32Array;
}

export function buildFullTextIndex(folded: readonly FoldedEvent[]): FullTextIndex {
  // Terms get small integer ids as they are met, so the inner loop indexes arrays instead of hashing strings
  // twice per word: the difference between seconds and a second at 100k events.
  const idOfWord = new Map<string, number>();
  const termNames: string[] = [];
  const termIdOf = new Map<string, number>();
  const positionsById: number[][] = [];
  const weightsById: number[][] = [];
  const weightInDoc: number[] = [];
  const touchedInDoc: number[] = [];
  const lengths = new Float32Array(folded.length);

  const idOf = (word: string): number => {
    let id = idOfWord.get(word);
    if (id !== undefined) return id;
    const term = termOf(word);
    if (term === null) id = -1;
    else {
      id = termIdOf.get(term);
      if (id === undefined) {
        id = termNames.length;
        termIdOf.set(term, id);
        termNames.push(term);
        positionsById.push([]);
        weightsById.push([]);
        weightInDoc.push(0);
      }
    }
    idOfWord.set(word, id);
    return id;
  };

  folded.forEach((event, position) => {
    let length = 0;
    for (const [field, weight] of FIELD_WEIGHTS) {
      for (const word of event[field].split(' ')) {
        const id = idOf(word);
        if (id < 0) continue;
        if (weightInDoc[id] === 0) touchedInDoc.push(id);
        weightInDoc[id] = weightInDoc[id]! + weight;
        length += weight;
      }
    }
    lengths[position] = length;
    for (const id of touchedInDoc) {
      positionsById[id]!.push(position);
      weightsById[id]!.push(weightInDoc[id]!);
      weightInDoc[id] = 0;
    }
    touchedInDoc.length = 0;
  });
  const postings = new Map<string, Postings>();
  termNames.forEach((term, id) => postings.set(term, { positions: Int32Array.from(positionsById[id]!), weights: Float32Array.from(weightsById[id]!) }));
  const terms = [...postings.keys()].sort();
  let total = 0;
  for (const length of lengths) total += length;
  const averageLength = total / Math.max(1, folded.length);

  /** Terms a word no post contains may stand for: its typos, or longer words it starts. */
  const expansionsOf = (term: string): string[] => {
    const found: string[] = [];
    if (term.length >= MIN_PREFIX) {
      for (let i = lowerBound(terms, term); i < terms.length && terms[i]!.startsWith(term); i++) found.push(terms[i]!);
    }
    const allowance = typoAllowance(term.length);
    if (allowance > 0) {
      for (let i = lowerBound(terms, term.charAt(0)); i < terms.length && terms[i]!.charAt(0) === term.charAt(0); i++) {
        const candidate = terms[i]!;
        if (Math.abs(candidate.length - term.length) <= allowance && !found.includes(candidate) && editDistance(term, candidate, allowance) <= allowance) found.push(candidate);
      }
    }
    return found;
  };

  return {
    hasWord: (word) => postings.has(termOf(foldWords(word)) ?? ''),
    search(words) {
      const query = words.map((word) => ({ word, term: termOf(foldWords(word)) })).filter((entry): entry is { word: string; term: string } => entry.term !== null).slice(0, 31);
      if (query.length === 0) return { hits: [], unknown: [] };
      const scores = new Float64Array(folded.length);
      const matched = new Uint32Array(folded.length);
      const touched: number[] = [];
      const unknown: string[] = [];
      query.forEach(({ word, term }, bit) => {
        const exact = postings.get(term);
        const readings = exact ? [{ list: exact, weight: 1 }] : expansionsOf(term).map((t) => ({ list: postings.get(t)!, weight: EXPANSION_WEIGHT }));
        if (readings.length === 0) unknown.push(word);
        for (const { list, weight } of readings) {
          const idf = Math.log(1 + (folded.length - list.positions.length + 0.5) / (list.positions.length + 0.5));
          for (let i = 0; i < list.positions.length; i++) {
            const position = list.positions[i]!;
            const tf = list.weights[i]!;
            const norm = tf + BM25_K1 * (1 - BM25_B + (BM25_B * lengths[position]!) / averageLength);
            if (matched[position] === 0) touched.push(position);
            matched[position] = matched[position]! | (1 << bit);
            scores[position] = scores[position]! + (weight * idf * tf * (BM25_K1 + 1)) / norm;
          }
        }
      });
      const hits = touched.map((position) => ({
        position,
        score: scores[position]!,
        words: query.filter((_, bit) => (matched[position]! & (1 << bit)) !== 0).map(({ word }) => word),
      }));
      return { hits, unknown };
    },
  };
}

/** The indexed form of a word: folded, no filler, a light English stem; null for what is not indexed. */
function termOf(word: string): string | null {
  if (word.length < 2 || FILLER_WORDS.has(word)) return null;
  return stem(word);
}

/** "platforms" finds "platform", "strategies" "strategy", "organised" "organized". */
function stem(term: string): string {
  let result = term;
  if (result.length > 4 && result.endsWith('ies')) result = `${result.slice(0, -3)}y`;
  else if (result.length > 3 && result.endsWith('s') && !result.endsWith('ss') && !result.endsWith('us') && !result.endsWith('is')) result = result.slice(0, -1);
  return result.replace(/is(e|ed|ing|ation|er)$/, 'iz$1');
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
