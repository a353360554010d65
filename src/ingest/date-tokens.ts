// Cuts text into the tokens date phrases are made of (numbers, years, month and weekday names, small
// words, dashes, commas), each with its offsets, so the date parsers read a stream instead of raw text.
import { monthNumber } from '../dates/month-names.js';
import { foldText } from '../text/fold.js';

export type DateToken =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'year'; value: number; start: number; end: number }
  | { kind: 'month'; value: number; start: number; end: number }
  | { kind: 'weekday'; value: number; start: number; end: number }
  | { kind: 'numeric'; year: number; month: number; day: number; start: number; end: number }
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'dash' | 'slash' | 'comma' | 'stop'; start: number; end: number };

/** Monday = 0, as in src/dates/day.ts. */
const WEEKDAYS = new Map<string, number>([
  ['monday', 0], ['mon', 0],
  ['tuesday', 1], ['tue', 1], ['tues', 1],
  ['wednesday', 2], ['wed', 2],
  ['thursday', 3], ['thu', 3], ['thur', 3], ['thurs', 3],
  ['friday', 4], ['fri', 4],
  ['saturday', 5], ['sat', 5],
  ['sunday', 6], ['sun', 6],
]);

const TOKEN = new RegExp(
  [
    // ISO 2023-11-14 or 2023/11/14
    String.raw`(?<iso>(?<isoY>\d{4})(?<isoSep>[-/])(?<isoM>\d{1,2})\k<isoSep>(?<isoD>\d{1,2}))(?![\p{L}\p{N}])`,
    // European numeric 14.11.2023, 14/11/2023, 14-11-2023 (day first)
    String.raw`(?<num>(?<numD>\d{1,2})(?<numSep>[./-])(?<numM>\d{1,2})\k<numSep>(?<numY>\d{4}))(?![\p{L}\p{N}])`,
    String.raw`(?<digits>\d+)(?<suffix>st|nd|rd|th)?(?![\p{L}\p{N}])`,
    String.raw`(?<word>[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)(?<dot>\.)?`,
    String.raw`(?<dash>--|[-\u2010-\u2015\u2212])`,
    String.raw`(?<comma>,)`,
    String.raw`(?<slash>/)`,
    String.raw`(?<amp>&)`,
    String.raw`(?<stop>\S)`,
  ].join('|'),
  'gu',
);

export function tokenizeDates(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  // Every date phrase has a number in it.
  if (!/\d/.test(text)) return tokens;
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const start = match.index;
    let end = start + match[0].length;
    if (groups.iso) {
      tokens.push({ kind: 'numeric', year: Number(groups.isoY), month: Number(groups.isoM), day: Number(groups.isoD), start, end });
    } else if (groups.num) {
      tokens.push({ kind: 'numeric', year: Number(groups.numY), month: Number(groups.numM), day: Number(groups.numD), start, end });
    } else if (groups.digits) {
      const value = Number(groups.digits);
      if (!groups.suffix && groups.digits.length === 4 && value >= 1900 && value <= 2099) tokens.push({ kind: 'year', value, start, end });
      else if (groups.digits.length <= 2) tokens.push({ kind: 'number', value, start, end });
      else tokens.push({ kind: 'word', text: match[0], start, end });
    } else if (groups.word) {
      const word = groups.word;
      const folded = foldText(word).replace(/['’]s$/, '');
      // Month and weekday names count only when capitalised: "may" and "march" are also English words.
      const capitalised = /^\p{Lu}/u.test(word);
      const month = capitalised ? monthNumber(folded) : undefined;
      const weekday = capitalised ? WEEKDAYS.get(folded) : undefined;
      // "Nov." keeps its dot; any other word gives its dot back as a stop.
      if (groups.dot && month === undefined && weekday === undefined) end -= 1;
      if (month !== undefined) tokens.push({ kind: 'month', value: month, start, end });
      else if (weekday !== undefined) tokens.push({ kind: 'weekday', value: weekday, start, end });
      else tokens.push({ kind: 'word', text: folded === '&' ? 'and' : folded, start, end });
      if (groups.dot && end === start + word.length) tokens.push({ kind: 'stop', start: end, end: end + 1 });
    } else if (groups.dash) {
      tokens.push({ kind: 'dash', start, end });
    } else if (groups.slash) {
      tokens.push({ kind: 'slash', start, end });
    } else if (groups.comma) {
      tokens.push({ kind: 'comma', start, end });
    } else if (groups.amp) {
      tokens.push({ kind: 'word', text: 'and', start, end });
    } else {
      tokens.push({ kind: 'stop', start, end });
    }
  }
  return tokens;
}
