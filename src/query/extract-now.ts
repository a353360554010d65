// Dates anchored on today: "next meeting", "upcoming events", "later this month", "the rest of this week",
// "so far this year". Runs before the date terms, so "this month" in "later this month" is not the whole
// month. "next week" / "next year" are calendar periods and are left to the date terms.
import type { DayRange } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { intersectRanges, monthRange, weekRange, yearRange } from '../dates/day-range.js';
import { splitDay } from '../dates/day.js';
import { EVENT_NOUN_PATTERN, isPluralEventNoun } from './event-nouns.js';
import { wordNumber, WORD_NUMBER_PATTERN } from './word-numbers.js';

export interface NowAnchor {
  range: DayRange;
  /** From today on: nearest first, and events under way today are current. */
  upcoming: boolean;
  limit: number | null;
}

type Unit = 'week' | 'month' | 'year';
const UNIT = '(week|month|year)';
/** Words after "next" that anchor it on another event, not on today ("the next meeting after X"). */
const ANCHOR_WORDS = /^(?:after|following|since|from)$/;
const CALENDAR_UNITS = /^(?:week|month|year|quarter|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function periodOf(unit: Unit, today: string): DayRange {
  if (unit === 'week') return weekRange(today);
  const [year, month] = splitDay(today);
  return unit === 'month' ? monthRange(year, month) : yearRange(year);
}

interface Found {
  groups: string[];
  /** The word after the match. */
  following: string;
}

const RULES: readonly { pattern: string; anchor(found: Found, today: string): NowAnchor | null }[] = [
  {
    pattern: `(?:the )?(?:later|rest of) (?:this|the) ${UNIT}`,
    anchor: ({ groups: [unit] }, today) => ({ range: { from: today, to: periodOf(unit as Unit, today).to }, upcoming: true, limit: null }),
  },
  {
    pattern: `(?:so far|to date|until now|till now|up to now|thus far)(?: (?:this|in|for) ${UNIT})?|(?:this|the) ${UNIT} (?:so far|to date)|${UNIT} to date|ytd`,
    anchor: ({ groups }, today) => {
      const unit = groups.find(Boolean) as Unit | undefined;
      return { range: { from: unit ? periodOf(unit, today).from : null, to: today }, upcoming: false, limit: null };
    },
  },
  {
    pattern: `coming up|still to come|in the (?:coming|next) (?:days|weeks|months)|(?:the )?(next|upcoming|forthcoming|coming)(?: (${WORD_NUMBER_PATTERN}))?(?: (${EVENT_NOUN_PATTERN}))?|(?:the )?(?:future|planned|scheduled) (${EVENT_NOUN_PATTERN})`,
    anchor: ({ groups: [word, count, noun, noun2], following }, today) => {
      if (ANCHOR_WORDS.test(following) || (word === 'next' && !noun && !count && CALENDAR_UNITS.test(following))) return null;
      const n = count ? wordNumber(count) : null;
      // "the next meeting" is one event; "upcoming events" all of them.
      const single = n === null && word === 'next' && !isPluralEventNoun(noun ?? noun2 ?? '');
      return { range: { from: today, to: null }, upcoming: true, limit: n ?? (single ? 1 : null) };
    },
  },
];

/** Every phrase anchored on today, together: "coming up later this year" is from today to the year's end. */
export function extractNowAnchor(state: ParseState, today: string): NowAnchor | null {
  let found: NowAnchor | null = null;
  for (const rule of RULES) {
    for (const { match, start, end } of matchFreeWords(state, rule.pattern)) {
      const anchor = rule.anchor({ groups: match.slice(1) as string[], following: state.words[end] ?? '' }, today);
      if (!anchor) continue;
      state.take(start, end);
      found = found ? { range: intersectRanges(found.range, anchor.range), upcoming: found.upcoming || anchor.upcoming, limit: found.limit ?? anchor.limit } : anchor;
    }
  }
  return found;
}
