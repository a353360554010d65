// Where a click came from and how to answer it there: a message (replaced in place through its response
// URL, or with chat.update when there is none), a private note to the person who clicked, or, from the
// Home tab or a form, a modal (those have no response URL).
import type { webApi } from '@slack/bolt';
import type { Logger } from '../log.js';
import { postToResponseUrl } from './post-to-response-url.js';
import type { ResponseUrlOptions } from './post-to-response-url.js';
import { renderNotice } from './render-help.js';
import type { SlackMessage } from './slack-message.js';
import { truncateText } from './block-limits.js';

export interface ClickPlace {
  userId: string;
  /** The clicker's handle, for "Shared by @…". */
  userName: string;
  responseUrl: string | undefined;
  channelId: string | undefined;
  messageTs: string | undefined;
  ephemeral: boolean;
  /** The click came from a view (the Home tab or a modal), not a message. */
  inView: boolean;
  triggerId: string | undefined;
}

export interface ClickReplies {
  /** Shows `message` instead of the message clicked. */
  replace(message: SlackMessage): Promise<void>;
  /** A message only the person who clicked sees (a modal when the click came from a view). */
  privately(message: SlackMessage, title?: string): Promise<void>;
  /** A short private note. */
  note(text: string): Promise<void>;
}

interface ActionBody {
  user: { id: string; username?: string; name?: string };
  response_url?: string;
  trigger_id?: string;
  channel?: { id: string };
  container?: Record<string, unknown>;
  message?: { ts: string };
}

export function clickPlaceOf(body: ActionBody): ClickPlace {
  const container = body.container ?? {};
  const inView = container.type === 'view';
  return {
    userId: body.user.id,
    userName: body.user.username ?? body.user.name ?? 'someone',
    // Slack sends an empty string, not nothing, when a click has no response URL.
    responseUrl: body.response_url || undefined,
    channelId: body.channel?.id ?? (typeof container.channel_id === 'string' ? container.channel_id : undefined),
    messageTs: body.message?.ts ?? (typeof container.message_ts === 'string' ? container.message_ts : undefined),
    ephemeral: container.is_ephemeral === true,
    inView,
    triggerId: body.trigger_id,
  };
}

export function createClickReplies(
  place: ClickPlace,
  client: webApi.WebClient,
  responseUrl: ResponseUrlOptions,
  log: Logger,
): ClickReplies {
  const modal = async (message: SlackMessage, title: string) => {
    if (!place.triggerId) return;
    await client.views.open({
      trigger_id: place.triggerId,
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: truncateText(title, 24) },
        close: { type: 'plain_text', text: 'Close' },
        blocks: message.blocks,
      },
    });
  };
  const privately = async (message: SlackMessage, title = 'iisg-bot') => {
    if (place.inView) return modal(message, title);
    if (place.responseUrl)
      return postToResponseUrl(
        place.responseUrl,
        { response_type: 'ephemeral', replace_original: false, ...message },
        responseUrl,
      );
    if (place.channelId) {
      await client.chat.postEphemeral({
        channel: place.channelId,
        user: place.userId,
        text: message.text,
        blocks: message.blocks,
      });
      return;
    }
    log.warn('slack: a click had nowhere to answer', { user: place.userId });
  };
  return {
    async replace(message) {
      if (place.responseUrl)
        return postToResponseUrl(place.responseUrl, { replace_original: true, ...message }, responseUrl);
      if (place.channelId && place.messageTs && !place.ephemeral) {
        await client.chat.update({
          channel: place.channelId,
          ts: place.messageTs,
          text: message.text,
          blocks: message.blocks,
        });
        return;
      }
      await privately(message);
    },
    privately,
    note: (text) => privately(renderNotice(text)),
  };
}
