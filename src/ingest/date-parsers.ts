// The date phrases news posts use, as an ordered list of small parsers over date tokens (chrono-node's
// idea). Each parser reads one shape; the longest match at a position wins, ties go to the earlier parser.
// Parsers only read: years are lent and days checked later, in resolve-date-phrase.ts.
import type { DateToken } from './date-tokens.js';

/** One side of a date phrase as written; a part left out is null ("14th" in "14th and 15th of May"). */
export interface DayParts {
  day: number;
  month: number | null;
  year: number | null;
  weekday: number | null;
}

export type DatePhrase =
  | { kind: 'days'; parser: string; firstToken: number; start: number; end: number; from: DayParts; to: DayParts | null }
  | { kind: 'month'; parser: string; firstToken: number; start: number; end: number; month: number; year: number };

type Read<T> = { value: T; next: number } | null;

const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);

const isWord = (token: DateToken | undefined, ...words: string[]): boolean => token?.kind === 'word' && words.includes(token.text);

function readDay(tokens: readonly DateToken[], at: number): Read<number> {
  const token = tokens[at];
  return token?.kind === 'number' && token.value >= 1 && token.value <= 31 ? { value: token.value, next: at + 1 } : null;
}

/** "Tuesday", "Tue,", or nothing. */
function readWeekday(tokens: readonly DateToken[], at: number): { value: number | null; next: number } {
  const token = tokens[at];
  if (token?.kind !== 'weekday') return { value: null, next: at };
  return { value: token.value, next: tokens[at + 1]?.kind === 'comma' ? at + 2 : at + 1 };
}

/** ", 2022" or " 2022" after a month or day. */
function readYear(tokens: readonly DateToken[], at: number): { value: number | null; next: number } {
  const skip = tokens[at]?.kind === 'comma' ? 1 : 0;
  const token = tokens[at + skip];
  return token?.kind === 'year' ? { value: token.value, next: at + skip + 1 } : { value: null, next: at };
}

/** "[Tuesday] [the] 27th [of September [2022]]": day first, month optional unless `needMonth`. */
function readDayFirst(tokens: readonly DateToken[], at: number, needMonth: boolean): Read<DayParts> {
  const weekday = readWeekday(tokens, at);
  let next = weekday.next;
  if (isWord(tokens[next], 'the')) next++;
  const day = readDay(tokens, next);
  if (!day) return null;
  next = day.next;
  const ofSkip = isWord(tokens[next], 'of') ? 1 : 0;
  const monthToken = tokens[next + ofSkip];
  if (monthToken?.kind !== 'month') {
    return needMonth ? null : { value: { day: day.value, month: null, year: null, weekday: weekday.value }, next };
  }
  const year = readYear(tokens, next + ofSkip + 1);
  return { value: { day: day.value, month: monthToken.value, year: year.value, weekday: weekday.value }, next: year.next };
}

/** "[Tuesday,] March [the] 15[th][, 2022]". */
function readMonthFirst(tokens: readonly DateToken[], at: number): Read<DayParts> {
  const weekday = readWeekday(tokens, at);
  const monthToken = tokens[weekday.next];
  if (monthToken?.kind !== 'month') return null;
  let next = weekday.next + 1;
  if (isWord(tokens[next], 'the')) next++;
  const day = readDay(tokens, next);
  if (!day) return null;
  const year = readYear(tokens, day.next);
  return { value: { day: day.value, month: monthToken.value, year: year.value, weekday: weekday.value }, next: year.next };
}

/** "14.11.2023", "14/11/2023", "2023-11-14". */
function readNumeric(tokens: readonly DateToken[], at: number): Read<DayParts> {
  const token = tokens[at];
  if (token?.kind !== 'numeric') return null;
  return { value: { day: token.day, month: token.month, year: token.year, weekday: null }, next: at + 1 };
}

/** A dash or "to/until/through" joins a range; "and" joins two days (and is checked more strictly). */
function readConnector(tokens: readonly DateToken[], at: number): Read<'range' | 'and'> {
  const token = tokens[at];
  if (token?.kind === 'dash') return { value: 'range', next: at + 1 };
  if (token?.kind === 'word' && RANGE_WORDS.has(token.text)) return { value: 'range', next: at + 1 };
  if (isWord(token, 'and')) return { value: 'and', next: at + 1 };
  return null;
}

/** "5 May and 7 June" is two days, not a range; "5 and 6 May" or "5 May and 6 May" is one. */
function joinRange(from: DayParts, to: DayParts, connector: 'range' | 'and'): { from: DayParts; to: DayParts } | null {
  if (connector === 'and' && from.month !== null && from.month !== to.month) return null;
  if (connector === 'and' && from.year !== null && from.year !== to.year) return null;
  return { from, to };
}

