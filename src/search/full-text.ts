// Free-text search over the posts' words ("drug trafficking", "encrypted platforms"): a compact inverted
// index (term -> typed arrays of event positions and weights) scored with BM25. Built in seconds and a few
// hundred MB at 100k events, where MiniSearch took 22 s and 2 GB. Neighbouring words that stand together in
// some post are matched as a phrase ("organised crime", never "organized by ... Crime"); a word also finds
// the compounds it is part of ("counter" -> "counter-terrorism") and its synonyms (data/synonyms.json).
// Typos and prefixes are tried only for a word no post contains and that is no ordinary English word, so
// real words never drift ("work" stays "work", not "workshop"; "counter" is not "counted").
import type { Synonym } from '../dataset/synonym-schema.js';
import { editDistance, typoAllowance } from '../text/edit-distance.js';
import { foldWords } from '../text/fold.js';
import { isOrdinaryWord } from '../text/ordinary-words.js';
import { FILLER_WORDS } from '../query/filler-words.js';
import { EVENT_FIELDS, type EventField, type EventWords } from './event-words.js';
import { IntList } from './int-list.js';
import { createPhraseMatcher, GAP_TOKEN, type Reading } from './phrase-match.js';
import { indexSynonyms, phrasesOf, planQuery, type QueryVocabulary } from './query-plan.js';

export interface TextSearchResult {
  /** Events matching the most query words (of those in scope), best score first, then in answer order. */
  positions: number[];
  /** Query words found in no event at all, not even as a typo or a prefix. */
  unknown: string[];
}

export interface FullTextIndex {
  /** `scope`: the only events that may be returned (null: all). */
  search(words: readonly string[], scope?: readonly number[] | null): TextSearchResult;
  /** Can free text find this word: in a post as written (or its stem), inside a compound, or by a synonym? */
  hasWord(word: string): boolean;
}

/** Field weights: a word in the title or topics says more about an event than one in passing. */
const FIELD_WEIGHTS: Record<EventField, number> = { title: 3, topics: 3, names: 2, summary: 1 };
/** The weights in storage order. */
const WEIGHTS = EVENT_FIELDS.map((field) => FIELD_WEIGHTS[field]);
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** A typo or prefix reading counts for less than the word as typed, a compound a little less. */
const EXPANSION_WEIGHT = 0.5;
const COMPOUND_WEIGHT = 0.8;
const MIN_PREFIX = 4;
/** Words a phrase may skip, as the question drops them: "preventing and countering", "trafficking of drugs". */
const GAP_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'for', 'on', 'in', 'to', 'with']);

interface Postings {
  positions: Int32Array;
  weights: Float32Array;
}

