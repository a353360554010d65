// One turn of a conversation: the question read on its own, then, unless it stands on its own, against the
// conversation so far (its questions replayed and merged in order) or pointed at an event it showed.
import type { ParsedQuestion } from '../query/parse-question.js';
import type { ConversationState, Turn } from './conversation-state.js';
import { readFollowUp } from './read-follow-up.js';
import { focusOn, mergeFollowUp } from './merge-follow-up.js';
import type { Phrasebook } from '../answer/phrasebook.js';

export interface TurnReading {
  parsed: ParsedQuestion;
  kind: Turn;
  /** The events the conversation points at after this turn. */
  focus: string[] | null;
  /** What the reading assumed, to say in the answer. */
  notes: string[];
  /** The turn points at something the conversation does not have: said instead of an answer. */
  problem: string | null;
  /** Read against the conversation before it (said in the answer). */
  followUp: boolean;
}

/** `read` parses one question as it stands (anchors settled); `pb` words what the reading says. */
export function readTurn(question: string, state: ConversationState | null, read: (question: string) => ParsedQuestion, pb: Phrasebook): TurnReading {
  const next = read(question);
  const hasPrevious = state !== null && state.questions.length > 0;
  const follow = readFollowUp(question, next, hasPrevious);
  // "who organised it" with nothing before it: there is no "it" to answer about.
  if (!hasPrevious && pointsBack(question, next)) {
    const problem = pb.say('turn.whichEvent');
    return { parsed: focusOn(next, []), kind: 'reference', focus: null, notes: [], problem, followUp: false };
  }
  if (follow.kind === 'fresh' || !state) return { parsed: next, kind: 'fresh', focus: null, notes: [], problem: null, followUp: false };
  if (follow.kind === 'reference') {
    const notes: string[] = [];
    let ids: string[];
    if (follow.index === 'it') {
      ids = state.focus ?? state.shown.slice(0, 1);
      if (!state.focus && state.shown.length > 1) notes.push(pb.say('turn.tookIt', { count: state.shown.length }));
    } else {
      const at = follow.index < 0 ? state.shown.length + follow.index : follow.index;
      const id = state.shown[at];
      if (!id) {
        const problem = pb.say('turn.noSuchPosition', { count: state.shown.length, ordinal: pb.ordinal(at + 1) });
        return { parsed: focusOn(next, [], true), kind: 'reference', focus: null, notes: [], problem, followUp: true };
      }
      ids = [id];
    }
    return { parsed: focusOn(next, ids, follow.index !== 'it'), kind: 'reference', focus: ids, notes, problem: null, followUp: true };
  }
  return { parsed: mergeFollowUp(replay(state, read), next, follow.additive), kind: 'refine', focus: state.focus, notes: [], problem: null, followUp: true };
}

/** Does the question point back at an event ("it", "that one") and name nothing of its own? */
function pointsBack(question: string, parsed: ParsedQuestion): boolean {
  const own = parsed.entities.length > 0 || parsed.textWords.length > 0 || parsed.query.range.from !== null || parsed.query.range.to !== null;
  const follow = readFollowUp(question, parsed, true);
  // "the first event" stands on its own; "it" and "that" do not.
  return !own && follow.kind === 'reference' && follow.index === 'it';
}

/** The conversation's questions merged in order, from the last one that stood on its own. */
function replay(state: ConversationState, read: (question: string) => ParsedQuestion): ParsedQuestion {
  const [first = '', ...rest] = state.questions;
  let parsed = read(first);
  if (state.focus) parsed = focusOn(parsed, state.focus);
  for (const question of rest) {
    const next = read(question);
    const follow = readFollowUp(question, next, true);
    parsed = follow.kind === 'refine' ? mergeFollowUp(parsed, next, follow.additive) : next;
  }
  return parsed;
}
