// How many events and from which end: "last 5 events", "top 10", "3 most recent", "first event",
// "recent events". Runs after the date extractor, so "last 2 years" is already a date and never a limit.
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';

export type Order = 'chronological' | 'newest-first' | 'oldest-first';

export interface LimitSpec {
  limit: number | null;
  order: Order | null;
}

const DEFAULT_RECENT = 5;
const MAX_LIMIT = 100;
const NOUN = '(?: (?:events?|meetings?|activities|activity|items?|results?|ones?|posts?|entries|trips?))';
const NEWEST = '(?:last|latest|newest|most recent|recent|top)';
const OLDEST = '(?:first|earliest|oldest)';
const NUMBER = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)';
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

const RULES: readonly { pattern: string; spec: (groups: string[]) => LimitSpec }[] = [
  { pattern: `(${NEWEST}) ${NUMBER}${NOUN}?`, spec: ([which, n]) => ({ limit: count(n), order: which === 'top' ? null : 'newest-first' }) },
  { pattern: `(${OLDEST}) ${NUMBER}${NOUN}?`, spec: ([, n]) => ({ limit: count(n), order: 'oldest-first' }) },
  { pattern: `${NUMBER} (?:${NEWEST})${NOUN}?`, spec: ([n]) => ({ limit: count(n), order: 'newest-first' }) },
  { pattern: `${NUMBER} (?:${OLDEST})${NOUN}?`, spec: ([n]) => ({ limit: count(n), order: 'oldest-first' }) },
  { pattern: `(?:the )?(?:very )?(?:last|latest|newest|most recent)(?:${NOUN}| time)?`, spec: () => ({ limit: null, order: 'newest-first' }) },
  { pattern: `(?:the )?(?:very )?${OLDEST}(?:${NOUN}| time)?`, spec: () => ({ limit: null, order: 'oldest-first' }) },
  { pattern: `(?:recent|recently|lately|latest)${NOUN}?`, spec: () => ({ limit: null, order: 'newest-first' }) },
  { pattern: `${NUMBER}${NOUN}`, spec: ([n]) => ({ limit: count(n), order: null }) },
];

function count(text: string | undefined): number {
  const n = WORD_NUMBERS[text ?? ''] ?? Number(text);
  return Math.max(1, Math.min(MAX_LIMIT, n));
}

export function extractLimit(state: ParseState): LimitSpec {
  for (const { pattern, spec } of RULES) {
    const [found] = matchFreeWords(state, pattern);
    if (!found) continue;
    state.take(found.start, found.end);
    const result = spec(found.match.slice(1) as string[]);
    if (result.limit === null && result.order !== null) {
      // "the last event" is one event; "recent events" / "last events" a handful.
      const plural = /(?:events|meetings|activities|items|posts|trips|ones)$|recent|recently|lately/.test(found.match[0]);
      result.limit = plural || /^(?:recent|lately)/.test(found.match[0]) ? DEFAULT_RECENT : 1;
    }
    return result;
  }
  return { limit: null, order: null };
}
