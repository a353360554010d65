// A free-text question as units to match: each word with its readings (the word, the compounds it is part
// of, and only for a word that is no ordinary English word, its typos and prefixes), synonyms from
// data/synonyms.json as alternative phrases, and neighbouring words that stand together in some post joined
// into one phrase ("organised crime"). Synonyms only ever add readings: they widen, never narrow.
import type { Synonym } from '../dataset/synonym-schema.js';
import type { Phrase, PhraseMatcher, Reading, TokenSet } from './phrase-match.js';
import { foldWords } from '../text/fold.js';
import { FILLER_WORDS } from '../query/filler-words.js';

export interface QueryVocabulary {
  /** The indexed form of a word (folded, stemmed), or null for filler and one-letter words. */
  termOf(word: string): string | null;
  /** The word's own readings: the indexed term, compounds, typos (empty when no post has anything like it). */
  readingsOf(word: string, typos: boolean): Reading[];
  /** The phrase token of a word no index term stands for ("3" in "Pillar 3"), or null when no post has it. */
  tokenOfUnindexed(word: string): number | null;
  /** Small words a phrase skips ("and" in "preventing and countering"). */
  isGap(word: string): boolean;
}

/** One or more question words that match together: alternatives are phrases, any of which may match. */
export interface Slot {
  words: string[];
  alternatives: Phrase[];
}

export interface QueryPlan {
  /** Units in question order; each is matched as one phrase (its slots' alternatives, word after word). */
  units: Slot[][];
  /** Question words no post has, in any reading. */
  unknown: string[];
}

/** Synonym readings count for a little less than the words typed. */
const SYNONYM_WEIGHT = 0.8;
const LONGEST_UNIT = 4;
/** Phrases tried per unit at most (alternatives of several synonym slots multiply). */
const MOST_PHRASES = 64;

interface SynonymMember {
  keys: string[];
  group: number;
}

export interface SynonymIndex {
  /** Members by the key of their first word, longest first. */
  byFirstKey: Map<string, SynonymMember[]>;
  /** Each group's members as phrases of words (gap words left in; the phrase builder drops them). */
  groups: string[][][];
}

/** Keys are words as the question side sees them: folded, filler dropped, stemmed. */
export function indexSynonyms(synonyms: readonly Synonym[], termOf: (word: string) => string | null): SynonymIndex {
  const byFirstKey = new Map<string, SynonymMember[]>();
  const groups = synonyms.map((synonym, group) => {
    const members = [synonym.name, ...synonym.aliases].map((phrase) => foldWords(phrase).split(' ').filter(Boolean));
    for (const words of members) {
      const keys = keysOf(words, termOf);
      if (keys.length === 0) continue;
      const list = byFirstKey.get(keys[0]!) ?? [];
      list.push({ keys, group });
      byFirstKey.set(keys[0]!, list.sort((a, b) => b.keys.length - a.keys.length));
    }
    return members;
  });
  return { byFirstKey, groups };
}

function keysOf(words: readonly string[], termOf: (word: string) => string | null): string[] {
  return words.filter((word) => !FILLER_WORDS.has(word)).map((word) => termOf(word) ?? word);
}

export function planQuery(words: readonly string[], vocabulary: QueryVocabulary, synonyms: SynonymIndex, matcher: PhraseMatcher): QueryPlan {
  const folded = words.flatMap((word) => foldWords(word).split(' ')).filter((word) => word && !FILLER_WORDS.has(word));
  const keys = folded.map((word) => vocabulary.termOf(word) ?? word);
  const slots: Slot[] = [];
  const unknown: string[] = [];
  for (let at = 0; at < folded.length; ) {
    const member = (synonyms.byFirstKey.get(keys[at]!) ?? []).find((candidate) => candidate.keys.every((key, i) => keys[at + i] === key));
    if (member) {
      const typed = folded.slice(at, at + member.keys.length);
      const alternatives = [phraseOf(typed, vocabulary, 1, true), ...synonyms.groups[member.group]!.map((words) => phraseOf(words, vocabulary, SYNONYM_WEIGHT, false))];
      const found = dedupe(alternatives.filter((phrase): phrase is Phrase => phrase !== null));
      if (found.length > 0) slots.push({ words: typed, alternatives: found });
      else unknown.push(...typed.filter((word) => vocabulary.termOf(word) !== null));
      at += member.keys.length;
      continue;
    }
    const word = folded[at++]!;
    if (vocabulary.termOf(word) === null) continue;
    const readings = vocabulary.readingsOf(word, true);
    if (readings.length > 0) slots.push({ words: [word], alternatives: [[readings]] });
    else unknown.push(word);
  }
  return { units: segment(slots, matcher), unknown };
}

/** Each word's token set, in order; null when some word is in no post (the phrase cannot match). */
function phraseOf(words: readonly string[], vocabulary: QueryVocabulary, weight: number, typos: boolean): Phrase | null {
  const phrase: TokenSet[] = [];
  for (const word of words) {
    if (vocabulary.isGap(word)) continue;
    const own = vocabulary.termOf(word) === null ? [] : vocabulary.readingsOf(word, typos);
    if (own.length > 0) {
      phrase.push(own.map((reading) => ({ token: reading.token, weight: reading.weight * weight })));
      continue;
    }
    const token = vocabulary.tokenOfUnindexed(word);
    if (token === null) return null;
    phrase.push([{ token, weight }]);
  }
  return phrase.length > 0 ? phrase : null;
}

function dedupe(phrases: Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.map((set) => set.map((reading) => reading.token).join('|')).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Left to right, the longest run of slots that stands together in some post becomes one unit. */
function segment(slots: readonly Slot[], matcher: PhraseMatcher): Slot[][] {
  const units: Slot[][] = [];
  for (let at = 0; at < slots.length; ) {
    let length = Math.min(LONGEST_UNIT, slots.length - at);
    for (; length > 1; length--) {
      if (matcher.match(phrasesOf(slots.slice(at, at + length)), null, true).length > 0) break;
    }
    units.push(slots.slice(at, at + length));
    at += length;
  }
  return units;
}

/** The phrases a unit stands for: one alternative of each slot, in order (the typed ones first). */
export function phrasesOf(unit: readonly Slot[]): Phrase[] {
  let phrases: Phrase[] = [[]];
  for (const slot of unit) {
    const next: Phrase[] = [];
    for (const phrase of phrases) for (const alternative of slot.alternatives) if (next.length < MOST_PHRASES) next.push([...phrase, ...alternative]);
    phrases = next;
  }
  return phrases;
}
