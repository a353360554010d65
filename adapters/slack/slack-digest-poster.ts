// Posts scheduled digests with a Web API client of their own (chat.postMessage) and sorts Slack's errors
// for the scheduler: rate limits, 5xx and network trouble are retried; a channel the bot cannot post to
// pauses the subscription with a reason people can act on. Each post carries the digest's key as message
// metadata, so after an attempt whose outcome is unknown (a crash, a timeout) the post is looked up in the
// channel's recent history (conversations.history: scopes channels:history and groups:history) instead of
// being posted twice. The client never retries by itself: one attempt ends within DIGEST_POST_TIMEOUT_MS,
// and a retry is the scheduler's, after the lookup.
import { webApi } from '@slack/bolt';
import type { Logger } from '../log.js';
import type { DigestPoster } from '../scheduler/digest-poster.js';
import { permanent, retryable } from '../scheduler/digest-poster.js';
import { DIGEST_POST_TIMEOUT_MS } from '../scheduler/delivery-bounds.js';
import { renderDigest } from './render-digest.js';

const DIGEST_EVENT_TYPE = 'iisg_digest';
/** Pages of history looked through (newest first) for an earlier attempt's post. */
const HISTORY_PAGES = 5;

interface HistoryMessage {
  ts?: string;
  bot_id?: string;
  metadata?: { event_type?: string; event_payload?: { key?: unknown } };
}

/** The part of a Web API client the poster uses. */
export interface SlackPostClient {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks: unknown[];
      unfurl_links: boolean;
      unfurl_media: boolean;
      metadata: { event_type: string; event_payload: Record<string, string> };
    }): Promise<{ ts?: string }>;
  };
  conversations: {
    history(args: {
      channel: string;
      oldest: string;
      limit: number;
      include_all_metadata: boolean;
      cursor?: string;
    }): Promise<{ messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } }>;
  };
  auth: { test(): Promise<{ bot_id?: string }> };
}

/** The digests' own client: bounded attempts, no hidden retries, rate limits handed to the scheduler. */
export function createSlackDigestClient(
  token: string,
  apiUrl: string | undefined,
  options: { timeoutMs?: number; logger?: webApi.WebClientOptions['logger'] } = {},
): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: options.timeoutMs ?? DIGEST_POST_TIMEOUT_MS,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

/** Slack error codes that no retry can fix, with what to do about them. */
const PERMANENT: Record<string, string> = {
  not_in_channel: 'the bot is not in this channel: invite it (/invite @iisg-bot)',
  channel_not_found: 'the channel no longer exists, or the bot cannot see it',
  is_archived: 'the channel is archived',
  missing_scope: 'the Slack app lacks the chat:write scope: reinstall it from the manifest',
  restricted_action: 'a workspace setting stops the bot from posting in this channel',
  restricted_action_read_only_channel: 'the channel is read-only for the bot',
  restricted_action_thread_only_channel: 'the channel only allows replies in threads',
  restricted_action_non_threadable_channel: 'the channel does not allow the bot to post',
  ekm_access_denied: "the workspace's key management denied access",
  invalid_auth: 'Slack rejected the bot token',
  account_inactive: 'the bot token belongs to a deactivated app or user',
  token_revoked: 'the bot token was revoked',
  not_authed: 'no bot token was sent',
  team_access_not_granted: 'the app is not installed in this workspace',
};

const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

export function createSlackDigestPoster(client: SlackPostClient, log?: Logger): DigestPoster {
  let botId: Promise<string | undefined> | undefined;
  const ownBotId = () =>
    (botId ??= client.auth.test().then(
      (result) => result.bot_id,
      () => ((botId = undefined), undefined),
    ));

  return {
    async post(channelId, digest) {
      const message = renderDigest(digest);
      let ts: string | undefined;
      try {
        const result = await client.chat.postMessage({
          channel: channelId,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          // Marks the post as this period's digest: how an uncertain attempt is found again (findPosted).
          metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: digest.key } },
        });
        ts = result.ts;
      } catch (error) {
        throw classifySlackError(error);
      }
      if (!ts) throw retryable('chat.postMessage answered without a message ts');
      return { messageId: ts };
    },
    async findPosted(channelId, digest, since) {
      // A minute of slack for clocks; nothing of this period's can be older than its first claim.
      const oldest = ((since.getTime() - 60_000) / 1000).toFixed(6);
      const mine = await ownBotId();
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let result;
        try {
          result = await client.conversations.history({
            channel: channelId,
            oldest,
            limit: 100,
            include_all_metadata: true,
            ...(cursor ? { cursor } : {}),
          });
        } catch (error) {
          const classified = classifySlackError(error);
          if (classified.kind === 'retryable') throw classified;
          // Unable to look (most likely the app was not reinstalled with channels:history): post rather than
          // pause a channel the bot can still write to, and say loudly that this one may come twice.
          const reason = (error as { data?: { error?: string } }).data?.error ?? classified.reason;
          log?.warn(
            'slack: cannot look for an earlier attempt of this digest; posting it, which may duplicate it. Reinstall the app from the manifest (scopes channels:history, groups:history)',
            { channel: channelId, key: digest.key, reason },
          );
          return null;
        }
        const found = (result.messages ?? []).find(
          (message) =>
            message.metadata?.event_type === DIGEST_EVENT_TYPE &&
            message.metadata.event_payload?.key === digest.key &&
            (!mine || message.bot_id === mine),
        );
        if (found?.ts) return { messageId: found.ts };
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) return null;
      }
      log?.warn(
        'slack: an earlier attempt of this digest was not found in the recent history looked through; posting it',
        { channel: channelId, key: digest.key, pages: HISTORY_PAGES },
      );
      return null;
    },
  };
}

export function classifySlackError(error: unknown) {
  const { code, data, statusCode, retryAfter } = (error ?? {}) as {
    code?: string;
    data?: { error?: string };
    statusCode?: number;
    retryAfter?: number;
  };
  if (code === 'slack_webapi_rate_limited_error')
    return retryable('Slack rate limit', typeof retryAfter === 'number' ? retryAfter * 1000 : null, error);
  if (code === 'slack_webapi_http_error') {
    return statusCode !== undefined && statusCode < 500 && statusCode !== 408
      ? permanent(`Slack answered HTTP ${statusCode}`, error)
      : retryable(`Slack answered HTTP ${statusCode ?? '?'}`, null, error);
  }
  if (code === 'slack_webapi_platform_error') {
    const slackError = data?.error ?? 'unknown_error';
    if (TRANSIENT.has(slackError)) return retryable(`Slack error ${slackError}`, null, error);
    return permanent(
      PERMANENT[slackError] ? `${PERMANENT[slackError]} (${slackError})` : `Slack refused the post (${slackError})`,
      error,
    );
  }
  // Timeouts, network errors (slack_webapi_request_error) and anything unexpected: try again later (after a lookup).
  const original = (error as { original?: { name?: string } } | null)?.original;
  if (original?.name === 'TimeoutError' || original?.name === 'AbortError')
    return retryable(`Slack did not answer within ${DIGEST_POST_TIMEOUT_MS / 1000} s`, null, error);
  return retryable(`could not reach Slack (${error instanceof Error ? error.message : String(error)})`, null, error);
}
