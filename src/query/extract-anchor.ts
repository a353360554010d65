// Dates taken from another event: "after the Ohrid conference", "the meeting before the Athens seminar",
// "between the Ohrid conference and the Athens seminar", "within 2 weeks of the Rome conference", "in the
// month after the Tivat meeting", "the same week as the Budapest workshop", "around the Rome conference".
// The parser only finds the words that describe the event; the planner reads them as a question of their
// own and requires exactly one event. Dates before a cue ("after May 2022") were already taken as dates.
import type { Anchor, AnchorTarget } from './query.js';
import type { ParseState } from './parse-state.js';
import { isEventNoun, isPluralEventNoun } from './event-nouns.js';
import { ANCHOR_CUES, matchCue } from './anchor-cues.js';

/** Words that end an event's description: another operator, or a new clause. */
const STOPS = new Set([
  'not', 'no', 'without', 'except', 'excluding', 'outside', 'but', 'before', 'after', 'since', 'until', 'till', 'between',
  'within', 'where', 'when', 'who', 'which', 'that', 'while', 'whereas', 'and', 'or', 'during', 'following', 'preceding',
]);

export interface AnchorOptions {
  /** Overrides where each target's description ends (the planner shortens a description that finds nothing). */
  targetEnds?: readonly number[];
}

export function extractAnchor(state: ParseState, options: AnchorOptions = {}): Anchor | null {
  for (let i = 0; i < state.words.length; i++) {
    if (state.isTaken(i)) continue;
    for (const cue of ANCHOR_CUES) {
      const matched = matchCue(state, i, cue.words);
      if (!matched) continue;
      const from = i + matched.length;
      const first = describedEvent(state, from, options.targetEnds?.[0]);
      if (!first) continue;
      const targets = [first];
      if (cue.relation === 'between') {
        if (state.words[first.end] !== 'and') continue;
        const second = describedEvent(state, first.end + 1, options.targetEnds?.[1]);
        if (!second) continue;
        targets.push(second);
        state.take(first.end, first.end + 1);
      }
      state.take(i, from);
      for (const target of targets) state.take(target.start, target.end);
      return { relation: cue.relation, targets, distance: matched.distance, nearest: cue.nearest === true || singularBefore(state, i) };
    }
  }
  return null;
}

/** The free words after a cue up to the clause's end or the next operator: at least one, at most eight. */
function describedEvent(state: ParseState, from: number, end?: number): AnchorTarget | null {
  let stop = from;
  const limit = end ?? Math.min(state.words.length, from + 8);
  while (stop < limit && state.isFree(stop, stop + 1) && (end !== undefined || stop === from || !STOPS.has(state.words[stop] ?? ''))) {
    stop++;
    if (end === undefined && state.endsClause(stop - 1)) break;
  }
  const words = state.words.slice(from, stop);
  // "after all", "before that": no description of an event.
  if (words.length === 0 || words.every((word) => /^(?:the|a|an|that|this|it|then|all|him|her|them)$/.test(word))) return null;
  return { phrase: words.join(' '), start: from, end: stop };
}

/** "the meeting before X" is one event, the nearest; "meetings before X" or "what happened before X" all of them. */
function singularBefore(state: ParseState, cue: number): boolean {
  const noun = state.words[cue - 1] ?? '';
  const determiner = state.words[cue - 2] ?? '';
  return isEventNoun(noun) && !isPluralEventNoun(noun) && /^(?:the|a|an|one)$/.test(determiner);
}
