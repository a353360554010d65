// The words that anchor a date on something else ("after", "within 2 weeks of", "the same week as"), shared by
// the event anchors and the day anchors ("within 2 weeks of 9 March 2023"). '#' stands for a number, '@' a unit.
import type { Anchor, AnchorRelation } from './query.js';
import type { ParseState } from './parse-state.js';
import { wordNumber } from './word-numbers.js';

export type Distance = NonNullable<Anchor['distance']>;
type Unit = Distance['unit'];

export interface Cue {
  /** Words, as a pattern over single words ('#' is a number, '@' a unit). */
  words: string;
  relation: AnchorRelation;
  nearest?: boolean;
}

export const ANCHOR_CUES: readonly Cue[] = [
  { words: 'within # @ of', relation: 'within' },
  { words: 'within # @ after', relation: 'after' },
  { words: 'within # @ before', relation: 'before' },
  { words: 'in the # @ after', relation: 'after' },
  { words: 'in the # @ following', relation: 'after' },
  { words: 'in the # @ before', relation: 'before' },
  { words: 'in the # @ leading up to', relation: 'before' },
  { words: 'in the @ after', relation: 'after' },
  { words: 'in the @ before', relation: 'before' },
  { words: 'the @ after', relation: 'after' },
  { words: 'the @ before', relation: 'before' },
  { words: '# @ after', relation: 'after' },
  { words: '# @ before', relation: 'before' },
  { words: 'the same @ as', relation: 'during' },
  { words: 'same @ as', relation: 'during' },
  { words: 'at the same time as', relation: 'during' },
  { words: 'the week of', relation: 'week-of' },
  { words: 'right after', relation: 'after', nearest: true },
  { words: 'just after', relation: 'after', nearest: true },
  { words: 'immediately after', relation: 'after', nearest: true },
  { words: 'directly after', relation: 'after', nearest: true },
  { words: 'shortly after', relation: 'after', nearest: true },
  { words: 'soon after', relation: 'after', nearest: true },
  { words: 'right before', relation: 'before', nearest: true },
  { words: 'just before', relation: 'before', nearest: true },
  { words: 'immediately before', relation: 'before', nearest: true },
  { words: 'directly before', relation: 'before', nearest: true },
  { words: 'shortly before', relation: 'before', nearest: true },
  { words: 'prior to', relation: 'before' },
  { words: 'ahead of', relation: 'before' },
  { words: 'leading up to', relation: 'before' },
  { words: 'in the run up to', relation: 'before' },
  { words: 'subsequent to', relation: 'after' },
  { words: 'in the wake of', relation: 'after' },
  { words: 'later than', relation: 'after' },
  { words: 'earlier than', relation: 'before' },
  { words: 'before', relation: 'before' },
  { words: 'preceding', relation: 'before' },
  { words: 'until', relation: 'before' },
  { words: 'till', relation: 'before' },
  { words: 'after', relation: 'after' },
  { words: 'following', relation: 'after' },
  { words: 'since', relation: 'after' },
  { words: 'between', relation: 'between' },
  { words: 'during', relation: 'during' },
  { words: 'around', relation: 'around' },
  { words: 'simultaneously with', relation: 'during' },
  { words: 'alongside', relation: 'during' },
];
const UNITS: Record<string, Unit> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

/** The cue's length and distance when `pattern` matches the free words at `at`; `lastTaken` lets its last word be taken. */
export function matchCue(state: ParseState, at: number, pattern: string, lastTaken = false): { length: number; distance: Distance | null } | null {
  let count: number | null = null;
  let unit: Unit | null = null;
  const parts = pattern.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const word = state.words[at + k];
    if (word === undefined || (!state.isFree(at + k, at + k + 1) && !(lastTaken && k === parts.length - 1))) return null;
    const part = parts[k];
    if (part === '#') {
      count = wordNumber(word);
      if (count === null) return null;
    } else if (part === '@') {
      unit = UNITS[word] ?? null;
      if (unit === null) return null;
    } else if (part !== word) return null;
  }
  const distance = unit ? { count: count ?? 1, unit } : null;
  return { length: parts.length, distance };
}

