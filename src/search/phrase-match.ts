// Phrases over the posts without a positional index: the events holding every word of a phrase come from the
// postings (an intersection by generation stamps, no sets), then each candidate's word ids, which keep the
// post's word order, are read once to see whether the words stand together ("organized crime", not
// "organized by the OSCE ... Crime"). Small words between them ("preventing and countering") are skipped,
// as the question drops them too.
import type { EventWords } from './event-words.js';

/** A token the phrase check skips: "and", "of", "the", ... */
export const GAP_TOKEN = -1;
/** Where more small words stand together than a phrase may skip. */
const BREAK_TOKEN = -2;
const MOST_GAPS = 2;

/** One word of a phrase: any of these tokens (the word, its compounds, its typo readings). */
export type TokenSet = readonly Reading[];
export interface Reading {
  token: number;
  weight: number;
}
/** Words in order. */
export type Phrase = readonly TokenSet[];

export interface PhraseMatcher {
  /**
   * Positions of the events (in scope, or any when scope is null) holding any of the phrases. `visit`
   * sees every posting read, for scoring. With `first`, stops at the first match (does the phrase exist?).
   */
  match(phrases: readonly Phrase[], scope: Uint8Array | null, first: boolean, visit?: (token: number, index: number, position: number) => void): number[];
}

export interface PostingLists {
  /** Ascending event positions of a token, or undefined for a token no post has (a gap, a digit...). */
  positionsOf(token: number): Int32Array | undefined;
}

export function createPhraseMatcher(words: EventWords, tokenOfWordId: Int32Array, postings: PostingLists, tokenCount: number): PhraseMatcher {
  const stamps = new Int32Array(words.eventCount);
  /** Events already taken by this match() call (a generation of their own). */
  const taken = new Int32Array(words.eventCount);
  let generation = 0;
  let call = 0;
  let buffer = new Int32Array(512);
  /** Tokens that start one of the phrases being checked: most words of a post are passed over by one lookup. */
  const starts = new Uint8Array(tokenCount + 2);
  const fieldCount = (words.starts.length - 1) / Math.max(1, words.eventCount);

  /** The tokens of one field of one event, gaps dropped (a long run of them breaks phrases). */
  const readField = (start: number, end: number): number => {
    if (buffer.length < end - start) buffer = new Int32Array((end - start) * 2);
    let length = 0;
    let gaps = 0;
    for (let at = start; at < end; at++) {
      const token = tokenOfWordId[words.ids[at]!]!;
      if (token === GAP_TOKEN) {
        if (++gaps === MOST_GAPS + 1) buffer[length++] = BREAK_TOKEN;
        continue;
      }
      gaps = 0;
      buffer[length++] = token;
    }
    return length;
  };

  const holds = (position: number, phrases: readonly Phrase[]): boolean => {
    for (let field = 0; field < fieldCount; field++) {
      const base = position * fieldCount + field;
      const length = readField(words.starts[base]!, words.starts[base + 1]!);
      for (let at = 0; at < length; at++) {
        const token = buffer[at]!;
        if (token < 0 || starts[token] === 0) continue;
        for (const phrase of phrases) if (phraseAt(buffer, length, at, phrase)) return true;
      }
    }
    return false;
  };

  return {
    match(phrases, scope, first, visit) {
      const found: number[] = [];
      const mark = ++call;
      const take = (position: number) => {
        taken[position] = mark;
        found.push(position);
      };
      const inScope = (position: number) => taken[position] !== mark && (scope === null || scope[position] === 1);
      for (const phrase of phrases) {
        if (phrase.length > 1) continue;
        for (const position of candidatesOf(phrase, visit)) {
          if (!inScope(position)) continue;
          take(position);
          if (first) return found;
        }
      }
      const long = phrases.filter((phrase) => phrase.length > 1);
      if (long.length === 0) return found;
      for (const phrase of long) for (const { token } of phrase[0]!) if (token >= 0) starts[token] = 1;
      try {
        // Every candidate once, however many of the phrases it could hold.
        const checked = ++call;
        for (const phrase of long) {
          for (const position of candidatesOf(phrase, visit)) {
            if (!inScope(position) || taken[position] === checked) continue;
            if (holds(position, long)) {
              take(position);
              if (first) return found;
            } else taken[position] = checked;
          }
        }
        return found;
      } finally {
        for (const phrase of long) for (const { token } of phrase[0]!) if (token >= 0) starts[token] = 0;
      }
    },
  };

  /** Events holding some token of every word of the phrase. */
  function candidatesOf(phrase: Phrase, visit?: (token: number, index: number, position: number) => void): number[] {
    const sets = phrase.filter((set) => set.some(({ token }) => postings.positionsOf(token)));
    if (sets.length === 0) return [];
    let alive = ++generation;
    sets.forEach((set, index) => {
      const next = index === 0 ? alive : ++generation;
      for (const { token } of set) {
        const positions = postings.positionsOf(token);
        if (!positions) continue;
        for (let i = 0; i < positions.length; i++) {
          const position = positions[i]!;
          if (index > 0 && stamps[position] !== alive && stamps[position] !== next) continue;
          stamps[position] = next;
          visit?.(token, i, position);
        }
      }
      alive = next;
    });
    const candidates: number[] = [];
    const collected = ++generation;
    for (const { token } of sets[sets.length - 1]!) {
      const positions = postings.positionsOf(token);
      if (!positions) continue;
      for (const position of positions) {
        if (stamps[position] !== alive) continue;
        stamps[position] = collected;
        candidates.push(position);
      }
    }
    return candidates;
  }
}

function phraseAt(tokens: Int32Array, length: number, start: number, phrase: Phrase): boolean {
  if (start + phrase.length > length) return false;
  for (let k = 0; k < phrase.length; k++) if (!inSet(phrase[k]!, tokens[start + k]!)) return false;
  return true;
}

function inSet(set: TokenSet, token: number): boolean {
  for (const reading of set) if (reading.token === token) return true;
  return false;
}
