// Mentions (answered in a thread under the message) and direct messages (answered in the DM). Bolt has
// already acknowledged the event; repeats of a message Slack delivers twice are answered once. A thread is
// one conversation (a mention in it follows the question before), and so is each person's DM.
import type { App, Context } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import { buildReply } from '../build-reply.js';
import type { SlackWhere } from '../build-reply.js';
import { toPlainQuestion } from '../message-text.js';
import { renderApology } from '../render-help.js';
import type { SlackMessage } from '../slack-message.js';
import type { ListenerDeps } from './listener-deps.js';
import { conversationKey } from '../../interactive/conversations.js';

interface IncomingMessage {
  source: 'mention' | 'dm';
  channel: string;
  ts: string;
  /** Thread to answer in; undefined answers in the conversation itself. */
  threadTs: string | undefined;
  text: string;
  user: string;
  teamId: string | undefined;
}

export function listenForMessages(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (event.bot_id || !event.user) return; // other bots: never start a bot-to-bot conversation
    const message = { source: 'mention' as const, channel: event.channel, ts: event.ts, threadTs: event.thread_ts ?? event.ts, text: event.text, user: event.user, teamId: body.team_id };
    await answerMessage(message, context, client, deps);
  });

  app.event('message', async ({ event, body, context, client }) => {
    // Only plain messages a person sends in a DM; edits, joins and bot posts have a subtype.
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return;
    const message = { source: 'dm' as const, channel: event.channel, ts: event.ts, threadTs: event.thread_ts, text: event.text ?? '', user: event.user, teamId: body.team_id };
    await answerMessage(message, context, client, deps);
  });
}

async function answerMessage(incoming: IncomingMessage, context: Context, client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  const details = { source: incoming.source, channel: incoming.channel, ts: incoming.ts, user: incoming.user };
  if (!deps.dedupe.claim(`${incoming.channel}:${incoming.ts}`)) {
    deps.log.info('slack: repeated delivery ignored', { ...details, retryNum: context.retryNum, retryReason: context.retryReason });
    return;
  }
  await deps.track('message', async () => {
    const text = toPlainQuestion(incoming.text, context.botUserId);
    const where: SlackWhere = { source: incoming.source, channelId: incoming.channel, userId: incoming.user, teamId: incoming.teamId };
    let reply: SlackMessage;
    try {
      reply = await buildReply(text, where, deps, conversationOf(incoming));
    } catch (error) {
      deps.log.error('slack: answering a message failed', error, { ...details, text });
      reply = renderApology();
    }
    try {
      await client.chat.postMessage({
        channel: incoming.channel,
        ...(incoming.threadTs ? { thread_ts: incoming.threadTs } : {}),
        text: reply.text,
        blocks: reply.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      deps.log.error('slack: could not post a reply', error, details);
    }
  });
}

/** The thread a mention is answered in, or the person's DM (threads inside a DM are the same conversation). */
function conversationOf(incoming: IncomingMessage): string {
  const team = incoming.teamId ?? '';
  if (incoming.source === 'dm') return conversationKey('slack', team, incoming.channel, 'dm', incoming.user);
  return conversationKey('slack', team, incoming.channel, 'thread', incoming.threadTs ?? incoming.ts);
}
