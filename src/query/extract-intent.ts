// What kind of answer the question wants. Reads the whole question (question words are filler, not claimed),
// so "where" and "when" survive whatever other extractors took; "how many" is claimed only when it counts
// something the engine can count, so "how many participants" is left for the rule of honesty.
import type { Intent } from './query.js';
import type { Order } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { isEventNoun } from './event-nouns.js';
import { FILLER_WORDS } from './filler-words.js';

const HELP = /^(?:help|\?|commands|usage|start|hi|hello|hey|what can you do|what do you know|how does this work|how do i use (?:this|you|it)|help me|help please)$/;

const RULES: readonly [RegExp, Intent][] = [
  [/\b(?:who|whom|which people|what people)\b/, 'who'],
  [/\b(?:where|which (?:cities|city|countries|country|places?))\b/, 'where'],
  [/\b(?:when|what (?:date|day|time)|which (?:date|day))\b/, 'when'],
];

export interface IntentClues {
  yesNo: boolean;
  counted: boolean;
  durationAsked: boolean;
  order: Order | null;
  /** "who organised X": the holders of a role. */
  roleAsked: boolean;
  /** "what did X present", "how many participants": a sentence of the post. */
  detail: boolean;
}

export function extractIntent(state: ParseState, clues: IntentClues): Intent {
  const text = state.text.trim();
  if (HELP.test(text) || text === '') return 'help';
  if (clues.yesNo) return 'yesno';
  if (clues.durationAsked) return 'duration';
  if (clues.detail) return 'detail';
  if (clues.roleAsked) return 'who';
  if (clues.counted || claimCount(state)) return 'count';
  for (const [pattern, intent] of RULES) if (pattern.test(text)) return intent;
  if (clues.order?.by === 'start' && clues.order.position === null) return clues.order.direction === 'desc' ? 'latest' : 'first';
  return 'list';
}

/** "how many events", "how many times", "how many did he attend", "how often", "number of meetings". */
function claimCount(state: ParseState): boolean {
  let counted = false;
  for (const { start, end } of matchFreeWords(state, 'how many|how often|(?:the )?(?:total )?number of|count of|count|total')) {
    const next = state.words[end];
    const countable = next === undefined || next === 'times' || next === 'time' || isEventNoun(next) || state.isTaken(end) || FILLER_WORDS.has(next);
    if (!countable && /^how many|number of/.test(state.words.slice(start, end).join(' '))) continue;
    state.take(start, end);
    if (next === 'times' || next === 'time') state.take(end, end + 1);
    counted = true;
  }
  return counted;
}
