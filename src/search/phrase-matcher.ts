// Exact lookup of known phrases (aliases of people, places, organisations, kinds) in folded text:
// longest phrase first, left to right, never overlapping. Maps by phrase and by first word keep it near
// O(words) however large the vocabulary grows.
import { foldWords } from '../text/fold.js';

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

export interface PhraseMatch<T> {
  /** Word index of the first word matched, and one past the last. */
  start: number;
  end: number;
  phrase: string;
  values: T[];
}

export interface PhraseMatcher<T> {
  /** All non-overlapping matches in `words`, skipping words for which `isTaken(i)` is true. */
  findAll(words: readonly string[], isTaken?: (index: number) => boolean): PhraseMatch<T>[];
  /** Values whose phrase equals the folded `text` exactly. */
  lookup(text: string): T[];
}

export function createPhraseMatcher<T>(entries: Iterable<PhraseEntry<T>>): PhraseMatcher<T> {
  const byPhrase = new Map<string, T[]>();
  // Word counts of the phrases starting with each word, longest first: a word no phrase starts with costs one
  // lookup, instead of a slice and join for every length up to the longest alias (16 words).
  const lengthsByFirstWord = new Map<string, number[]>();
  for (const { phrase, value } of entries) {
    const key = foldWords(phrase);
    if (!key) continue;
    const values = byPhrase.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    byPhrase.set(key, values);
    const words = key.split(' ');
    const first = words[0] ?? '';
    const lengths = lengthsByFirstWord.get(first) ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    lengthsByFirstWord.set(first, lengths.sort((a, b) => b - a));
  }

  return {
    lookup: (text) => byPhrase.get(foldWords(text)) ?? [],
    findAll(words, isTaken = () => false) {
      const matches: PhraseMatch<T>[] = [];
      for (let start = 0; start < words.length; start++) {
        if (isTaken(start)) continue;
        for (const length of lengthsByFirstWord.get(words[start] ?? '') ?? []) {
          if (start + length > words.length) continue;
          let free = true;
          for (let i = start; i < start + length; i++) if (isTaken(i)) free = false;
          if (!free) continue;
          const phrase = words.slice(start, start + length).join(' ');
          const values = byPhrase.get(phrase);
          if (values) {
            matches.push({ start, end: start + length, phrase, values });
            start += length - 1;
            break;
          }
        }
      }
      return matches;
    },
  };
}