type Located = 'parser' | 'firstToken' | 'start' | 'end';
type Shape = Omit<Extract<DatePhrase, { kind: 'days' }>, Located> | Omit<Extract<DatePhrase, { kind: 'month' }>, Located>;

function range(left: Read<DayParts>, tokens: readonly DateToken[], readRight: (at: number) => Read<DayParts>): Read<Shape> {
  if (!left) return null;
  // "5/6 May 2022": a slash joins two days, never two full dates (that would be a numeric date).
  const slash = tokens[left.next]?.kind === 'slash' && left.value.month === null ? { value: 'and' as const, next: left.next + 1 } : null;
  const connector = slash ?? readConnector(tokens, left.next);
  if (!connector) return null;
  const right = readRight(connector.next);
  if (!right) return null;
  const joined = joinRange(left.value, right.value, connector.value);
  return joined ? { value: { kind: 'days', ...joined }, next: right.next } : null;
}

const PARSERS: readonly { name: string; read: (tokens: readonly DateToken[], at: number) => Read<Shape> }[] = [
  {
    // "from 15 to 17 March 2022", "the 23rd to the 27th of May 2022", "Tuesday 27th and 28th of September 2022",
    // "30 May - 2 June 2022", "30 December 2022 - 2 January 2023"
    name: 'day-first range',
    read: (tokens, at) => range(readDayFirst(tokens, at, false), tokens, (next) => readDayFirst(tokens, next, true)),
  },
  {
    // "14, 15 and 16 March 2022"
    name: 'day list',
    read: (tokens, at) => {
      const first = readDayFirst(tokens, at, false);
      if (!first || first.value.month !== null) return null;
      let next = first.next;
      let listed = 0;
      while (tokens[next]?.kind === 'comma' && readDay(tokens, next + 1)) {
        next = readDay(tokens, next + 1)!.next;
        listed++;
      }
      if (listed === 0) return null;
      if (tokens[next]?.kind === 'comma') next++;
      if (!isWord(tokens[next], 'and')) return null;
      const last = readDayFirst(tokens, next + 1, true);
      return last ? { value: { kind: 'days', from: first.value, to: last.value }, next: last.next } : null;
    },
  },
  {
    // "March 15-17, 2022", "May 30 - June 2, 2022", "December 30, 2022 - January 2, 2023"
    name: 'month-first range',
    read: (tokens, at) => {
      const left = readMonthFirst(tokens, at);
      return range(left, tokens, (next) => {
        const full = readMonthFirst(tokens, next);
        if (full) return full;
        if (isWord(tokens[next], 'the')) next++;
        const day = readDay(tokens, next);
        if (!day || !left) return null;
        const year = readYear(tokens, day.next);
        return { value: { day: day.value, month: left.value.month, year: year.value, weekday: null }, next: year.next };
      });
    },
  },
  {
    // "14.11.2023 - 15.11.2023", "14-15.11.2023"
    name: 'numeric range',
    read: (tokens, at) => {
      const left = readNumeric(tokens, at) ?? readDayFirst(tokens, at, false);
      if (!left || (left.value.month !== null && tokens[at]?.kind !== 'numeric')) return null;
      return range(left, tokens, (next) => readNumeric(tokens, next));
    },
  },
  { name: 'day-first', read: (tokens, at) => wrapDay(readDayFirst(tokens, at, true)) },
  { name: 'month-first', read: (tokens, at) => wrapDay(readMonthFirst(tokens, at)) },
  { name: 'numeric', read: (tokens, at) => wrapDay(readNumeric(tokens, at)) },
  {
    // "May 2022": not a day, but it lends its year and is reported.
    name: 'month and year',
    read: (tokens, at) => {
      const month = tokens[at];
      if (month?.kind !== 'month') return null;
      const year = readYear(tokens, at + 1);
      return year.value === null ? null : { value: { kind: 'month', month: month.value, year: year.value }, next: year.next };
    },
  },
];

function wrapDay(read: Read<DayParts>): Read<Shape> {
  return read && { value: { kind: 'days', from: read.value, to: null }, next: read.next };
}

/** Every date phrase in the tokens, left to right, never overlapping. */
export function findDatePhrases(tokens: readonly DateToken[]): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  for (let at = 0; at < tokens.length; ) {
    let best: { name: string; read: NonNullable<Read<Shape>> } | null = null;
    for (const parser of PARSERS) {
      const read = parser.read(tokens, at);
      if (read && (!best || read.next > best.read.next)) best = { name: parser.name, read };
    }
    if (!best) {
      at++;
      continue;
    }
    const first = tokens[at]!;
    const last = tokens[best.read.next - 1]!;
    phrases.push({ ...best.read.value, parser: best.name, firstToken: at, start: first.start, end: last.end } as DatePhrase);
    at = best.read.next;
  }
  return phrases;
}
