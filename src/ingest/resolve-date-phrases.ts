// Turns date phrases as written into real days: lends a year to phrases without one (from the nearest
// phrase that has one), lends a range's month and year to its first day, and checks that the days exist.
import type { DatePhrase, DayParts } from './date-parsers.js';
import type { IngestProblem } from './ingest-problems.js';
import { problems } from './ingest-problems.js';
import { isValidDay, toIsoDay, weekdayIndex } from '../dates/day.js';

export interface LocatedPhrase {
  phrase: DatePhrase;
  /** The words as they appear in the post. */
  text: string;
  source: 'title' | 'body';
  /** The word just before the phrase, folded ('' at the start). */
  before: string;
}

export interface DayCandidate {
  text: string;
  source: 'title' | 'body';
  start: string;
  end: string;
  before: string;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Longer than this, a "date" is more likely a programme's period than an event's. */
const LONGEST_EVENT_DAYS = 31;

export function resolveDatePhrases(located: readonly LocatedPhrase[]): { candidates: DayCandidate[]; problems: IngestProblem[] } {
  const candidates: DayCandidate[] = [];
  const found: IngestProblem[] = [];
  const years = located.map(({ phrase }) => (phrase.kind === 'month' ? phrase.year : (phrase.to ?? phrase.from).year));

  located.forEach(({ phrase, text, source, before }, index) => {
    if (phrase.kind === 'month') return;
    const last = phrase.to ?? phrase.from;
    const year = last.year ?? nearestYear(years, index);
    if (year === null) {
      found.push(problems.dateWithoutYear(text));
      return;
    }
    const end = toDay(last, last.month, year);
    const firstMonth = phrase.from.month ?? last.month;
    // "30 December - 2 January 2023": the first day belongs to the year before.
    const firstYear = phrase.from.year ?? (firstMonth !== null && last.month !== null && firstMonth > last.month ? year - 1 : year);
    const start = phrase.to ? toDay(phrase.from, firstMonth, firstYear) : end;
    if (!start || !end || start > end) {
      found.push(problems.notADay(text));
      return;
    }
    for (const [parts, day] of [[phrase.from, start], [last, end]] as const) {
      if (parts.weekday !== null && parts.weekday !== weekdayIndex(day)) {
        found.push(problems.weekdayMismatch(text, WEEKDAY_NAMES[weekdayIndex(day)] ?? ''));
      }
    }
    const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
    if (days > LONGEST_EVENT_DAYS) found.push(problems.longRange(text, days));
    candidates.push({ text, source, start, end, before });
  });
  return { candidates, problems: found };
}

function toDay(parts: DayParts, month: number | null, year: number): string | null {
  if (month === null || !isValidDay(year, month, parts.day)) return null;
  return toIsoDay(year, month, parts.day);
}

/** The year of the nearest phrase that has one; on a tie the later phrase (a post states its year last). */
function nearestYear(years: readonly (number | null)[], index: number): number | null {
  for (let distance = 1; distance < years.length; distance++) {
    const after = years[index + distance];
    if (after !== undefined && after !== null) return after;
    const before = years[index - distance];
    if (before !== undefined && before !== null) return before;
  }
  return null;
}
