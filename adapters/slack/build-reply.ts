// One request in, one Slack message out: the same routing for `/iisg`, mentions and DMs. The engine is
// fetched per request (it may be swapped when the dataset changes); digests are plugged in from outside.
// A question is read against its conversation (a thread, a DM, a user's slash commands in a channel), and
// its answer carries the buttons that page it, open its events and, when private, share it.
import type { BotContext } from '../bot-context.js';
import type { Answer, ConversationState } from '../../src/index.js';
import type { AnswerKeys } from '../interactive/answer-keys.js';
import { refFor } from '../interactive/answer-ref.js';
import type { ConversationStore } from '../interactive/conversations.js';
import { fitMessage } from './block-limits.js';
import { parseRequest } from './parse-request.js';
import { renderAnswer } from './render-answer.js';
import { renderHelp, renderNotice } from './render-help.js';
import { createSlackControls } from './slack-action-value.js';
import type { SlackMessage } from './slack-message.js';

/** Where a request came from; passed to the digest handler so it can subscribe the right channel. */
export interface SlackWhere {
  source: 'command' | 'mention' | 'dm';
  channelId: string;
  userId: string;
  teamId: string | undefined;
}

/**
 * Handles `/iisg digest <args>`. A string reply is plain text (escaped here); a SlackMessage is posted
 * as given, after the Block Kit limits are applied.
 */
export type DigestHandler = (args: string, where: SlackWhere) => Promise<string | SlackMessage>;

export interface ReplyDeps {
  context: Pick<BotContext, 'engine' | 'now'>;
  command: string;
  digest: DigestHandler | undefined;
  /** Conversations by key; without it every question stands alone. */
  conversations?: ConversationStore;
  /** Where button state too long for a Slack value is kept; without it answers have no buttons. */
  answerKeys?: AnswerKeys;
}

export const DIGESTS_NOT_SET_UP = 'Digests are not set up on this bot yet.';

/** `conversation`: the key of the conversation the text belongs to, if any. */
export async function buildReply(
  text: string,
  where: SlackWhere,
  deps: ReplyDeps,
  conversation?: string,
): Promise<SlackMessage> {
  const request = parseRequest(text, deps.command);
  switch (request.kind) {
    case 'help':
      return renderHelp({ command: deps.command, digests: deps.digest !== undefined });
    case 'invalid':
      return renderNotice(request.message);
    case 'recent':
      return answerIn(conversation, where, deps, null, (engine, now) => engine.recent(request.count, now));
    case 'ask':
      return answerIn(conversation, where, deps, request.question, (engine, now, before) =>
        engine.ask(request.question, now, before),
      );
    case 'digest': {
      if (!deps.digest) return renderNotice(DIGESTS_NOT_SET_UP);
      const reply = await deps.digest(request.args, where);
      return typeof reply === 'string' ? renderNotice(reply) : fitMessage(reply);
    }
  }
}

type Asking = (engine: ReturnType<BotContext['engine']>, now: Date, before: ConversationState | null) => Answer;

function answerIn(
  conversation: string | undefined,
  where: SlackWhere,
  deps: ReplyDeps,
  echo: string | null,
  ask: Asking,
): SlackMessage {
  const engine = deps.context.engine();
  const now = deps.context.now();
  const before = conversation ? (deps.conversations?.get(conversation) ?? null) : null;
  const answer = ask(engine, now, before);
  if (conversation) deps.conversations?.set(conversation, answer.conversation);
  const isPrivate = where.source === 'command';
  const controls = deps.answerKeys
    ? createSlackControls(refFor(answer.question, before, answer, engine, now, isPrivate), answer, deps.answerKeys)
    : undefined;
  return renderAnswer(answer, {
    ...(isPrivate && echo ? { echoQuestion: echo } : {}),
    ...(controls ? { controls } : {}),
  });
}
