// Finds the date range a question asks about: date terms first, then the words around them that make a
// range ("between X and Y", "from X to Y", "since X", "before X", "until X").
import type { DayRange } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { DATE_TERM_PATTERNS, type DateTerm } from './date-terms.js';
import { addDays } from '../dates/day.js';
import { coverRanges } from '../dates/day-range.js';

const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'and', '-']);
const OPEN_FROM = new Set(['since', 'from', 'after', 'starting']);
const OPEN_TO = new Set(['before', 'until', 'till', 'by', 'through']);
const SOFT_PREFIX = new Set(['in', 'during', 'on', 'of', 'for', 'around']);

export function extractDateRange(state: ParseState, today: string): DayRange | null {
  const terms = findTerms(state, today);
  let result: DayRange | null = null;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (!term) continue;
    const next = terms[i + 1];
    const before = state.words[term.start - 1];
    const between = state.words[term.end];
    let range: DayRange | null;
    if (next && between !== undefined && RANGE_WORDS.has(between) && next.start === term.end + 1 && (between !== 'and' || before === 'between' || !next.hasYear || !term.hasYear)) {
      range = spanTerms(term, next);
      state.take(term.end, term.end + 1);
      if (before === 'between' || before === 'from') state.take(term.start - 1, term.start);
      i++;
    } else {
      range = openRange(term, before);
      if (before !== undefined && (OPEN_FROM.has(before) || OPEN_TO.has(before) || SOFT_PREFIX.has(before) || before === 'between')) {
        state.take(term.start - 1, term.start);
      }
    }
    if (range) result = result ? coverRanges(result, range) : range;
  }
  return result;
}

function findTerms(state: ParseState, today: string): DateTerm[] {
  const terms: DateTerm[] = [];
  for (const { pattern, build } of DATE_TERM_PATTERNS) {
    for (const { match, start, end } of matchFreeWords(state, pattern)) {
      const term = build(match.slice(1).map((group) => group ?? undefined) as string[], today);
      // A date that does not exist ("31 February 2023") is claimed all the same, so no shorter pattern
      // reads part of it as another date.
      state.take(start, end);
      if (term && term.resolve(null)) terms.push({ ...term, start, end });
    }
  }
  return terms.sort((a, b) => a.start - b.start);
}

/** "from March to May 2022": the first term borrows the second's year (the year before if it would end after). */
function spanTerms(first: DateTerm, last: DateTerm): DayRange | null {
  const lastRange = last.resolve(null);
  let firstRange = first.resolve(null);
  if (!first.hasYear && lastRange?.to) {
    const lastYear = Number(lastRange.to.slice(0, 4));
    const year = first.month !== null && last.month !== null && first.month > last.month ? lastYear - 1 : lastYear;
    firstRange = first.resolve(year);
  }
  if (!firstRange || !lastRange) return null;
  return { from: firstRange.from, to: lastRange.to };
}

function openRange(term: DateTerm, before: string | undefined): DayRange | null {
  const range = term.resolve(null);
  if (!range) return null;
  if (before === 'from' && term.isSpan) return range;
  if (before === 'since' || before === 'from' || before === 'starting') return { from: range.from, to: null };
  if (before === 'after') return { from: range.to && addDays(range.to, 1), to: null };
  if (before === 'before') return { from: null, to: range.from && addDays(range.from, -1) };
  if (before === 'until' || before === 'till' || before === 'by' || before === 'through') return { from: null, to: range.to };
  return range;
}
