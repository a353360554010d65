// Conversations and answer keys for Discord: a reply chain (a message replying to one of the bot's answers)
// and each DM are conversations, and so are one person's /iisg commands in a channel. Every answer is kept
// under a short key so its buttons and menus can replay it (custom_id holds 100 characters).
import type { Answer, ConversationState } from '../../src/index.js';
import type { BotContext } from '../bot-context.js';
import type { AnswerKeys } from '../interactive/answer-keys.js';
import { createAnswerKeys } from '../interactive/answer-keys.js';
import { refFor } from '../interactive/answer-ref.js';
import type { ConversationStore } from '../interactive/conversations.js';
import { conversationKey, createConversationStore } from '../interactive/conversations.js';
import type { DiscordReply } from './discord-reply.js';
import { renderAnswer } from './render/render-answer.js';

export interface DiscordInteractive {
  conversations: ConversationStore;
  keys: AnswerKeys;
}

export function createDiscordInteractive(options: Partial<DiscordInteractive> = {}): DiscordInteractive {
  return {
    conversations: options.conversations ?? createConversationStore(),
    keys: options.keys ?? createAnswerKeys(),
  };
}

/** The conversation of the bot's message `messageId` in `channelId` (a reply to it continues it). */
export const messageConversation = (channelId: string, messageId: string) =>
  conversationKey('discord', channelId, 'message', messageId);
export const dmConversation = (channelId: string, userId: string) =>
  conversationKey('discord', channelId, 'dm', userId);
export const commandConversation = (guildId: string | null, channelId: string, userId: string) =>
  conversationKey('discord', guildId ?? 'dm', channelId, 'command', userId);

export type Asking = (engine: ReturnType<BotContext['engine']>, now: Date, before: ConversationState | null) => Answer;

export interface Answered {
  reply: DiscordReply;
  /** The state to keep for the next question of this conversation. */
  conversation: ConversationState;
}

/** Asks with the conversation so far (`before`), and renders the answer with its buttons. */
export function answerWithControls(
  interactive: DiscordInteractive,
  context: BotContext,
  ask: Asking,
  before: ConversationState | null,
  isPrivate: boolean,
): Answered {
  const engine = context.engine();
  const now = context.now();
  const answer = ask(engine, now, before);
  const key = interactive.keys.keep(refFor(answer.question, before, answer, engine, now, isPrivate));
  return { reply: renderAnswer(answer, { key }), conversation: answer.conversation };
}
