// Mentions (@bot where was Sojati in 2023) and direct messages: the text after the mention is a question.
// Without the MessageContent intent Discord still sends the content of these two kinds of message.
import type { Message } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import type { DiscordReply } from './discord-reply.js';
import { renderAnswer } from './render/render-answer.js';
import { renderApology } from './render/render-notice.js';

const MAX_QUESTION = 300;

/** The question in a message meant for the bot, or null when the message is not for the bot. */
export function questionFor(message: Message, botId: string): string | null {
  if (message.author.bot || message.system) return null;
  const direct = !message.inGuild();
  if (!direct && !message.mentions.users.has(botId)) return null;
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    // "@bot, where was …" / "@bot: …": the punctuation belonged to the mention.
    .replace(/^[\s,:;.!-]+/, '')
    .trim()
    .slice(0, MAX_QUESTION);
}

export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  const question = questionFor(message, botId);
  if (question === null) return;
  let reply: DiscordReply;
  try {
    // An empty mention asks for help, which the engine answers like any question.
    reply = renderAnswer(context.engine().ask(question || 'help', context.now()));
  } catch (error) {
    context.log.error('discord: answering a message failed', error, describeMessage(message, question));
    reply = renderApology();
  }
  try {
    // No reply ping either: the asker sees the reply thread anyway.
    await message.reply({ ...reply, allowedMentions: { parse: [], repliedUser: false }, failIfNotExists: false });
  } catch (error) {
    context.log.error('discord: could not post the reply to a message', error, describeMessage(message, question));
  }
}

function describeMessage(message: Message, question: string): Record<string, unknown> {
  return { message: message.id, channel: message.channelId, guild: message.guildId, user: message.author.id, question };
}