/** `synonyms` (data/synonyms.json) widen free text only. */
export function buildFullTextIndex(words: EventWords, synonyms: readonly Synonym[] = []): FullTextIndex {
  const { eventCount, ids, starts } = words;
  // Each distinct word maps once to a term id (its stem; -1 for filler), so the loop over every word of every
  // post indexes typed arrays and never touches a string.
  const termIdOf = new Map<string, number>();
  const termOfWordId = new Int32Array(words.table.size);
  for (let wordId = 0; wordId < termOfWordId.length; wordId++) {
    const term = termOf(words.table.wordOf(wordId));
    let id = -1;
    if (term !== null) {
      id = termIdOf.get(term) ?? termIdOf.size;
      termIdOf.set(term, id);
    }
    termOfWordId[wordId] = id;
  }
  const termCount = termIdOf.size;

  // Pass 1: each event's (term, weight) pairs, in event order, and how many events each term is in.
  const lengths = new Float32Array(eventCount);
  const eventFrequency = new Int32Array(termCount);
  const weightInEvent = new Int32Array(termCount);
  const touched = new Int32Array(termCount);
  const pairTerms = new IntList(eventCount * 16);
  const pairWeights = new IntList(eventCount * 16);
  const pairStarts = new Int32Array(eventCount + 1);
  const fieldCount = WEIGHTS.length;
  for (let position = 0; position < eventCount; position++) {
    let length = 0;
    let touchedCount = 0;
    for (let field = 0; field < fieldCount; field++) {
      const weight = WEIGHTS[field]!;
      const end = starts[position * fieldCount + field + 1]!;
      for (let at = starts[position * fieldCount + field]!; at < end; at++) {
        const id = termOfWordId[ids[at]!]!;
        if (id < 0) continue;
        if (weightInEvent[id] === 0) touched[touchedCount++] = id;
        weightInEvent[id] = weightInEvent[id]! + weight;
        length += weight;
      }
    }
    lengths[position] = length;
    pairStarts[position] = pairTerms.length;
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i]!;
      pairTerms.push(id);
      pairWeights.push(weightInEvent[id]!);
      eventFrequency[id] = eventFrequency[id]! + 1;
      weightInEvent[id] = 0;
    }
  }
  pairStarts[eventCount] = pairTerms.length;

  // Pass 2: lay the pairs out term by term (a counting sort), positions ascending within each term.
  const termStarts = new Int32Array(termCount + 1);
  for (let id = 0; id < termCount; id++) termStarts[id + 1] = termStarts[id]! + eventFrequency[id]!;
  const allPositions = new Int32Array(pairTerms.length);
  const allWeights = new Float32Array(pairTerms.length);
  const next = termStarts.slice(0, termCount);
  for (let position = 0; position < eventCount; position++) {
    for (let pair = pairStarts[position]!; pair < pairStarts[position + 1]!; pair++) {
      const term = pairTerms.at(pair);
      const slot = next[term]!;
      next[term] = slot + 1;
      allPositions[slot] = position;
      allWeights[slot] = pairWeights.at(pair);
    }
  }
  const postingsById: (Postings | undefined)[] = new Array(termCount);
  const termById: string[] = new Array(termCount);
  for (const [term, id] of termIdOf) {
    termById[id] = term;
    if (eventFrequency[id] === 0) continue;
    postingsById[id] = { positions: allPositions.subarray(termStarts[id], termStarts[id + 1]), weights: allWeights.subarray(termStarts[id], termStarts[id + 1]) };
  }
  const terms = termById.filter((_, id) => postingsById[id] !== undefined).sort();

  // Phrase tokens: a term's id, a gap word's GAP_TOKEN, any other word (filler, a digit) a token of its own.
  const tokenOfWordId = new Int32Array(words.table.size);
  for (let wordId = 0; wordId < tokenOfWordId.length; wordId++) {
    const word = words.table.wordOf(wordId);
    tokenOfWordId[wordId] = GAP_WORDS.has(word) ? GAP_TOKEN : termOfWordId[wordId]! >= 0 ? termOfWordId[wordId]! : termCount + wordId;
  }
  // "counter" and "terrorism" are parts of "counter-terrorism": each part finds the compound.
  const compoundsOf = new Map<string, number[]>();
  for (const term of terms) {
    if (!term.includes('-')) continue;
    for (const part of new Set(term.split('-').map(termOf))) {
      if (part === null || part === term) continue;
      const list = compoundsOf.get(part) ?? [];
      list.push(termIdOf.get(term)!);
      compoundsOf.set(part, list);
    }
  }
  let total = 0;
  for (const length of lengths) total += length;
  const averageLength = total / Math.max(1, eventCount);

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

  const readingsOf = (word: string, typos: boolean): Reading[] => {
    const term = termOf(word);
    if (term === null) return [];
    const readings: Reading[] = [];
    const own = termIdOf.get(term);
    if (own !== undefined && postingsById[own]) readings.push({ token: own, weight: 1 });
    for (const id of compoundsOf.get(term) ?? []) readings.push({ token: id, weight: COMPOUND_WEIGHT });
    if (readings.length > 0 || !typos || isOrdinaryWord(word) || isOrdinaryWord(term)) return readings;
    return expansionsOf(term).map((candidate) => ({ token: termIdOf.get(candidate)!, weight: EXPANSION_WEIGHT }));
  };
  const vocabulary: QueryVocabulary = {
    termOf,
    readingsOf,
    isGap: (word) => GAP_WORDS.has(word),
    tokenOfUnindexed: (word) => {
      const id = words.table.find(word);
      return id < 0 ? null : tokenOfWordId[id]!;
    },
  };
  const postingLists = { positionsOf: (token: number) => postingsById[token]?.positions };
  const matcher = createPhraseMatcher(words, tokenOfWordId, postingLists, termCount + words.table.size);
  const synonymIndex = indexSynonyms(synonyms, termOf);
  const idfOf = (count: number) => Math.log(1 + (eventCount - count + 0.5) / (count + 0.5));

  return {
    hasWord: (word) => {
      const folded = foldWords(word);
      if (readingsOf(folded, false).length > 0) return true;
      const key = termOf(folded) ?? folded;
      return (synonymIndex.byFirstKey.get(key) ?? []).some((member) => member.keys.length === 1);
    },
    search(words, scope = null) {
      const plan = planQuery(words, vocabulary, synonymIndex, matcher);
      const units = plan.units.slice(0, 31);
      if (units.length === 0) return { positions: [], unknown: plan.unknown };
      const scores = new Float64Array(eventCount);
      const matched = new Uint32Array(eventCount);
      const touched: number[] = [];
      const inScope = scopeMask(scope, eventCount);
      // Each unit's score per event, from the postings the matcher reads (reset after the unit).
      const unitScores = new Float64Array(eventCount);
      const scored = new IntList(64);
      units.forEach((unit, bit) => {
        const phrases = phrasesOf(unit);
        const weightOf = new Map<number, number>();
        for (const phrase of phrases) for (const set of phrase) for (const { token, weight } of set) weightOf.set(token, Math.max(weight, weightOf.get(token) ?? 0));
        const score = (token: number, index: number, position: number) => {
          const list = postingsById[token]!;
          const tf = list.weights[index]!;
          const norm = tf + BM25_K1 * (1 - BM25_B + (BM25_B * lengths[position]!) / averageLength);
          if (unitScores[position] === 0) scored.push(position);
          unitScores[position] = unitScores[position]! + ((weightOf.get(token) ?? 1) * idfOf(list.positions.length) * tf * (BM25_K1 + 1)) / norm;
        };
        for (const position of matcher.match(phrases, inScope, false, score)) {
          if (matched[position] === 0) touched.push(position);
          matched[position] = matched[position]! | (1 << bit);
          scores[position] = scores[position]! + unitScores[position]!;
        }
        for (let i = 0; i < scored.length; i++) unitScores[scored.at(i)] = 0;
        scored.length = 0;
      });
      // Of the events in scope, the ones matching the most units: one pass, no object per hit.
      let best = 0;
      let ranked: number[] = [];
      for (const position of touched) {
        const count = bitCount(matched[position]!);
        if (count > best) {
          best = count;
          ranked = [];
        }
        if (count === best) ranked.push(position);
      }
      ranked.sort((a, b) => scores[b]! - scores[a]! || a - b);
      return { positions: ranked, unknown: plan.unknown };
    },
  };
}

/** A byte per event, 1 for those in `scope`; null when every event is. */
function scopeMask(scope: readonly number[] | null, eventCount: number): Uint8Array | null {
  if (scope === null) return null;
  const mask = new Uint8Array(eventCount);
  for (const position of scope) mask[position] = 1;
  return mask;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
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

