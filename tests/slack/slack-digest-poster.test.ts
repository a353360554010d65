import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../adapters/scheduler/digest-poster.js';
import { classifySlackError } from '../../adapters/slack/slack-digest-poster.js';

// Errors shaped as @slack/web-api throws them (code, data.error / statusCode / retryAfter).
const platform = (error: string) => Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false, error } });

describe('classifySlackError', () => {
  it.each([
    [platform('not_in_channel'), 'permanent', 'the bot is not in this channel: invite it (/invite @iisg-bot) (not_in_channel)', null],
    [platform('channel_not_found'), 'permanent', 'the channel no longer exists, or the bot cannot see it (channel_not_found)', null],
    [platform('is_archived'), 'permanent', 'the channel is archived (is_archived)', null],
    [platform('invalid_blocks'), 'permanent', 'Slack refused the post (invalid_blocks)', null],
    [platform('internal_error'), 'retryable', 'Slack error internal_error', null],
    [Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter: 12 }), 'retryable', 'Slack rate limit', 12_000],
    [Object.assign(new Error('http'), { code: 'slack_webapi_http_error', statusCode: 502 }), 'retryable', 'Slack answered HTTP 502', null],
    [Object.assign(new Error('http'), { code: 'slack_webapi_http_error', statusCode: 404 }), 'permanent', 'Slack answered HTTP 404', null],
    [Object.assign(new Error('socket hang up'), { code: 'slack_webapi_request_error' }), 'retryable', 'could not reach Slack (socket hang up)', null],
  ] as const)('%s -> %s', (error, kind, reason, retryAfterMs) => {
    const classified = classifySlackError(error);
    expect(classified).toBeInstanceOf(DeliveryError);
    expect({ kind: classified.kind, reason: classified.reason, retryAfterMs: classified.retryAfterMs }).toEqual({ kind, reason, retryAfterMs });
  });
});
