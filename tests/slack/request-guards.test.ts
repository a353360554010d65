// Findings 5, 6 and 7: what reaches the HTTP endpoint but cannot be Slack is refused before it costs
// anything. A real Bolt app in HTTP mode on 127.0.0.1; requests are raw HTTP where the test must control
// how much of a body is sent (a refusal that comes while most of the body is still unsent proves the body
// was not read first).
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SLACK_BODY_LIMIT_BYTES } from '../../adapters/slack/request-guard.js';
import { eventCallbackBody, mentionEvent, postSigned, slashCommandBody } from '../fakes/slack-requests.js';
import { postedMessages, realEngine, startHttpHarness } from './slack-harness.js';
import type { HttpHarness } from './slack-harness.js';

let harness: HttpHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(): Promise<HttpHarness> {
  harness = await startHttpHarness(realEngine());
  return harness;
}

/**
 * Sends the headers and only `sent` bytes of a body announced as `announced` bytes (or chunked, when
 * announced is null), then waits for the answer without sending the rest.
 */
function sendPartly(
  url: string,
  headers: Record<string, string>,
  announced: number | null,
  sent: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { ...headers, ...(announced === null ? {} : { 'content-length': String(announced) }) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    // The server may close the connection while the rest of the body is still ours to send.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
    );
    req.write(Buffer.alloc(sent, 0x61));
  });
}

const now = () => Math.floor(Date.now() / 1000);
const command = (h: HttpHarness, id: string, text = 'where was Sojati in 2023') =>
  slashCommandBody({ text, responseUrl: h.fake.responseUrl(id) });
const FOUR_MB = 3_900_000;

describe('Slack HTTP endpoint guards', () => {
  it('refuses a request without signature headers before reading its 3.9 MB body', async () => {
    const h = await start();
    expect(await sendPartly(h.url, { 'content-type': 'application/json' }, FOUR_MB, 1024)).toBe(401);
  });

  it('refuses a signed-looking request announcing a body over the limit before reading it', async () => {
    const h = await start();
    const headers = {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(now()),
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
    };
    expect(await sendPartly(h.url, headers, FOUR_MB, 1024)).toBe(413);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const h = await start();
    const headers = {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(now()),
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
    };
    expect(await sendPartly(h.url, headers, null, SLACK_BODY_LIMIT_BYTES + 4096)).toBe(413);
  });

  it.each([
    ['an hour in the future', 3600],
    ['ten years in the future', 10 * 365 * 86_400],
    ['an hour in the past', -3600],
    ['six minutes in the future', 360],
  ])('refuses a correctly signed request timestamped %s', async (_name, offset) => {
    const h = await start();
    const result = await postSigned(h.url, {
      body: command(h, 'skewed'),
      contentType: 'application/x-www-form-urlencoded',
      timestamp: now() + offset,
    });
    expect(result.status).toBe(401);
    const event = await postSigned(h.url, {
      body: eventCallbackBody(mentionEvent('events in Skopje', '1717232900.000100'), 'Ev0SKEWED01'),
      contentType: 'application/json',
      timestamp: now() + offset,
    });
    expect(event.status).toBe(401);
    await h.bot.stop();
    expect(postedMessages(h.fake)).toEqual([]);
  });

  it('accepts a clock up to five minutes ahead', async () => {
    const h = await start();
    expect(
      (
        await postSigned(h.url, {
          body: command(h, 'ahead'),
          contentType: 'application/x-www-form-urlencoded',
          timestamp: now() + 240,
        })
      ).status,
    ).toBe(200);
    await h.fake.waitFor('response_url', 1, (call) => call.responseId === 'ahead');
  });

  it('answers a replayed slash command (same signature and timestamp) once', async () => {
    const h = await start();
    const timestamp = now();
    const body = command(h, 'replayed');
    for (let n = 0; n < 3; n++)
      expect(
        (await postSigned(h.url, { body, contentType: 'application/x-www-form-urlencoded', timestamp })).status,
      ).toBe(200);
    // A different command afterwards proves the replays had their chance to be answered.
    await postSigned(h.url, { body: command(h, 'after', 'help'), contentType: 'application/x-www-form-urlencoded' });
    await h.fake.waitFor('response_url', 1, (call) => call.responseId === 'after');
    await h.bot.stop();
    expect(h.fake.answered('response_url').filter((call) => call.responseId === 'replayed')).toHaveLength(1);
    expect(h.log.lines.filter((line) => line.includes('replayed request'))).toHaveLength(2);
  });

  it.each([
    ['null', 'application/json', 'null'],
    ['an array', 'application/json', '[]'],
    ['a string', 'application/json', '"event_callback"'],
    ['a number', 'application/json', '42'],
    ['not JSON at all', 'application/json', '{"type": '],
    ['a form whose payload is null', 'application/x-www-form-urlencoded', 'payload=null'],
  ] as const)('answers a signed body that is %s with 400, and keeps serving', async (_name, contentType, body) => {
    const h = await start();
    expect((await postSigned(h.url, { body, contentType })).status).toBe(400);
    expect(
      (
        await postSigned(h.url, {
          body: command(h, 'still-up', 'help'),
          contentType: 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(200);
    await h.fake.waitFor('response_url', 1, (call) => call.responseId === 'still-up');
  });

  it("answers Slack's unsigned ssl_check, and nothing else unsigned", async () => {
    const h = await start();
    const ssl = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=deprecated',
    });
    expect(ssl.status).toBe(200);
    const unsigned = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: command(h, 'unsigned'),
    });
    expect(unsigned.status).toBe(401);
    const forgedCheck = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=0&text=hi',
    });
    expect(forgedCheck.status).toBe(401);
  });
});
