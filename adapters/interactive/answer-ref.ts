// What it takes to answer a question again, exactly, when someone clicks a button on its answer: the
// question, the conversation it was read against, the day it was asked on, and the dataset it was
// answered from (a button from an older dataset is stale). Kept in the button itself where it fits
// (Slack's value), else behind a short key (Discord's custom_id; long Slack conversations).
import type { Answer, ConversationState, Engine } from '../../src/index.js';
import { datasetFingerprint } from './dataset-fingerprint.js';

export interface AnswerRef {
  question: string;
  /** The conversation before the question (null: it was asked on its own). */
  before: ConversationState | null;
  /** The day "today" was when it was asked (YYYY-MM-DD). */
  day: string;
  /** The dataset it was answered from. */
  fingerprint: string;
  /** The answer was private (a slash command, a private Discord reply). */
  private: boolean;
  /** The handle of whoever shared it into a channel (Slack's "Share in channel"). */
  sharedBy?: string;
}

export function refFor(
  question: string,
  before: ConversationState | null,
  answer: Answer,
  engine: Engine,
  now: Date,
  isPrivate: boolean,
): AnswerRef {
  // A fresh question needs nothing of the conversation; a follow-up needs it as it was.
  return {
    question,
    before: answer.followUp ? before : null,
    day: now.toISOString().slice(0, 10),
    fingerprint: datasetFingerprint(engine),
    private: isPrivate,
  };
}

export type Replayed = { ok: true; answer: Answer } | { ok: false; reason: 'stale' };

/** The answer again, from the current engine; stale when the dataset has changed since. */
export function replayAnswer(engine: Engine, ref: AnswerRef): Replayed {
  if (datasetFingerprint(engine) !== ref.fingerprint) return { ok: false, reason: 'stale' };
  // Noon UTC of the day it was asked: the same "today" whatever the clock says now.
  return { ok: true, answer: engine.ask(ref.question, new Date(`${ref.day}T12:00:00Z`), ref.before) };
}

/**
 * Whether the ref can be replayed from its questions and focus alone (no list of events shown): a question
 * asked afresh, or one that refined earlier ones. "The second one" points into an earlier answer's list,
 * which only the server-side ref keeps.
 */
export function replaysWithoutShown(ref: AnswerRef, answer: Answer): boolean {
  return !answer.followUp || answer.conversation.questions.length > 1;
}
