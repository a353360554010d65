// Posts scheduled digests to a Discord channel over the Client's REST manager and sorts Discord's errors
// for the scheduler: 429 and 5xx are retried; a channel the bot cannot see or write to pauses the
// subscription with the reason. Each post carries a nonce (Discord drops a repeat within minutes) and a
// footer naming the digest, so an interrupted post can be found instead of posted twice. Each post gives
// up after DIGEST_POST_TIMEOUT_MS, its REST retries included, so a shutdown can wait for it.
import { DiscordAPIError, HTTPError, RateLimitError, Routes, SnowflakeUtil } from 'discord.js';
import type { Client } from 'discord.js';
import type { DigestPoster } from '../scheduler/digest-poster.js';
import { permanent, retryable } from '../scheduler/digest-poster.js';
import { DIGEST_POST_TIMEOUT_MS } from '../scheduler/delivery-bounds.js';
import { digestFooter, renderDigest } from './render/render-digest.js';

/** Discord JSON error codes no retry can fix, with what to do about them. */
const PERMANENT: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'the bot cannot see this channel: give it View Channel there',
  50013: 'the bot lacks Send Messages or Embed Links in this channel',
  50008: 'the bot cannot send messages in this kind of channel',
  50083: 'the channel is an archived thread',
  40001: 'Discord rejected the bot token',
};

interface PostedMessage {
  id: string;
  author?: { id?: string };
  embeds?: Array<{ footer?: { text?: string } }>;
}

export function createDiscordDigestPoster(client: Client, options: { timeoutMs?: number } = {}): DigestPoster {
  const timeoutMs = options.timeoutMs ?? DIGEST_POST_TIMEOUT_MS;
  return {
    async post(channelId, digest) {
      const { embeds } = renderDigest(digest);
      try {
        const message = (await client.rest.post(Routes.channelMessages(channelId), {
          // Raw REST bypasses the Client's defaults, so no-pings is said here too.
          body: { embeds, allowed_mentions: { parse: [] }, nonce: digest.key, enforce_nonce: true },
          signal: AbortSignal.timeout(timeoutMs),
        })) as PostedMessage;
        return { messageId: message.id };
      } catch (error) {
        throw classifyDiscordError(error);
      }
    },
    async findPosted(channelId, digest, since) {
      const botId = client.user?.id ?? client.application?.id;
      try {
        const after = SnowflakeUtil.generate({ timestamp: since.getTime() - 60_000 }).toString();
        const messages = (await client.rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ after, limit: '100' }), signal: AbortSignal.timeout(timeoutMs) })) as PostedMessage[];
        const found = messages.find((message) => (!botId || message.author?.id === botId) && message.embeds?.some((embed) => embed.footer?.text?.includes(digestFooter(digest.key))));
        return found ? { messageId: found.id } : null;
      } catch (error) {
        // Unable to look (e.g. no Read Message History): say "not found" and let the post go ahead rather
        // than pause a channel the bot can still write to. Only a passing failure is worth a retry.
        const classified = classifyDiscordError(error);
        if (classified.kind === 'permanent') return null;
        throw classified;
      }
    },
  };
}

export function classifyDiscordError(error: unknown) {
  if (error instanceof RateLimitError) return retryable('Discord rate limit', error.retryAfter, error);
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === 'number' ? PERMANENT[error.code] : undefined;
    if (known) return permanent(`${known} (Discord error ${error.code})`, error);
    if (error.status === 429 || error.status >= 500) return retryable(`Discord answered HTTP ${error.status}`, null, error);
    return permanent(`Discord refused the post: ${error.message} (HTTP ${error.status}, code ${error.code})`, error);
  }
  if (error instanceof HTTPError) return retryable(`Discord answered HTTP ${error.status}`, null, error);
  const name = (error as { name?: string } | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return retryable(`Discord did not answer within ${DIGEST_POST_TIMEOUT_MS / 1000} s`, null, error);
  return retryable(`could not reach Discord (${error instanceof Error ? error.message : String(error)})`, null, error);
}
