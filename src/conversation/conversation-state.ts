// What a conversation remembers between questions: a plain value the adapters keep per thread, DM or reply
// chain. The questions since the last one that stood on its own are replayed on the next turn (so a
// follow-up of a follow-up keeps everything), and the events last shown let "the second one" point at one.
export interface ConversationState {
  /** Questions since the last complete one, oldest first (at most MAX_TURNS). */
  questions: string[];
  /** Ids of the events the last answer presented, in its order (at most MAX_SHOWN). */
  shown: string[];
  /** The events the conversation points at since "the second one" / "it", if it does. */
  focus: string[] | null;
}

export const MAX_TURNS = 6;
/** As many as an answer can page through (adapters show at most 100 events). */
export const MAX_SHOWN = 100;

export type Turn = 'fresh' | 'refine' | 'reference';

export function nextConversationState(previous: ConversationState | null, question: string, turn: Turn, shown: readonly string[], focus: readonly string[] | null): ConversationState {
  const questions = turn === 'refine' && previous ? [...previous.questions, question].slice(-MAX_TURNS) : [question];
  return { questions, shown: shown.slice(0, MAX_SHOWN), focus: turn === 'fresh' ? null : focus ? [...focus] : null };
}
