// Where each conversation's state lives between questions, per platform place: a Slack thread or DM, a
// Discord reply chain or DM, a slash command user in a channel. Keys always carry the workspace and the
// channel (and the user for DMs and commands), so no state is shared between channels or between users.
import type { ConversationState } from '../../src/index.js';
import type { BoundedStore, BoundedStoreOptions } from './bounded-store.js';
import { createBoundedStore, DAY_MS } from './bounded-store.js';

export type ConversationStore = BoundedStore<ConversationState>;

export const CONVERSATION_LIMITS = { max: 10_000, ttlMs: DAY_MS } as const;

export function createConversationStore(options: Partial<BoundedStoreOptions> = {}): ConversationStore {
  return createBoundedStore<ConversationState>({ ...CONVERSATION_LIMITS, ...options });
}

/** The conversation key of a place, made of its parts; '' parts are kept so keys never run together. */
export function conversationKey(platform: 'slack' | 'discord', ...parts: readonly string[]): string {
  return [platform, ...parts.map((part) => part.replace(/[:\s]/g, '_'))].join(':');
}
