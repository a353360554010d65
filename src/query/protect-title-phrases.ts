// Reads an operator word as part of a title when the question writes it as one: capitalised ("Next
// Generation EU", "Before the Summit") or an ordinal ("the 8th regional conference"), and the posts have that
// title. The words become free text; the operator does not apply.
import type { ParseState } from './parse-state.js';
import type { TitlePhrases } from '../search/title-phrases.js';
import type { PhraseMatcher } from '../search/phrase-matcher.js';
import { FILLER_WORDS } from './filler-words.js';
import { OPERATOR_WORDS } from './operator-words.js';
import { isOrdinalWord } from './word-numbers.js';

export interface ProtectOptions {
  /** Read every such phrase as a title, capitalised or not (a retry when the operator reading found nothing). */
  always?: boolean;
}

/** Claims the title words and returns them (for the free text). */
export function protectTitlePhrases(state: ParseState, titles: TitlePhrases, options: ProtectOptions = {}): { word: string; index: number }[] {
  const protectedWords: { word: string; index: number }[] = [];
  for (let i = 0; i < state.words.length; i++) {
    const word = state.words[i] ?? '';
    const ordinal = isOrdinalWord(word);
    if (state.isTaken(i) || (!ordinal && !OPERATOR_WORDS.has(word))) continue;
    for (let length = 3; length >= 1; length--) {
      const following = state.words.slice(i + 1, i + 1 + length);
      if (following.length < length || !state.isFree(i, i + 1 + length)) continue;
      const content = following.findIndex((next) => !FILLER_WORDS.has(next));
      if (content < 0 || !titles.has([word, ...following])) continue;
      const titleLike = ordinal || options.always === true || state.isCapitalised(i) || state.isCapitalised(i + 1 + content);
      if (!titleLike) continue;
      for (let k = i; k <= i + length; k++) protectedWords.push({ word: state.words[k] ?? '', index: k });
      state.take(i, i + 1 + length);
      i += length;
      break;
    }
  }
  return protectedWords;
}

/**
 * Synonym phrases with an operator word or a number in them ("first pillar", "Pillar 3") are subjects, not an
 * order or a limit: claimed first, as free text the synonyms then widen.
 */
export function protectKnownPhrases(state: ParseState, phrases: PhraseMatcher<true>): { word: string; index: number }[] {
  const protectedWords: { word: string; index: number }[] = [];
  for (const match of phrases.findAll(state.words, state.isTaken)) {
    for (let k = match.start; k < match.end; k++) protectedWords.push({ word: state.words[k] ?? '', index: k });
    state.take(match.start, match.end);
  }
  return protectedWords;
}
