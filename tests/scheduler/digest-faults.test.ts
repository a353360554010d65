// Finding 2: a digest posts exactly once through kill -9 during its post, a shutdown (SIGTERM) while the post
// is slow, and a busy database at the sent mark, on both platforms. The real platform posters talk to the
// fake Slack Web API and the fake Discord REST API on loopback; the scheduler runs on a fake clock (the lease
// and the retry times matter) over a real SQLite file. A "process" is the store and the scheduler: a crash
// stops both at once, with the post left hanging, as kill -9 would.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSubscription } from '../../adapters/digest/save-subscription.js';
import { createDiscordDigestPoster } from '../../adapters/discord/discord-digest-poster.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { DEFAULT_LEASE_MS, createDigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestPoster } from '../../adapters/scheduler/digest-poster.js';
import { createEngineDigestSource } from '../../adapters/scheduler/digest-source.js';
import { createSlackDigestClient, createSlackDigestPoster } from '../../adapters/slack/slack-digest-poster.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { DigestStore } from '../../adapters/store/digest-store.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { IDS, startLoopback } from '../discord/discord-loopback.js';
import type { Loopback } from '../discord/discord-loopback.js';
import { makeEvent } from '../slack/answer-fixtures.js';
import { engineWith } from '../slack/slack-harness.js';
import { useTempDir } from '../store/temp-dir.js';
import { createFakeClock } from './fake-clock.js';
import type { FakeClock } from './fake-clock.js';

// Saturday 1 June 2024; the weekly digest for 27 May - 2 June posts on Monday 3 June, 09:00 in Tirana.
const START = new Date('2024-06-01T09:00:00Z');
const MONDAY_0900 = new Date('2024-06-03T07:00:00Z');
const MINUTE = 60_000;
const PERIOD = '2024-05-27';
/** The posters' own timeout, shortened so a stalled post gives up in test time. */
const POST_TIMEOUT_MS = 300;

const engine = engineWith([
  makeEvent({
    id: '2024-05-28-regional-hub-budva',
    title: 'Regional hub meeting in Budva',
    start: '2024-05-28',
    end: '2024-05-29',
    city: 'Budva',
    country: 'Montenegro',
    people: ['Agron Sojati'],
  }),
]);

/** One platform's side: where digests land, how to stall posts, and the poster the bot would use. */
interface Platform {
  name: 'slack' | 'discord';
  channelId: string;
  poster: DigestPoster;
  /** Messages in the channel, as the platform has them. */
  posted(): string[];
  /** Posts are taken (and land in the channel) but their answer never comes back. */
  stallPosts(): void;
  unstall(): void;
  stalledPosts(): number;
  close(): Promise<void>;
}

async function slackPlatform(clock: FakeClock): Promise<Platform> {
  const fake: FakeSlackApi = await startFakeSlackApi({ clock: () => clock.now() });
  const channelId = 'C0GENERAL01';
  return {
    name: 'slack',
    channelId,
    poster: createSlackDigestPoster(
      createSlackDigestClient('xoxb-test-token', fake.apiUrl, { timeoutMs: POST_TIMEOUT_MS }),
      createMemoryLogger(),
    ),
    posted: () => fake.history(channelId).map((message) => message.ts),
    stallPosts: () => fake.stall('chat.postMessage', { posted: true }),
    unstall: () => fake.unstall('chat.postMessage'),
    stalledPosts: () => fake.stalled('chat.postMessage').length,
    close: () => fake.close(),
  };
}

async function discordPlatform(_clock: FakeClock): Promise<Platform> {
  const lb: Loopback = await startLoopback(engine, START);
  const posts = /^\/channels\/\d+\/messages$/;
  return {
    name: 'discord',
    channelId: IDS.channel,
    poster: createDiscordDigestPoster(lb.bot.client, { timeoutMs: POST_TIMEOUT_MS }),
    posted: () => lb.rest.channelMessages(IDS.channel).map((message) => String(message.id)),
    stallPosts: () => lb.rest.stall('POST', posts, { posted: true }),
    unstall: () => lb.rest.unstall(),
    stalledPosts: () =>
      lb.rest.calls.filter((call) => call.method === 'POST' && posts.test(call.path) && call.status === 0).length,
    close: () => lb.close(),
  };
}

interface Bot {
  store: DigestStore;
  scheduler: DigestScheduler;
}

