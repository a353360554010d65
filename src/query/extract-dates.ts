// Finds the date ranges a question names: date terms first, then the words around them that make a range
// ("between X and Y", "from X to Y", "since X", "before X", "around X", "the week of X"). Each range is a
// mention with the words it took, so a "not" in front of it can exclude it instead.
import type { DayRange } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { DATE_TERM_PATTERNS, type DateTerm } from './date-terms.js';
import { addDays } from '../dates/day.js';
import { coverRanges, weekRange } from '../dates/day-range.js';
import { AROUND_DAYS } from '../dates/anchor-range.js';

export interface DateMention {
  range: DayRange;
  /** The term's own days, before a prefix opened them ("after May 2022": May 2022). */
  days: DayRange;
  /** Words taken, including the prefix that shaped the range ("before", "in"). */
  start: number;
  end: number;
}

const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'and', '-']);
/** Prefixes, one or two words, and the side of the term they keep. */
const PREFIXES: Record<string, 'from' | 'after' | 'before' | 'until' | 'around' | 'in'> = {
  since: 'from',
  from: 'from',
  starting: 'from',
  'as of': 'from',
  'starting from': 'from',
  after: 'after',
  'later than': 'after',
  following: 'after',
  before: 'before',
  'prior to': 'before',
  'earlier than': 'before',
  'ahead of': 'before',
  until: 'until',
  till: 'until',
  by: 'until',
  through: 'until',
  'up to': 'until',
  'up until': 'until',
  'no later than': 'until',
  around: 'around',
  about: 'around',
  'close to': 'around',
  in: 'in',
  during: 'in',
  on: 'in',
  of: 'in',
  for: 'in',
  within: 'in',
};

export function extractDateMentions(state: ParseState, today: string): DateMention[] {
  const terms = lendYears(findTerms(state, today));
  const mentions: DateMention[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (!term) continue;
    const next = terms[i + 1];
    const before = state.words[term.start - 1];
    const between = state.words[term.end];
    if (next && between !== undefined && RANGE_WORDS.has(between) && next.start === term.end + 1 && (between !== 'and' || before === 'between' || !next.hasYear || !term.hasYear)) {
      const range = spanTerms(term, next);
      state.take(term.end, term.end + 1);
      const opens = before === 'between' || before === 'from';
      if (opens) state.take(term.start - 1, term.start);
      if (range) mentions.push({ range, days: range, start: opens ? term.start - 1 : term.start, end: next.end });
      i++;
      continue;
    }
    const week = weekOf(state, term);
    if (week) {
      mentions.push(week);
      continue;
    }
    const prefix = prefixOf(state, term.start);
    const range = openRange(term, prefix?.side);
    if (prefix) state.take(prefix.start, term.start);
    const days = term.resolve(null);
    if (range && days) mentions.push({ range, days, start: prefix?.start ?? term.start, end: term.end });
  }
  return mentions;
}

/** The range of the question's date mentions together (the old single-range view; tests use it). */
export function extractDateRange(state: ParseState, today: string): DayRange | null {
  const mentions = extractDateMentions(state, today);
  return mentions.length === 0 ? null : mentions.map((mention) => mention.range).reduce(coverRanges);
}

function findTerms(state: ParseState, today: string): (DateTerm & { start: number; end: number })[] {
  const terms: (DateTerm & { start: number; end: number })[] = [];
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

/** "2022 events not in May": a month with no year takes the one year the question names. */
function lendYears<T extends DateTerm>(terms: T[]): T[] {
  const years = new Set(terms.filter((term) => term.hasYear && term.yearOnly).map((term) => term.resolve(null)?.from?.slice(0, 4)));
  if (years.size !== 1) return terms;
  const year = Number([...years][0]);
  return terms.map((term) => (term.hasYear ? term : { ...term, hasYear: true, resolve: () => term.resolve(year) }));
}

function prefixOf(state: ParseState, start: number): { start: number; side: (typeof PREFIXES)[string] } | null {
  for (const length of [3, 2, 1]) {
    if (start - length < 0 || !state.isFree(start - length, start)) continue;
    const words = state.words.slice(start - length, start).join(' ');
    const side = PREFIXES[words];
    if (side) return { start: start - length, side };
  }
  return null;
}

/** "the week of 14 November 2023". */
function weekOf(state: ParseState, term: DateTerm & { start: number; end: number }): DateMention | null {
  const at = term.start - 2;
  if (at < 0 || state.words[at] !== 'week' || state.words[at + 1] !== 'of' || !state.isFree(at, term.start)) return null;
  const day = term.resolve(null)?.from;
  if (!day) return null;
  const start = state.words[at - 1] === 'the' && state.isFree(at - 1, at) ? at - 1 : at;
  state.take(start, term.start);
  return { range: weekRange(day), days: weekRange(day), start, end: term.end };
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

function openRange(term: DateTerm, side: (typeof PREFIXES)[string] | undefined): DayRange | null {
  const range = term.resolve(null);
  if (!range) return null;
  switch (side) {
    case 'from':
      return term.isSpan ? range : { from: range.from, to: null };
    case 'after':
      return { from: range.to && addDays(range.to, 1), to: null };
    case 'before':
      return { from: null, to: range.from && addDays(range.from, -1) };
    case 'until':
      return { from: null, to: range.to };
    case 'around':
      // "about 2022" is 2022; "around 9 March" a few days either side.
      if (!range.from || !range.to || addDays(range.from, 7) < range.to) return range;
      return { from: addDays(range.from, -AROUND_DAYS), to: addDays(range.to, AROUND_DAYS) };
    default:
      return range;
  }
}
