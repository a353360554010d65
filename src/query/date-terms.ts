// The date expressions a question may contain, each a small pattern with its own resolver (chrono-node's
// idea: an ordered list of small parsers). A term knows whether it carried a year, so a range like
// "between March and May 2022" can lend the year of its second half to its first.
import type { DayRange } from './query.js';
import { addDays, addMonths, isValidDay, splitDay, toIsoDay } from '../dates/day.js';
import { halfRange, monthRange, monthSpan, quarterRange, weekRange, yearRange } from '../dates/day-range.js';
import { MONTH_PATTERN, monthNumber } from '../dates/month-names.js';

export interface DateTerm {
  start: number;
  end: number;
  /** The month the term starts in, when it has one (for lending years across a range). */
  month: number | null;
  hasYear: boolean;
  /** The term itself spans several days by its words ("15 to 17 March"), so "from" before it opens nothing. */
  isSpan?: boolean;
  /** A bare year ("2022"): the year a month without one borrows ("2022 events not in May"). */
  yearOnly?: boolean;
  /** The term's days; `year` replaces a missing year (null: the latest such period not after today). */
  resolve(year: number | null): DayRange | null;
}

interface TermPattern {
  pattern: string;
  /** Returns null when the words looked like a date but are not a real one (31 February). */
  build(groups: string[], today: string): Omit<DateTerm, 'start' | 'end'> | null;
}

const M = `(${MONTH_PATTERN})`;
const D = '((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)';
const Y = '((?:19|20)\\d\\d)';
const SMALL_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const dayNumber = (text: string) => Number.parseInt(text, 10);
const yearOf = (today: string) => splitDay(today)[0];

/** The latest year in which month/day is not after today: "in May" asked in March means last May. */
function latestYear(today: string, month: number, day = 1): number {
  const [year, thisMonth, thisDay] = splitDay(today);
  return month < thisMonth || (month === thisMonth && day <= thisDay) ? year : year - 1;
}

function days(groups: { from: [number, number, number]; to: [number, number, number] }): DayRange | null {
  const [fy, fm, fd] = groups.from;
  const [ty, tm, td] = groups.to;
  if (!isValidDay(fy, fm, fd) || !isValidDay(ty, tm, td)) return null;
  const from = toIsoDay(fy, fm, fd);
  const to = toIsoDay(ty, tm, td);
  return from <= to ? { from, to } : null;
}

function fixed(range: DayRange): Omit<DateTerm, 'start' | 'end'> {
  return { month: null, hasYear: true, resolve: () => range };
}

/** A day range within one month, with or without a year: "14th and 15th of December 2021", "May 5-6". */
function dayRangeInMonth(first: string, last: string, monthWord: string, yearText: string | undefined, today: string) {
  const month = monthNumber(monthWord) ?? 1;
  return {
    month,
    hasYear: yearText !== undefined,
    isSpan: first !== last,
    resolve: (year: number | null) => {
      const y = yearText ? Number(yearText) : (year ?? latestYear(today, month, dayNumber(first)));
      return days({ from: [y, month, dayNumber(first)], to: [y, month, dayNumber(last)] });
    },
  };
}

const RANGE_JOIN = '(?: ?- ?| to | and | until | till | through )(?:the )?';