const tempDir = useTempDir('iisg-digest-faults-');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(make: (clock: FakeClock) => Promise<Platform>) {
  const clock: FakeClock = createFakeClock(START);
  const platform = await make(clock);
  cleanups.push(() => platform.close());
  const path = join(tempDir(), 'state', 'iisg.db');
  const log = createMemoryLogger();
  let bot: Bot | null = null;
  const boot = (): Bot => {
    const store = openDigestStore(path, { synchronous: 'NORMAL' });
    const scheduler = createDigestScheduler({
      store,
      posters: { [platform.name]: platform.poster },
      source: createEngineDigestSource(() => engine),
      clock,
      log,
      random: () => 0.5,
    });
    scheduler.start();
    bot = { store, scheduler };
    return bot;
  };
  /** kill -9: nothing more is written, the post in flight is abandoned. */
  const crash = () => {
    bot?.scheduler.stop();
    bot?.store.close();
    bot = null;
  };
  cleanups.push(crash);
  const first = boot();
  saveSubscription(
    first.store.subscriptions,
    engine.events,
    {
      platform: platform.name,
      workspaceId: 'W1',
      channelId: platform.channelId,
      channelName: 'general',
      cadence: 'weekly',
      day: 1,
      time: '09:00',
      timeZone: 'Europe/Tirane',
      filter: null,
      quiet: false,
      createdBy: 'U1',
    },
    START,
  );
  first.scheduler.refresh();
  const current = () => {
    if (!bot) throw new Error('the bot is down');
    return bot;
  };
  /** Runs the clock to `at`, letting the real HTTP calls the scheduler starts finish in between. */
  const runUntil = async (at: Date) => {
    await clock.advanceTo(at);
    await current().scheduler.idle();
    await clock.advanceBy(0);
    await current().scheduler.idle();
  };
  return { platform, path, clock, log, boot, crash, current, runUntil };
}

describe.each([
  ['Slack', slackPlatform],
  ['Discord', discordPlatform],
])('digests exactly once on %s', (_name, make) => {
  it('through kill -9 while the post is in flight (the platform has it): looked up after the lease, not posted again', async () => {
    const s = await setup(make);
    s.platform.stallPosts();
    await s.clock.advanceTo(MONDAY_0900);
    await vi.waitFor(() => expect(s.platform.stalledPosts()).toBe(1), { timeout: 5_000 });
    s.crash();
    s.platform.unstall();
    s.boot();
    await s.runUntil(new Date(MONDAY_0900.getTime() + DEFAULT_LEASE_MS + MINUTE));
    const posted = s.platform.posted();
    expect(posted).toHaveLength(1);
    expect(s.current().store.deliveries.get(1, PERIOD)).toMatchObject({ state: 'sent', messageId: posted[0] });
    // And nothing more for the rest of the week, across another restart.
    s.crash();
    s.boot();
    await s.runUntil(new Date(MONDAY_0900.getTime() + 6 * 24 * 60 * MINUTE));
    expect(s.platform.posted()).toHaveLength(1);
  });

  it('through SIGTERM while the post is slow: the drain outlasts the post, which is looked up after the restart', async () => {
    const s = await setup(make);
    s.platform.stallPosts();
    await s.clock.advanceTo(MONDAY_0900);
    await vi.waitFor(() => expect(s.platform.stalledPosts()).toBe(1), { timeout: 5_000 });
    // SIGTERM: the drain waits for the post, which gives up at its own timeout and is recorded as unsure.
    await s.current().scheduler.drain();
    expect(s.current().store.deliveries.get(1, PERIOD)).toMatchObject({ state: 'pending', attempts: 1 });
    s.crash();
    s.platform.unstall();
    s.boot();
    await s.runUntil(new Date(MONDAY_0900.getTime() + 10 * MINUTE));
    const posted = s.platform.posted();
    expect(posted).toHaveLength(1);
    expect(s.current().store.deliveries.get(1, PERIOD)).toMatchObject({ state: 'sent', messageId: posted[0] });
    expect(s.log.lines.some((line) => line.includes('digest found already posted by an earlier attempt'))).toBe(true);
  });

  it('through SQLITE_BUSY at the sent mark: the mark is retried, and the post stays single', async () => {
    const s = await setup(make);
    const blocker = new Database(s.path);
    cleanups.push(() => void blocker.close());
    // Another connection takes the write lock the moment the platform has answered, before the mark.
    const real = s.platform.poster;
    const locking: DigestPoster = {
      post: async (channelId, digest) => {
        const posted = await real.post(channelId, digest);
        blocker.exec('BEGIN IMMEDIATE');
        return posted;
      },
      ...(real.findPosted ? { findPosted: real.findPosted.bind(real) } : {}),
    };
    s.crash();
    const store = openDigestStore(s.path, { synchronous: 'NORMAL' });
    const scheduler = createDigestScheduler({
      store,
      posters: { [s.platform.name]: locking },
      source: createEngineDigestSource(() => engine),
      clock: s.clock,
      log: s.log,
      random: () => 0.5,
    });
    cleanups.push(() => {
      scheduler.stop();
      store.close();
    });
    scheduler.start();
    await s.clock.advanceTo(MONDAY_0900);
    await vi.waitFor(
      () => expect(s.log.lines.some((line) => line.includes('database busy while recording a digest as sent'))).toBe(true),
      { timeout: 5_000 },
    );
    blocker.exec('COMMIT');
    await s.clock.advanceBy(2_000);
    await scheduler.idle();
    expect(store.deliveries.get(1, PERIOD)).toMatchObject({ state: 'sent', messageId: s.platform.posted()[0] });
    await s.clock.advanceTo(new Date(MONDAY_0900.getTime() + DEFAULT_LEASE_MS + 10 * MINUTE));
    await scheduler.idle();
    expect(s.platform.posted()).toHaveLength(1);
  });
});
