// Which end of the list and how much of it: "last 5 events", "the first event", "third most recent",
// "the second event of 2022", "second to last", "the 3 longest events", "shortest event". Runs after the
// date terms, so "last 2 years" is already a date and never a limit.
import type { Order } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { EVENT_NOUN_PATTERN, isPluralEventNoun } from './event-nouns.js';
import { ORDINAL_PATTERN, ordinalNumber, wordNumber, WORD_NUMBER_PATTERN } from './word-numbers.js';

export interface OrderSpec {
  limit: number | null;
  order: Order | null;
}

const DEFAULT_RECENT = 5;
const MAX_LIMIT = 100;
const NOUN = `(?: (${EVENT_NOUN_PATTERN}|time))`;
const NEWEST = '(?:last|latest|newest|most recent|recent|top|previous)';
const OLDEST = '(?:first|earliest|oldest|next)';
const NUMBER = `(${WORD_NUMBER_PATTERN})`;
const ORDINAL = `(${ORDINAL_PATTERN})`;

const byStart = (direction: Order['direction'], position: number | null = null): Order => ({ by: 'start', direction, position, ties: true });
const count = (text: string | undefined) => Math.max(1, Math.min(MAX_LIMIT, wordNumber(text ?? '') ?? 1));
/** "the last event" is one event; "recent events" / "last events" a handful. */
const defaultLimit = (noun: string | undefined, word: string) => (isPluralEventNoun(noun ?? '') || /^(?:recent|recently|lately)$/.test(word) ? DEFAULT_RECENT : 1);

const RULES: readonly { pattern: string; spec(groups: (string | undefined)[]): OrderSpec | null }[] = [
  // An order for the whole list: "in chronological order", "newest first", "in reverse order".
  { pattern: '(?:in )?(?:chronological|date|time) order|(?:the )?(?:oldest|earliest) first', spec: () => ({ limit: null, order: null }) },
  { pattern: '(?:in )?reverse(?: chronological| date)? order|(?:the )?(?:newest|latest|most recent) first|(?:from )?newest to oldest', spec: () => ({ limit: null, order: byStart('desc') }) },
  { pattern: `(?:the )?${ORDINAL} (?:most recent|latest|newest|last)${NOUN}?`, spec: ([n]) => ({ limit: null, order: byStart('desc', ordinalNumber(n ?? '')) }) },
  { pattern: `(?:the )?${ORDINAL}[ -](?:to|from)[ -](?:the )?last${NOUN}?`, spec: ([n]) => ({ limit: null, order: byStart('desc', ordinalNumber(n ?? '') ?? 2) }) },
  { pattern: `(?:the )?(?:penultimate|next[ -]to[ -]last|last[ -]but[ -]one)${NOUN}?`, spec: () => ({ limit: null, order: byStart('desc', 2) }) },
  {
    pattern: `(?:the )?(?:${ORDINAL} |${NUMBER} )?(longest|shortest)${NOUN}?`,
    spec: ([ordinal, n, which]) => ({
      limit: n ? count(n) : null,
      order: { by: 'duration', direction: which === 'longest' ? 'desc' : 'asc', position: ordinal ? ordinalNumber(ordinal) : n ? null : 1, ties: !n },
    }),
  },
  { pattern: `(${NEWEST}) ${NUMBER}${NOUN}?`, spec: ([which, n]) => ({ limit: count(n), order: which === 'top' ? null : byStart('desc') }) },
  { pattern: `${OLDEST} ${NUMBER}${NOUN}?`, spec: ([n]) => ({ limit: count(n), order: byStart('asc') }) },
  { pattern: `${NUMBER} ${NEWEST}${NOUN}?`, spec: ([n]) => ({ limit: count(n), order: byStart('desc') }) },
  { pattern: `${NUMBER} ${OLDEST}${NOUN}?`, spec: ([n]) => ({ limit: count(n), order: byStart('asc') }) },
  { pattern: `(?:the )?(?:very )?(last|latest|newest|most recent|previous)${NOUN}?`, spec: ([word, noun]) => ({ limit: defaultLimit(noun, word ?? ''), order: byStart('desc') }) },
  { pattern: `(?:the )?(?:very )?(first|earliest|oldest|next)${NOUN}?`, spec: ([word, noun]) => ({ limit: defaultLimit(noun, word ?? ''), order: byStart('asc') }) },
  {
    pattern: `(?:the )?${ORDINAL}${NOUN}?`,
    spec: ([n]) => {
      const position = ordinalNumber(n ?? '');
      return position === null || position < 2 ? null : { limit: null, order: byStart('asc', position) };
    },
  },
  { pattern: `(recent|recently|lately)${NOUN}?`, spec: ([word, noun]) => ({ limit: defaultLimit(noun, word ?? ''), order: byStart('desc') }) },
  { pattern: `${NUMBER}${NOUN}`, spec: ([n]) => ({ limit: count(n), order: null }) },
];

export function extractOrder(state: ParseState): OrderSpec {
  for (const { pattern, spec } of RULES) {
    for (const found of matchFreeWords(state, pattern)) {
      const result = spec(found.match.slice(1));
      if (!result) continue;
      state.take(found.start, found.end);
      return result;
    }
  }
  return { limit: null, order: null };
}
