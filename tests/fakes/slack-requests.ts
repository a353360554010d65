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
    headers: { 'content-type': post.contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, ...post.headers },
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
    authorizations: [{ enterprise_id: null, team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function mentionEvent(text: string, ts: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0ALICE0001', text: `<@${FAKE_BOT.userId}> ${text}`, ts, channel: 'C0GENERAL01', team: FAKE_BOT.teamId, ...extra };
}

export function directMessageEvent(text: string, ts: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', user: 'U0ALICE0001', text, ts, channel: 'D0ALICEDM01', team: FAKE_BOT.teamId, ...extra };
}