/** Ordered: longer and more specific patterns first, so "5 May 2022" is never read as "May 2022". */
export const DATE_TERM_PATTERNS: readonly TermPattern[] = [
  {
    pattern: '(\\d{4})-(\\d{2})-(\\d{2})',
    build: ([y, m, d]) => {
      const range = days({ from: [Number(y), Number(m), Number(d)], to: [Number(y), Number(m), Number(d)] });
      return range && fixed(range);
    },
  },
  {
    // European order, as the secretariat writes: 05.06.2022 and 5/6/2022 are 5 June.
    pattern: '(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d\\d)',
    build: ([d, m, y]) => {
      const range = days({ from: [Number(y), Number(m), Number(d)], to: [Number(y), Number(m), Number(d)] });
      return range && fixed(range);
    },
  },
  {
    pattern: `(?:the )?${D}${RANGE_JOIN}${D}(?: of)? ${M},?(?: ${Y})?`,
    build: ([first, last, month, year], today) => dayRangeInMonth(first ?? '', last ?? '', month ?? '', year, today),
  },
  {
    pattern: `${M} ${D}${RANGE_JOIN}${D},?(?: ${Y})?`,
    build: ([month, first, last, year], today) => dayRangeInMonth(first ?? '', last ?? '', month ?? '', year, today),
  },
  {
    pattern: `(?:the )?${D}(?: of)? ${M},?(?: ${Y})?`,
    build: ([day, month, year], today) => dayRangeInMonth(day ?? '', day ?? '', month ?? '', year, today),
  },
  {
    pattern: `${M} (?:the )?${D},?(?: ${Y})?`,
    build: ([month, day, year], today) => dayRangeInMonth(day ?? '', day ?? '', month ?? '', year, today),
  },
  {
    pattern: `${M}(?: of)?,? ${Y}`,
    build: ([month, year]) => {
      const m = monthNumber(month ?? '') ?? 1;
      return { ...fixed(monthRange(Number(year), m)), month: m };
    },
  },
  {
    pattern: `${Y}-(0[1-9]|1[0-2])`,
    build: ([year, month]) => fixed(monthRange(Number(year), Number(month))),
  },
  {
    pattern: `(?:q([1-4])(?: of)?(?: ${Y})?|${Y} q([1-4]))`,
    build: ([q1, y1, y2, q2], today) => quarterTerm(Number(q1 ?? q2), y1 ?? y2, today),
  },
  {
    pattern: `(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?(?: ${Y})?`,
    build: ([ordinal, year], today) => quarterTerm(ORDINALS[ordinal ?? ''] ?? 1, year, today),
  },
  {
    pattern: `(?:h([12])(?: of)?(?: ${Y})?|${Y} h([12]))`,
    build: ([h1, y1, y2, h2], today) => halfTerm(Number(h1 ?? h2), y1 ?? y2, today),
  },
  {
    pattern: `(?:the )?(first|second|1st|2nd) half(?: of)?(?: ${Y})?`,
    build: ([ordinal, year], today) => halfTerm(ORDINALS[ordinal ?? ''] ?? 1, year, today),
  },
  {
    pattern: `(?:the )?(spring|summer|autumn|fall|winter)(?: of)? ${Y}`,
    build: ([season, year]) => {
      const y = Number(year);
      const first = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[season as 'spring'] ?? 3;
      return fixed(monthSpan(y, first, first + 2));
    },
  },
  {
    pattern: `(early|mid|late)(?: in)? ${Y}`,
    build: ([part, year]) => {
      const first = { early: 1, mid: 5, late: 9 }[part as 'early'] ?? 1;
      return fixed(monthSpan(Number(year), first, first + 3));
    },
  },
  {
    pattern: `(?:the )?(beginning|start|end) of ${Y}`,
    build: ([part, year]) => fixed(part === 'end' ? monthSpan(Number(year), 10, 12) : monthSpan(Number(year), 1, 3)),
  },
  {
    // Days people name by their holiday: "around Christmas 2022", "before Easter".
    pattern: `(christmas eve|christmas day|christmas|xmas|new years eve|new year eve|new years day|new years|new year|orthodox easter|easter|may day|labou?r day|europe day)(?: ${Y})?`,
    build: ([holiday, year], today) => holidayTerm(holiday ?? '', year, today),
  },
  {
    pattern: `${Y}-${Y}`,
    build: ([first, last]) =>
      Number(first) <= Number(last) ? { ...fixed({ from: yearRange(Number(first)).from, to: yearRange(Number(last)).to }), isSpan: true } : null,
  },
  {
    pattern: `(?:the year )?${Y}`,
    build: ([year]) => ({ ...fixed(yearRange(Number(year))), yearOnly: true }),
  },
  {
    pattern: `(?:in )?(?:the )?(?:last|past|previous) (\\d{1,3}|${Object.keys(SMALL_NUMBERS).join('|')}) (days?|weeks?|months?|years?)`,
    build: ([count, unit], today) => {
      const n = SMALL_NUMBERS[count ?? ''] ?? Number(count);
      if (!Number.isFinite(n) || n < 1) return null;
      const from = unit?.startsWith('day') ? addDays(today, -n + 1)
        : unit?.startsWith('week') ? addDays(today, -7 * n + 1)
        : addDays(addMonths(today, unit?.startsWith('month') ? -n : -12 * n), 1);
      return fixed({ from, to: today });
    },
  },
  {
    pattern: '(?:the )?(last|previous|this|current|next) (year|month|week|quarter)',
    build: ([which, unit], today) => {
      const step = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
      if (unit === 'year') return fixed(yearRange(yearOf(today) + step));
      if (unit === 'week') return fixed(weekRange(addDays(today, 7 * step)));
      const monthDay = addMonths(`${today.slice(0, 8)}01`, unit === 'quarter' ? 3 * step : step);
      const [y, m] = splitDay(monthDay);
      return fixed(unit === 'quarter' ? quarterRange(y, Math.ceil(m / 3)) : monthRange(y, m));
    },
  },
  {
    pattern: '(today|yesterday)',
    build: ([word], today) => {
      const day = word === 'today' ? today : addDays(today, -1);
      return fixed({ from: day, to: day });
    },
  },
  {
    // A bare month only after a word that makes it a date: "in may", not "may I ask".
    pattern: `(?<=(?:^|\\s)(?:in|during|since|from|after|before|until|till|between|and|to|through|by|of|early|late|mid)\\s)${M}`,
    build: ([month], today) => {
      const m = monthNumber(month ?? '') ?? 1;
      return { month: m, hasYear: false, resolve: (year) => monthRange(year ?? latestYear(today, m), m) };
    },
  },
];

