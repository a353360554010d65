// How long events last: "how long was the Ohrid conference" (the answer is days), and filters on length:
// "events longer than 2 days", "multi-day workshops", "one-day meetings", "three-day conferences".
import type { DurationFilter } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { wordNumber, WORD_NUMBER_PATTERN } from './word-numbers.js';
import { EVENT_NOUN_PATTERN } from './event-nouns.js';

export interface DurationSpec {
  /** The question asks for a length. */
  asked: boolean;
  filter: DurationFilter | null;
}

const N = `(${WORD_NUMBER_PATTERN}|a|one)`;
const DAYS = ' (?:days?|full days?)';

const FILTERS: readonly { pattern: string; filter(groups: (string | undefined)[]): DurationFilter }[] = [
  { pattern: `(?:longer|more|over) than ${N}${DAYS}|(?:over|above) ${N}${DAYS}`, filter: ([n, m]) => ({ min: days(n ?? m) + 1, max: null }) },
  { pattern: `(?:at least|minimum|min) ${N}${DAYS}|${N}${DAYS} or (?:more|longer)`, filter: ([n, m]) => ({ min: days(n ?? m), max: null }) },
  { pattern: `(?:shorter|less|fewer) than ${N}${DAYS}|under ${N}${DAYS}`, filter: ([n, m]) => ({ min: null, max: days(n ?? m) - 1 }) },
  { pattern: `(?:at most|maximum|max|up to) ${N}${DAYS}|${N}${DAYS} or (?:less|shorter|fewer)`, filter: ([n, m]) => ({ min: null, max: days(n ?? m) }) },
  { pattern: 'multi-?days?|multi days?|multiple days|several days|more than a day|longer than a day|over several days', filter: () => ({ min: 2, max: null }) },
  { pattern: `(?:one|single|1|same)-day|(?:one|single|1) day(?= ${EVENT_NOUN_PATTERN})|(?:a|one) day long`, filter: () => ({ min: 1, max: 1 }) },
  {
    pattern: `(${WORD_NUMBER_PATTERN})-days?|(${WORD_NUMBER_PATTERN}) days? long|(${WORD_NUMBER_PATTERN}) day(?= ${EVENT_NOUN_PATTERN})`,
    filter: ([n, m, k]) => ({ min: days(n ?? m ?? k), max: days(n ?? m ?? k) }),
  },
];

function days(text: string | undefined): number {
  if (text === 'a') return 1;
  return Math.max(1, wordNumber(text ?? '') ?? 1);
}

export function extractDuration(state: ParseState): DurationSpec {
  let asked = false;
  for (const { start, end } of matchFreeWords(state, '(?:for )?how long|how many days|(?:the )?(?:duration|length) of|lasted how long')) {
    state.take(start, end);
    asked = true;
  }
  // "how long did the Vienna working group last": the verb, not "the last event".
  const lastWord = state.words.length - 1;
  if (asked && /^(?:last|lasted|take|took|run|ran)$/.test(state.words[lastWord] ?? '') && state.isFree(lastWord, lastWord + 1)) state.take(lastWord, lastWord + 1);
  let filter: DurationFilter | null = null;
  for (const rule of FILTERS) {
    const [match] = matchFreeWords(state, rule.pattern);
    if (!match) continue;
    state.take(match.start, match.end);
    filter = rule.filter(match.match.slice(1));
    break;
  }
  return { asked, filter };
}
