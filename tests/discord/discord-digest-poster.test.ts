import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { classifyDiscordError } from '../../adapters/discord/discord-digest-poster.js';

const request = { body: undefined, files: undefined };
const apiError = (status: number, code: number, message: string) => new DiscordAPIError({ code, message }, code, status, 'POST', '/channels/1/messages', request);

describe('classifyDiscordError', () => {
  it.each([
    [apiError(404, 10003, 'Unknown Channel'), 'permanent', 'the channel no longer exists (Discord error 10003)', null],
    [apiError(403, 50001, 'Missing Access'), 'permanent', 'the bot cannot see this channel: give it View Channel there (Discord error 50001)', null],
    [apiError(403, 50013, 'Missing Permissions'), 'permanent', 'the bot lacks Send Messages or Embed Links in this channel (Discord error 50013)', null],
    [apiError(400, 50035, 'Invalid Form Body'), 'permanent', 'Discord refused the post: Invalid Form Body (HTTP 400, code 50035)', null],
    [apiError(502, 0, 'Bad Gateway'), 'retryable', 'Discord answered HTTP 502', null],
    [new HTTPError(503, 'Service Unavailable', 'POST', '/channels/1/messages', request), 'retryable', 'Discord answered HTTP 503', null],
    [new RateLimitError({ timeToReset: 4000, limit: 5, method: 'POST', hash: 'h', url: '/channels/1/messages', route: '/channels/:id/messages', majorParameter: '1', global: false, retryAfter: 4000, sublimitTimeout: 0, scope: 'user' }), 'retryable', 'Discord rate limit', 4000],
    [new Error('The operation was aborted'), 'retryable', 'could not reach Discord (The operation was aborted)', null],
  ] as const)('%s -> %s', (error, kind, reason, retryAfterMs) => {
    const classified = classifyDiscordError(error);
    expect({ kind: classified.kind, reason: classified.reason, retryAfterMs: classified.retryAfterMs }).toEqual({ kind, reason, retryAfterMs });
  });
});
