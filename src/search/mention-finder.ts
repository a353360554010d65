// Finds known phrases (organisation and kind aliases) in events' word ids, with the phrase matcher's rules:
// longest phrase first, left to right, never overlapping. A trie over word ids: reading every post at 100k
// events costs an array lookup per word, where slicing and joining strings made garbage by the gigabyte.
import { foldWords } from '../text/fold.js';
import type { PhraseEntry } from './phrase-matcher.js';
import type { WordTable } from './word-table.js';

export interface MentionFinder<T> {
  /** Calls `found` with the values of every phrase matched in ids[start, end). */
  findIn(ids: Int32Array, start: number, end: number, found: (values: readonly T[]) => void): void;
}

interface TrieNode<T> {
  /** Values of the phrase ending here, if one does. */
  values: T[] | null;
  next: Map<number, TrieNode<T>> | null;
}

export function createMentionFinder<T>(table: WordTable, entries: Iterable<PhraseEntry<T>>): MentionFinder<T> {
  const roots: (TrieNode<T> | undefined)[] = [];
  for (const { phrase, value } of entries) {
    const key = foldWords(phrase);
    if (!key) continue;
    const [first, ...rest] = key.split(' ').map((word) => table.intern(word));
    let node = (roots[first!] ??= { values: null, next: null });
    for (const id of rest) {
      node.next ??= new Map();
      const child = node.next.get(id) ?? { values: null, next: null };
      node.next.set(id, child);
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
  }

  return {
    findIn(ids, start, end, found) {
      for (let at = start; at < end; at++) {
        let node = roots[ids[at]!];
        let longest: T[] | null = null;
        let longestEnd = at;
        for (let next = at + 1; node; next++) {
          if (node.values) {
            longest = node.values;
            longestEnd = next;
          }
          node = next < end ? node.next?.get(ids[next]!) : undefined;
        }
        if (longest) {
          found(longest);
          at = longestEnd - 1;
        }
      }
    },
  };
}
