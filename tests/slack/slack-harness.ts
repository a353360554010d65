// A real Bolt app in HTTP mode on 127.0.0.1 against the fake Slack Web API and response URLs, plus
// engines built from the real data files (optionally with extra synthetic events).
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadEngine, readJsonFile } from '../../adapters/data/load-dataset.js';
import type { BotContext } from '../../adapters/bot-context.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { createSlackBot } from '../../adapters/slack/index.js';
import type { SlackBot, SlackBotOptions } from '../../adapters/slack/index.js';
import { createEngine } from '../../src/index.js';
import type { Engine, EventRecord } from '../../src/index.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { TEST_SIGNING_SECRET } from '../fakes/slack-requests.js';

/** "Today" for every loopback test. */
export const NOW = new Date('2024-06-01T09:00:00Z');

let shared: Engine | undefined;

/** The engine over the real data files; built once per test file (engines are immutable). */
export function realEngine(): Engine {
  shared ??= loadEngine();
  return shared;
}

/** The real dataset and vocabulary plus `extra` events (valid records, as in data/events.json). */
export function engineWith(extra: EventRecord[]): Engine {
  const file = (name: string) => readJsonFile(join(DEFAULT_DATA_DIR, name));
  return createEngine({
    events: [...(file('events.json') as unknown[]), ...extra],
    vocabulary: { people: file('people.json'), places: file('places.json'), organisations: file('organisations.json'), kinds: file('event-kinds.json') },
  });
}

export interface HttpHarness {
  fake: FakeSlackApi;
  bot: SlackBot;
  /** The Events/commands endpoint of the running app. */
  url: string;
  log: ReturnType<typeof createMemoryLogger>;
  close(): Promise<void>;
}

export async function startHttpHarness(engine: Engine | (() => Engine), options: SlackBotOptions = {}): Promise<HttpHarness> {
  const fake = await startFakeSlackApi();
  const log = createMemoryLogger();
  const context: BotContext = { engine: typeof engine === 'function' ? engine : () => engine, now: () => NOW, log };
  const bot = createSlackBot(
    context,
    { mode: 'http', botToken: 'xoxb-test-token', signingSecret: TEST_SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl },
    // Retries without the production back-off, so a 429 test takes milliseconds.
    { host: '127.0.0.1', clientOptions: { retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 } }, ...options },
  );
  const started = await bot.start();
  if (started.mode !== 'http') throw new Error('expected HTTP mode');
  return {
    fake,
    bot,
    url: `http://127.0.0.1:${started.port}/slack/events`,
    log,
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** Every message body the app sent to Slack: chat.postMessage params and response URL posts. */
export function postedMessages(fake: FakeSlackApi): unknown[] {
  return fake.calls.filter((call) => call.method === 'chat.postMessage' || call.method === 'response_url').map((call) => call.params);
}
