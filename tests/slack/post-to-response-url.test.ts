import { describe, expect, it } from 'vitest';
import { postToResponseUrl, ResponseUrlError } from '../../adapters/slack/post-to-response-url.js';

/** A scripted fetch: answers with the given responses in order and records each body. */
function scriptedFetch(responses: Array<() => Response>) {
  const bodies: unknown[] = [];
  const fetch = async (_url: string, init: { body: string }) => {
    bodies.push(JSON.parse(init.body));
    const next = responses.shift();
    if (!next) throw new Error('unexpected extra request');
    return next();
  };
  return { fetch, bodies };
}

const ok = () => new Response('ok', { status: 200 });

describe('postToResponseUrl', () => {
  it('waits as long as Retry-After says after a 429, then posts again', async () => {
    const { fetch, bodies } = scriptedFetch([() => new Response('rate_limited', { status: 429, headers: { 'retry-after': '2' } }), ok]);
    const waits: number[] = [];
    await postToResponseUrl('https://hooks.slack.com/commands/T1/1/x', { text: 'hi' }, { fetch, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([2000]);
    expect(bodies).toEqual([{ text: 'hi' }, { text: 'hi' }]);
  });

  it('caps a long Retry-After', async () => {
    const { fetch } = scriptedFetch([() => new Response('', { status: 429, headers: { 'retry-after': '3600' } }), ok]);
    const waits: number[] = [];
    await postToResponseUrl('https://hooks.slack.com/x', {}, { fetch, maxWaitMs: 10_000, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([10_000]);
  });

  it('retries server errors and reports the last one', async () => {
    const { fetch, bodies } = scriptedFetch([() => new Response('', { status: 503 }), () => new Response('', { status: 502 }), () => new Response('bad gateway', { status: 502 })]);
    const failure = postToResponseUrl('https://hooks.slack.com/x', { text: 'a' }, { fetch, sleep: async () => undefined });
    await expect(failure).rejects.toThrow(ResponseUrlError);
    await expect(failure).rejects.toThrow('502 (bad gateway) after 3 attempt(s)');
    expect(bodies).toHaveLength(3);
  });

  it('reports an expired response URL at once, with Slack\'s reason', async () => {
    const { fetch, bodies } = scriptedFetch([() => new Response('expired_url', { status: 404 })]);
    await expect(postToResponseUrl('https://hooks.slack.com/x', {}, { fetch, sleep: async () => undefined })).rejects.toThrow('404 (expired_url)');
    expect(bodies).toHaveLength(1);
  });
});
