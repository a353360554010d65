// Windows around named days: "within 2 weeks of 9 March 2023", "in the month after May 2022", "the same week as
// 14 November 2023". The dates were already read; this widens or shifts the one each cue points at, with the
// same rules as an anchor on an event.
import type { ParseState } from './parse-state.js';
import type { DateMention } from './extract-dates.js';
import { ANCHOR_CUES, matchCue } from './anchor-cues.js';
import { anchorRange } from '../dates/anchor-range.js';

/** Only cues a date prefix does not already cover ("after May 2022" is a prefix). */
const WINDOW_CUES = ANCHOR_CUES.filter((cue) => /[#@]/.test(cue.words) || ['within', 'during', 'week-of'].includes(cue.relation) || cue.words.includes(' '));

export function extractDateWindows(state: ParseState, mentions: DateMention[]): void {
  for (const mention of mentions) {
    for (const cue of WINDOW_CUES) {
      const length = cue.words.split(' ').length;
      // The cue's last word may be the prefix the date already took ("within 2 weeks of" + "of 9 March").
      const prefixTaken = cue.words.endsWith(` ${state.words[mention.start]}`);
      const at = prefixTaken ? mention.start + 1 - length : mention.start - length;
      if (at < 0) continue;
      const matched = matchCue(state, at, cue.words, prefixTaken);
      if (!matched) continue;
      mention.range = anchorRange({ relation: cue.relation, distance: matched.distance }, [{ range: mention.days, isEvent: false }]);
      state.take(at, mention.start);
      mention.start = at;
      break;
    }
  }
}