function holidayTerm(holiday: string, yearText: string | undefined, today: string): Omit<DateTerm, 'start' | 'end'> | null {
  const dayIn = (year: number): string => {
    if (holiday.includes('easter')) return easterDay(year, holiday.startsWith('orthodox'));
    if (holiday.endsWith('eve')) return toIsoDay(year, 12, holiday.startsWith('christmas') ? 24 : 31);
    if (holiday.startsWith('new year')) return toIsoDay(year, 1, 1);
    if (holiday === 'may day' || holiday.startsWith('lab')) return toIsoDay(year, 5, 1);
    if (holiday === 'europe day') return toIsoDay(year, 5, 9);
    return toIsoDay(year, 12, 25);
  };
  const latest = (year: number | null) => {
    if (year !== null) return dayIn(year);
    const thisYear = dayIn(yearOf(today));
    return thisYear <= today ? thisYear : dayIn(yearOf(today) - 1);
  };
  return {
    month: null,
    hasYear: yearText !== undefined,
    resolve: (year) => {
      const day = latest(yearText ? Number(yearText) : year);
      return { from: day, to: day };
    },
  };
}

/** Easter Sunday: the Western (Gregorian) date, or the Orthodox one (Julian computus, shown in Gregorian). */
function easterDay(year: number, orthodox: boolean): string {
  if (orthodox) {
    const a = year % 4;
    const b = year % 7;
    const c = year % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    return addDays(toIsoDay(year, month, day), 13);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDay(year, month, day);
}

function quarterTerm(quarter: number, yearText: string | undefined, today: string): Omit<DateTerm, 'start' | 'end'> {
  const startMonth = quarter * 3 - 2;
  return {
    month: startMonth,
    hasYear: yearText !== undefined,
    resolve: (year) => quarterRange(yearText ? Number(yearText) : (year ?? latestYear(today, startMonth)), quarter),
  };
}

function halfTerm(half: number, yearText: string | undefined, today: string): Omit<DateTerm, 'start' | 'end'> {
  const startMonth = half * 6 - 5;
  return {
    month: startMonth,
    hasYear: yearText !== undefined,
    resolve: (year) => halfRange(yearText ? Number(yearText) : (year ?? latestYear(today, startMonth)), half),
  };
}

