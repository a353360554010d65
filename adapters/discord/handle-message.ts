// Mentions (@bot where was Sojati in 2023) and direct messages: the text after the mention is a question.
// Without the MessageContent intent Discord still sends the content of these two kinds of message (a reply
// that pings the bot is a mention). A reply to one of the bot's answers follows the question it answered,
// and so does the next message in a DM.
import type { Message } from 'discord.js';
import type { ConversationState } from '../../src/index.js';
import type { BotContext } from '../bot-context.js';
import type { DiscordInteractive } from './discord-interactive.js';
import { answerWithControls, dmConversation, messageConversation } from './discord-interactive.js';
import type { DiscordReply } from './discord-reply.js';
import { renderApology } from './render/render-notice.js';

const MAX_QUESTION = 300;

/** The question in a message meant for the bot, or null when the message is not for the bot. */
export function questionFor(message: Message, botId: string): string | null {
  if (message.author.bot || message.system) return null;
  const direct = !message.inGuild();
  if (!direct && !message.mentions.users.has(botId)) return null;
  return (
    message.content
      .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
      .replace(/\s+/g, ' ')
      // "@bot, where was …" / "@bot: …": the punctuation belonged to the mention.
      .replace(/^[\s,:;.!-]+/, '')
      .trim()
      .slice(0, MAX_QUESTION)
  );
}

export async function handleMessage(
  message: Message,
  context: BotContext,
  interactive: DiscordInteractive,
): Promise<void> {
  const botId = message.client.user.id;
  const question = questionFor(message, botId);
  if (question === null) return;
  const repliedTo = message.reference?.messageId
    ? messageConversation(message.channelId, message.reference.messageId)
    : null;
  const dm = message.inGuild() ? null : dmConversation(message.channelId, message.author.id);
  const before =
    (repliedTo ? interactive.conversations.get(repliedTo) : undefined) ??
    (dm ? interactive.conversations.get(dm) : undefined) ??
    null;
  let reply: DiscordReply;
  let conversation: ConversationState | null = null;
  try {
    // An empty mention asks for help, which the engine answers like any question.
    const answered = answerWithControls(
      interactive,
      context,
      (engine, now, state) => engine.ask(question || 'help', now, state),
      before,
      false,
    );
    reply = answered.reply;
    conversation = answered.conversation;
  } catch (error) {
    context.log.error('discord: answering a message failed', error, describeMessage(message, question));
    reply = renderApology();
  }
  try {
    // No reply ping either: the asker sees the reply thread anyway.
    const sent = await message.reply({
      ...reply,
      allowedMentions: { parse: [], repliedUser: false },
      failIfNotExists: false,
    });
    if (conversation) {
      interactive.conversations.set(messageConversation(message.channelId, sent.id), conversation);
      if (dm) interactive.conversations.set(dm, conversation);
    }
  } catch (error) {
    context.log.error('discord: could not post the reply to a message', error, describeMessage(message, question));
  }
}

function describeMessage(message: Message, question: string): Record<string, unknown> {
  return { message: message.id, channel: message.channelId, guild: message.guildId, user: message.author.id, question };
}
