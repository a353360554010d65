import type { Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { questionFor } from '../../adapters/discord/handle-message.js';

const BOT = '1187654321098765432';

interface Shape {
  content: string;
  guild?: boolean;
  mentionsBot?: boolean;
  bot?: boolean;
  system?: boolean;
}

// Only the fields questionFor reads; the loopback tests cover real discord.js Messages.
function message({ content, guild = true, mentionsBot = false, bot = false, system = false }: Shape): Message {
  return {
    content,
    system,
    author: { bot },
    inGuild: () => guild,
    mentions: { users: new Map(mentionsBot ? [[BOT, {}]] : []) },
  } as unknown as Message;
}

describe('questionFor', () => {
  const asked: Array<[string, Shape, string]> = [
    ['a mention first', { content: `<@${BOT}> where was Sojati in 2023`, mentionsBot: true }, 'where was Sojati in 2023'],
    ['a nickname mention', { content: `<@!${BOT}> events in Montenegro`, mentionsBot: true }, 'events in Montenegro'],
    ['a mention in the middle', { content: `hey <@${BOT}>,  last 5 events\nplease`, mentionsBot: true }, 'hey , last 5 events please'],
    ['a mention with a comma', { content: `<@${BOT}>, where was Sojati in 2023?`, mentionsBot: true }, 'where was Sojati in 2023?'],
    ['a mention alone', { content: `<@${BOT}>`, mentionsBot: true }, ''],
    ['a direct message', { content: 'what happened in May 2022', guild: false }, 'what happened in May 2022'],
    ['a direct message with the mention', { content: `<@${BOT}> help`, guild: false }, 'help'],
  ];
  it.each(asked)('takes the question from %s', (_case, shape, question) => {
    expect(questionFor(message(shape), BOT)).toBe(question);
  });

  const ignored: Array<[string, Shape]> = [
    ['channel chatter', { content: 'where was Sojati in 2023?' }],
    ['a mention of someone else', { content: '<@1012345678901234567> where was Sojati in 2023' }],
    ['@everyone', { content: '@everyone meeting at 10' }],
    ['another bot mentioning us', { content: `<@${BOT}> ping`, mentionsBot: true, bot: true }],
    ['a bot in a DM', { content: 'status', guild: false, bot: true }],
    ['a system message', { content: '', guild: false, system: true }],
  ];
  it.each(ignored)('ignores %s', (_case, shape) => {
    expect(questionFor(message(shape), BOT)).toBeNull();
  });

  it('cuts a very long question to 300 characters', () => {
    expect(questionFor(message({ content: 'events '.repeat(100), guild: false }), BOT)?.length).toBeLessThanOrEqual(300);
  });
});
