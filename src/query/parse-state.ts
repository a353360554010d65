// The words of a question and which of them an extractor has already claimed. Extractors run in order and
// each claims what it understood, so a later one never reads the same words again (chrono-node's idea).
// Each word also remembers how it was typed (for title-like capitals) and whether punctuation ended a
// clause after it ("after the Ohrid conference, in 2023": the comma ends the event's description).
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
  /** Was the word typed with a capital (and not just because it starts the question)? */
  isCapitalised(index: number): boolean;
  /** Does punctuation (, ; : ? ! or a full stop) follow the word? */
  endsClause(index: number): boolean;
}

const CLAUSE_END = /[,;:?!)(]$|[^\d.]\.$/;

export function createParseState(question: string, skip?: ReadonlySet<number>): ParseState {
  const words: string[] = [];
  const capitals: boolean[] = [];
  const clauseEnds: boolean[] = [];
  for (const token of question.split(/\s+/).filter(Boolean)) {
    const folded = foldWords(token).split(' ').filter(Boolean);
    // "non-EU" is "non" + "EU": the negation must stay visible to the operators.
    const parts = folded.length === 1 && /^non-./.test(folded[0] ?? '') ? ['non', (folded[0] ?? '').slice(4)] : folded;
    const capitalised = /^["'“‘(]?\p{Lu}/u.test(token) && words.length > 0;
    for (const part of parts) {
      words.push(part);
      capitals.push(capitalised);
      clauseEnds.push(false);
    }
    if (parts.length > 0 && CLAUSE_END.test(token)) clauseEnds[clauseEnds.length - 1] = true;
  }
  const text = words.join(' ');
  const taken = words.map((_, index) => skip?.has(index) === true);
  const wordStarts: number[] = [];
  for (let i = 0, at = 0; i < words.length; i++) {
    wordStarts.push(at);
    at += (words[i]?.length ?? 0) + 1;
  }
  const wordAt = (charIndex: number) => {
    let low = 0;
    let high = wordStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((wordStarts[middle] ?? 0) <= charIndex) low = middle;
      else high = middle - 1;
    }
    return low;
  };
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
    isCapitalised: (index) => capitals[index] === true,
    endsClause: (index) => clauseEnds[index] === true,
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
