// The words of a question and which of them an extractor has already claimed. Extractors run in order and
// each claims what it understood, so a later one never reads the same words again (chrono-node's idea).
import { foldWords } from '../text/fold.js';

export interface ParseState {
  readonly words: readonly string[];
  /** The words joined by single spaces: regexes run on this. */
  readonly text: string;
  isTaken(index: number): boolean;
  take(start: number, end: number): void;
  /** Word span of a regex match on `text`. */
  spanOf(charIndex: number, length: number): { start: number; end: number };
  isFree(start: number, end: number): boolean;
  freeWords(): { word: string; index: number }[];
}

export function createParseState(question: string): ParseState {
  const words = foldWords(question).split(' ').filter(Boolean);
  const text = words.join(' ');
  const taken = new Array<boolean>(words.length).fill(false);
  const wordAt = (charIndex: number) => (text.slice(0, charIndex).match(/ /g) ?? []).length;
  return {
    words,
    text,
    isTaken: (index) => taken[index] === true,
    take(start, end) {
      for (let i = start; i < end; i++) taken[i] = true;
    },
    spanOf: (charIndex, length) => ({ start: wordAt(charIndex), end: wordAt(charIndex + length - 1) + 1 }),
    isFree(start, end) {
      for (let i = start; i < end; i++) if (taken[i]) return false;
      return true;
    },
    freeWords: () => words.flatMap((word, index) => (taken[index] ? [] : [{ word, index }])),
  };
}

/** Runs `pattern` (wrapped to match whole words) over the free words of the question. */
export function matchFreeWords(state: ParseState, pattern: string): { match: RegExpExecArray; start: number; end: number }[] {
  const regex = new RegExp(`(?<![^\\s])(?:${pattern})(?![^\\s])`, 'g');
  const found: { match: RegExpExecArray; start: number; end: number }[] = [];
  for (let match = regex.exec(state.text); match; match = regex.exec(state.text)) {
    const span = state.spanOf(match.index, match[0].length);
    if (state.isFree(span.start, span.end)) found.push({ match, ...span });
    else regex.lastIndex = match.index + 1;
  }
  return found;
}
