// Finding 3 and start-up: a Slack outage must not starve answers, and a Slack that cannot be reached must
// end the start within seconds with the host named. The real Bolt app on loopback against the fake Web API,
// made to stall (calls taken, never answered) or fail; the unreachable host is a closed port on 127.0.0.1.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../adapters/log.js';
import { createSlackBot } from '../../adapters/slack/index.js';
import {
  directMessageEvent,
  eventCallbackBody,
  mentionEvent,
  postSigned,
  slashCommandBody,
  TEST_SIGNING_SECRET,
} from '../fakes/slack-requests.js';
import { NOW, realEngine, startHttpHarness } from './slack-harness.js';
import type { HttpHarness } from './slack-harness.js';

let harness: HttpHarness | undefined;
afterEach(async () => {
  // The fake goes first: closing it ends the stalled calls, so the bot's stop does not wait on them.
  await harness?.fake.close();
  await harness?.bot.stop();
  harness = undefined;
});

/** A port on 127.0.0.1 where nothing listens (taken from the OS, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a Slack outage', () => {
  it.each([
    ['hangs', (h: HttpHarness) => h.fake.stall('chat.postMessage')],
    [
      'fails with 503s',
      (h: HttpHarness) =>
        Array.from({ length: 100 }, () =>
          h.fake.failNext('chat.postMessage', { status: 503, body: 'upstream unavailable' }),
        ),
    ],
  ])('where chat.postMessage %s still lets every slash command be answered', async (_name, outage) => {
    // Slack's own retry policy for the replies, with its back-off, as in production.
    harness = await startHttpHarness(realEngine(), { clientOptions: {} });
    const h = harness;
    outage(h);
    const base = 1_717_300_000;
    for (let n = 0; n < 10; n++) {
      const event =
        n % 2 === 0
          ? mentionEvent('events in Montenegro', `${base + n}.000100`)
          : directMessageEvent('events in Montenegro', `${base + n}.000100`);
      expect(
        (await postSigned(h.url, { body: eventCallbackBody(event, `Ev0OUTAGE${n}`), contentType: 'application/json' }))
          .status,
      ).toBe(200);
    }
    // Every reply is now stuck on chat.postMessage, at least for its first try (the 503 case retries too).
    await vi.waitFor(
      () => expect(h.fake.calls.filter((call) => call.method === 'chat.postMessage').length).toBeGreaterThanOrEqual(8),
      { timeout: 5_000 },
    );
    for (let n = 0; n < 10; n++) {
      const ack = await postSigned(h.url, {
        body: slashCommandBody({ text: 'where was Sojati in 2023', responseUrl: h.fake.responseUrl(`during-${n}`) }),
        contentType: 'application/x-www-form-urlencoded',
      });
      expect(ack.status).toBe(200);
    }
    const answered = await h.fake.waitFor(
      'response_url',
      10,
      (call) => call.responseId?.startsWith('during-') === true,
      10_000,
    );
    expect(answered).toHaveLength(10);
  });
});

describe('starting against a Slack that cannot be reached', () => {
  it('ends within seconds with an error naming the host', async () => {
    const port = await closedPort();
    const log = createMemoryLogger();
    const bot = createSlackBot(
      { engine: realEngine, now: () => NOW, log },
      {
        mode: 'http',
        botToken: 'xoxb-test',
        signingSecret: TEST_SIGNING_SECRET,
        port: 0,
        apiUrl: `http://127.0.0.1:${port}/api/`,
      },
      { host: '127.0.0.1' },
    );
    await expect(bot.start()).rejects.toThrow(
      `could not reach Slack at 127.0.0.1:${port} to check SLACK_BOT_TOKEN (auth.test: 127.0.0.1:${port} refused the connection)`,
    );
  });

  it('gives up at its deadline when Slack takes the connection and never answers', async () => {
    const harnessed = await startHttpHarness(realEngine());
    harness = harnessed;
    harnessed.fake.stall('auth.test');
    const bot = createSlackBot(
      { engine: realEngine, now: () => NOW, log: createMemoryLogger() },
      { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: harnessed.fake.apiUrl },
      { startDeadlineMs: 300 },
    );
    await expect(bot.start()).rejects.toThrow(
      `could not reach Slack at ${new URL(harnessed.fake.apiUrl).host} within 0.3 s`,
    );
  });
});
