// What Slack sends an app in HTTP mode: slash command forms and Events API callbacks, signed the way
// Slack signs them (v0 = HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret).
import { createHmac } from 'node:crypto';
import { FAKE_BOT } from './slack-web-api.js';

export const TEST_SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

export function signSlackRequest(secret: string, timestampSeconds: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex')}`;
}

export interface SignedPost {
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replaces the computed signature (bad-signature cases). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface SignedPostResult {
  status: number;
  body: string;
}

export async function postSigned(url: string, post: SignedPost): Promise<SignedPostResult> {
  const timestamp = post.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = post.signature ?? signSlackRequest(post.secret ?? TEST_SIGNING_SECRET, timestamp, post.body);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': post.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...post.headers,
    },
    body: post.body,
  });
  return { status: response.status, body: await response.text() };
}

export interface SlashCommandFields {
  text: string;
  responseUrl: string;
  command?: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
}

export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: FAKE_BOT.teamId,
    team_domain: 'iisg-test',
    channel_id: fields.channelId ?? 'C0GENERAL01',
    channel_name: 'general',
    user_id: fields.userId ?? 'U0ALICE0001',
    user_name: 'alice',
    command: fields.command ?? '/iisg',
    text: fields.text,
    api_app_id: 'A0IISGBOT01',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? '1234567890.1234567890.abcdef',
  }).toString();
}

/** An Events API callback wrapping one event (app_mention, message, ...). */
export function eventCallbackBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0IISGBOT01',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [
      {
        enterprise_id: null,
        team_id: FAKE_BOT.teamId,
        user_id: FAKE_BOT.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
}

export function mentionEvent(text: string, ts: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'U0ALICE0001',
    text: `<@${FAKE_BOT.userId}> ${text}`,
    ts,
    channel: 'C0GENERAL01',
    team: FAKE_BOT.teamId,
    ...extra,
  };
}

export function directMessageEvent(
  text: string,
  ts: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    channel_type: 'im',
    user: 'U0ALICE0001',
    text,
    ts,
    channel: 'D0ALICEDM01',
    team: FAKE_BOT.teamId,
    ...extra,
  };
}

export interface BlockActionFields {
  actionId: string;
  value?: string;
  blockId?: string;
  userId?: string;
  userName?: string;
  /** Empty for clicks in the Home tab or a modal. */
  responseUrl?: string;
  /** The message clicked: a channel message, an ephemeral one (slash command answers), or a view. */
  container?:
    | { type: 'message'; channelId: string; messageTs: string; ephemeral?: boolean }
    | { type: 'view'; viewId: string };
  triggerId?: string;
}

/** A button click as Slack posts it to the Request URL: a form with one `payload` field of JSON. */
export function blockActionsBody(fields: BlockActionFields): string {
  const user = {
    id: fields.userId ?? 'U0ALICE0001',
    username: fields.userName ?? 'alice',
    name: fields.userName ?? 'alice',
    team_id: FAKE_BOT.teamId,
  };
  const container = fields.container ?? { type: 'message', channelId: 'C0GENERAL01', messageTs: '1717232400.000300' };
  const place =
    container.type === 'view'
      ? {
          container: { type: 'view', view_id: container.viewId },
          view: {
            id: container.viewId,
            type: 'home',
            team_id: FAKE_BOT.teamId,
            blocks: [],
            private_metadata: '',
            callback_id: '',
            state: { values: {} },
            hash: '1',
            app_id: 'A0IISGBOT01',
          },
        }
      : {
          container: {
            type: 'message',
            message_ts: container.messageTs,
            channel_id: container.channelId,
            is_ephemeral: container.ephemeral ?? false,
          },
          channel: { id: container.channelId, name: 'general' },
          ...(container.ephemeral
            ? {}
            : { message: { type: 'message', ts: container.messageTs, text: 'an answer', user: FAKE_BOT.userId } }),
        };
  const payload = {
    type: 'block_actions',
    user,
    api_app_id: 'A0IISGBOT01',
    token: 'deprecated-verification-token',
    trigger_id: fields.triggerId ?? '2222222222.3333333333.feedbeef',
    team: { id: FAKE_BOT.teamId, domain: 'iisg-test' },
    enterprise: null,
    is_enterprise_install: false,
    response_url: fields.responseUrl ?? '',
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'block-1',
        text: { type: 'plain_text', text: 'a button' },
        value: fields.value,
        action_ts: '1717232500.123456',
      },
    ],
    state: { values: {} },
    ...place,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A modal's submission: the form's `state.values` as Slack sends them. */
export function viewSubmissionBody(
  callbackId: string,
  values: Record<string, Record<string, unknown>>,
  privateMetadata: string,
  userId = 'U0ALICE0001',
): string {
  const payload = {
    type: 'view_submission',
    team: { id: FAKE_BOT.teamId, domain: 'iisg-test' },
    user: { id: userId, username: 'alice', name: 'alice', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0IISGBOT01',
    token: 'deprecated-verification-token',
    trigger_id: '4444444444.5555555555.cafe',
    view: {
      id: 'V0FORM00001',
      team_id: FAKE_BOT.teamId,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      blocks: [],
      state: { values },
      hash: '1',
      app_id: 'A0IISGBOT01',
      root_view_id: 'V0FORM00001',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The Events API callback for someone opening the bot's Home tab. */
export function appHomeOpenedEvent(userId = 'U0ALICE0001', tab: 'home' | 'messages' = 'home'): Record<string, unknown> {
  return {
    type: 'app_home_opened',
    user: userId,
    channel: 'D0ALICEDM01',
    tab,
    event_ts: '1717232999.000100',
    ts: '1717232999.000100',
  };
}
