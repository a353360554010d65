// Posts scheduled digests with the Bolt app's Web API client (chat.postMessage) and sorts Slack's errors
// for the scheduler: rate limits, 5xx and network trouble are retried; a channel the bot cannot post to
// pauses the subscription with a reason people can act on.
import type { DigestPoster } from '../scheduler/digest-poster.js';
import { permanent, retryable } from '../scheduler/digest-poster.js';
import { renderDigest } from './render-digest.js';

/** The part of Bolt's `app.client` the poster uses. */
export interface SlackPostClient {
  chat: {
    postMessage(args: { channel: string; text: string; blocks: unknown[]; unfurl_links: boolean; unfurl_media: boolean; metadata: { event_type: string; event_payload: Record<string, string> } }): Promise<{ ts?: string }>;
  };
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
  ekm_access_denied: 'the workspace\'s key management denied access',
  invalid_auth: 'Slack rejected the bot token',
  account_inactive: 'the bot token belongs to a deactivated app or user',
  token_revoked: 'the bot token was revoked',
  not_authed: 'no bot token was sent',
  team_access_not_granted: 'the app is not installed in this workspace',
};

const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

export function createSlackDigestPoster(client: SlackPostClient): DigestPoster {
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
          // Marks the post as this period's digest, for anyone (or any tool) reading the channel later.
          metadata: { event_type: 'iisg_digest', event_payload: { key: digest.key } },
        });
        ts = result.ts;
      } catch (error) {
        throw classifySlackError(error);
      }
      if (!ts) throw retryable('chat.postMessage answered without a message ts');
      return { messageId: ts };
    },
  };
}

export function classifySlackError(error: unknown) {
  const { code, data, statusCode, retryAfter } = (error ?? {}) as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number };
  if (code === 'slack_webapi_rate_limited_error') return retryable('Slack rate limit', typeof retryAfter === 'number' ? retryAfter * 1000 : null, error);
  if (code === 'slack_webapi_http_error') {
    return statusCode !== undefined && statusCode < 500 && statusCode !== 408 ? permanent(`Slack answered HTTP ${statusCode}`, error) : retryable(`Slack answered HTTP ${statusCode ?? '?'}`, null, error);
  }
  if (code === 'slack_webapi_platform_error') {
    const slackError = data?.error ?? 'unknown_error';
    if (TRANSIENT.has(slackError)) return retryable(`Slack error ${slackError}`, null, error);
    return permanent(PERMANENT[slackError] ? `${PERMANENT[slackError]} (${slackError})` : `Slack refused the post (${slackError})`, error);
  }
  // Network errors (slack_webapi_request_error) and anything unexpected: try again later.
  return retryable(`could not reach Slack (${error instanceof Error ? error.message : String(error)})`, null, error);
}
