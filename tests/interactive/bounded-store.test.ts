// Conversations and answer keys live in a bounded map with expiry: gone after a day unused, the least
// recently used first when full, and keys of different places never collide.
import { describe, expect, it } from 'vitest';
import { createAnswerKeys } from '../../adapters/interactive/answer-keys.js';
import { DAY_MS } from '../../adapters/interactive/bounded-store.js';
import { conversationKey, createConversationStore } from '../../adapters/interactive/conversations.js';

const state = (question: string) => ({ questions: [question], shown: [], focus: null });

describe('conversation store', () => {
  it('forgets a conversation a day after it was last used, and keeps one in use', () => {
    let now = 1;
    const store = createConversationStore({ now: () => now });
    store.set('a', state('events in Montenegro'));
    store.set('b', state('events in Albania'));
    now += DAY_MS - 1000;
    expect(store.get('a')?.questions).toEqual(['events in Montenegro']);
    now += 2000;
    expect(store.get('a')?.questions).toEqual(['events in Montenegro']);
    expect(store.get('b')).toBeUndefined();
    now += DAY_MS + 1;
    expect(store.get('a')).toBeUndefined();
  });

  it('drops the least recently used conversation when full', () => {
    const store = createConversationStore({ max: 2 });
    store.set('a', state('a'));
    store.set('b', state('b'));
    store.get('a');
    store.set('c', state('c'));
    expect([store.get('a'), store.get('b'), store.get('c')].map((entry) => entry?.questions[0])).toEqual([
      'a',
      undefined,
      'c',
    ]);
  });

  it('builds keys that cannot run together', () => {
    expect(conversationKey('slack', 'T1', 'C1:x', 'dm', 'U1')).not.toBe(
      conversationKey('slack', 'T1', 'C1', 'x:dm', 'U1'),
    );
    expect(conversationKey('slack', 'T1', 'D1', 'dm', 'U1')).not.toBe(conversationKey('slack', 'T1', 'D1', 'dm', 'U2'));
    expect(conversationKey('discord', 'C1', 'message', 'M1')).not.toBe(conversationKey('slack', 'C1', 'message', 'M1'));
  });
});

describe('answer keys', () => {
  it('gives short distinct keys that expire after a day', () => {
    let now = 1;
    const keys = createAnswerKeys({ now: () => now });
    const ref = { question: 'events in Skopje', before: null, day: '2024-06-01', fingerprint: 'abc', private: false };
    const made = Array.from({ length: 50 }, () => keys.keep(ref));
    expect(new Set(made).size).toBe(50);
    for (const key of made) expect(key).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(keys.find(made[0]!)).toEqual(ref);
    now += DAY_MS + 1;
    expect(keys.find(made[0]!)).toBeUndefined();
    expect(keys.find('not-a-key')).toBeUndefined();
  });
});
