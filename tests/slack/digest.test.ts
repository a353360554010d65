// Digests on Slack, on loopback: the real Bolt app in HTTP mode, signed `/iisg digest …` commands, the
// platform-neutral manager over a real SQLite file, and the scheduler (fake clock) posting through Bolt's
// own Web API client to the fake Slack API.
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestManager } from '../../adapters/digest/digest-manager.js';
import type { DigestManager } from '../../adapters/digest/digest-manager.js';
import { createDigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import { createEngineDigestSource } from '../../adapters/scheduler/digest-source.js';
import { createSlackDigestHandler } from '../../adapters/slack/slack-digest-handler.js';
import { createSlackDigestPoster } from '../../adapters/slack/slack-digest-poster.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { DigestStore } from '../../adapters/store/digest-store.js';
import { createMemoryLogger } from '../../adapters/log.js';
import type { Engine } from '../../src/index.js';
import { postSigned, slashCommandBody } from '../fakes/slack-requests.js';
import { FAKE_BOT } from '../fakes/slack-web-api.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import type { FakeClock } from '../scheduler/fake-clock.js';
import { useTempDir } from '../store/temp-dir.js';
import { makeEvent } from './answer-fixtures.js';
import { expectWithinSlackLimits, messageText } from './assert-slack-limits.js';
import { engineWith, NOW, postedMessages, startHttpHarness } from './slack-harness.js';
import type { HttpHarness } from './slack-harness.js';

const MANAGER = 'U0ALICE0001';
const MEMBER = 'U0BOB000001';
const CHANNEL = 'C0GENERAL01';
// Friday 7 June 2024, 17:30 in Kolkata (UTC+5:30).
const FRIDAY_1730_IST = new Date('2024-06-07T12:00:00Z');

// NOW is Saturday 1 June 2024; the week of 27 May – 2 June gets two events, one titled to try to ping.
const engine: Engine = engineWith([
  makeEvent({ id: '2024-05-28-regional-hub-budva', title: 'Regional hub meeting in Budva', start: '2024-05-28', end: '2024-05-29', city: 'Budva', country: 'Montenegro', people: ['Agron Sojati'] }),
  makeEvent({ id: '2024-05-30-alert-channel', title: 'Working group <!channel> & partners', start: '2024-05-30', end: '2024-05-30', city: 'Tirana', country: 'Albania', people: [] }),
]);

interface Setup {
  h: HttpHarness;
  store: DigestStore;
  manager: DigestManager;
  clock: FakeClock;
  scheduler: DigestScheduler;
}

const tempDir = useTempDir('iisg-slack-digest-');
let current: Setup | undefined;

afterEach(async () => {
  if (!current) return;
  const { h, store, scheduler } = current;
  current = undefined;
  scheduler.stop();
  await scheduler.idle();
  await h.close();
  store.close();
  for (const message of postedMessages(h.fake)) expectWithinSlackLimits(message);
});

async function setup(): Promise<Setup> {
  const store = openDigestStore(`${tempDir()}/iisg.db`);
  const clock = createFakeClock(NOW);
  const log = createMemoryLogger();
  let scheduler: DigestScheduler | undefined;
  const manager = createDigestManager({
    store,
    engine: () => engine,
    now: () => clock.now(),
    defaults: { weekday: 1, monthDay: 1, time: '09:00', timeZone: 'Europe/Tirane' },
    onChange: () => scheduler?.refresh(),
  });
  let harness: HttpHarness | undefined;
  const digest = createSlackDigestHandler({ manager, client: () => harness!.bot.app.client, managers: [MANAGER], log });
  harness = await startHttpHarness(engine, { digest });
  scheduler = createDigestScheduler({ store, posters: { slack: createSlackDigestPoster(harness.bot.app.client) }, source: createEngineDigestSource(() => engine), clock, log, random: () => 0.5 });
  scheduler.start();
  current = { h: harness, store, manager, clock, scheduler };
  return current;
}

let responses = 0;
async function command(h: HttpHarness, text: string, userId = MANAGER): Promise<any> {
  const id = `digest-${++responses}`;
  const ack = await postSigned(h.url, { body: slashCommandBody({ text, responseUrl: h.fake.responseUrl(id), userId, channelId: CHANNEL }), contentType: 'application/x-www-form-urlencoded' });
  expect(ack.status).toBe(200);
  const [call] = await h.fake.waitFor('response_url', 1, (c) => c.responseId === id);
  expect(call?.params.response_type).toBe('ephemeral');
  return call?.params;
}

/** Runs the scheduler to `at`, then waits for the real HTTP posts it started. */
async function runUntil(s: Setup, at: Date): Promise<void> {
  await s.clock.advanceTo(at);
  await s.scheduler.idle();
  await s.clock.advanceBy(0);
  await s.scheduler.idle();
}

describe('/iisg digest on Slack (real Bolt, fake Slack)', () => {
  it('subscribes the channel for someone on the allow-list, without asking Slack who they are', async () => {
    const { h, store } = await setup();
    const reply = messageText(await command(h, 'digest subscribe weekly on friday at 17:30 tz Asia/Kolkata filter Sojati'));
    expect(reply).toContain(`Subscribed: channel ${CHANNEL} gets the weekly digest, Fridays at 17:30 (Asia/Kolkata), #1.`);
    expect(reply).toContain('Next: Friday 7 June 2024, 17:30, covering 27 May – 2 June 2024.');
    expect(reply).toContain('Filter: events · Agron Sojati');
    expect(store.subscriptions.find('slack', CHANNEL, 'weekly')).toMatchObject({ workspaceId: FAKE_BOT.teamId, createdBy: MANAGER, filter: 'Sojati' });
    expect(h.fake.calls.filter((c) => c.method === 'users.info')).toEqual([]);
  });

  it('refuses changes from a member who is not an admin, after asking Slack (users.info)', async () => {
    const { h, store } = await setup();
    const reply = messageText(await command(h, 'digest subscribe weekly', MEMBER));
    expect(reply).toBe('Only workspace admins and owners (and people listed in DIGEST_SLACK_MANAGERS) can change digest subscriptions. `list` and `preview` are open to everyone.');
    expect(h.fake.answered('users.info').map((c) => c.params.user)).toEqual([MEMBER]);
    expect(store.subscriptions.list()).toEqual([]);
    // Reading is open to everyone, and needs no lookup.
    expect(messageText(await command(h, 'digest list', MEMBER))).toContain('No digest subscriptions in this workspace yet.');
    expect(h.fake.answered('users.info')).toHaveLength(1);
  });

  it('lets a workspace admin manage, as users.info says', async () => {
    const { h, store } = await setup();
    h.fake.failNext('users.info', { status: 200, body: JSON.stringify({ ok: true, user: { id: MEMBER, is_admin: true, is_owner: false } }) });
    expect(messageText(await command(h, 'digest subscribe monthly', MEMBER))).toContain('Subscribed: channel');
    expect(store.subscriptions.list().map((s) => s.createdBy)).toEqual([MEMBER]);
  });

  it('answers a bad time zone with an example of a good one', async () => {
    const { h } = await setup();
    expect(messageText(await command(h, 'digest subscribe weekly tz Europe/Tirana'))).toBe(
      'expected an IANA time zone such as `tz Europe/Tirane` or `tz America/New_York`, got "Europe/Tirana"; see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones',
    );
  });

  it('previews the last complete month as blocks, escaping dataset text', async () => {
    const { h } = await setup();
    const preview = await command(h, 'digest preview monthly', MEMBER);
    const text = messageText(preview);
    expect(preview.blocks[1]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'IISG monthly digest · May 2024' } });
    expect(text).toContain('Regional hub meeting in Budva');
    expect(text).toContain('Working group &lt;!channel&gt; &amp; partners');
    expect(text).toContain('Preview for a new subscription');
  });

  it('posts the scheduled digest with chat.postMessage at the local time, once, with the message ts recorded', async () => {
    const s = await setup();
    await command(s.h, 'digest subscribe weekly on friday at 17:30 tz Asia/Kolkata');
    await runUntil(s, new Date(FRIDAY_1730_IST.getTime() - 1000));
    expect(s.h.fake.answered('chat.postMessage')).toEqual([]);
    await runUntil(s, FRIDAY_1730_IST);
    const [post] = await s.h.fake.waitFor('chat.postMessage');
    expect(post?.params.channel).toBe(CHANNEL);
    expect(JSON.parse(String(post?.params.metadata))).toEqual({ event_type: 'iisg_digest', event_payload: { key: 'iisg:1:2024-05-27' } });
    const text = messageText(post?.params);
    expect(text).toContain('Regional hub meeting in Budva');
    expect(text).toContain('&lt;!channel&gt;');
    expect(s.store.deliveries.get(1, '2024-05-27')).toMatchObject({ state: 'sent', messageId: expect.stringMatching(/^\d+\.\d+$/) });
    await runUntil(s, new Date(FRIDAY_1730_IST.getTime() + 6 * 24 * 3_600_000));
    expect(s.h.fake.answered('chat.postMessage')).toHaveLength(1);
  });

  it('retries Slack 5xx with backoff, and pauses on not_in_channel until resumed', async () => {
    const s = await setup();
    await command(s.h, 'digest subscribe weekly on friday at 17:30 tz Asia/Kolkata');
    // Bolt's client retries twice by itself (in this harness); the third 503 reaches the scheduler.
    for (let i = 0; i < 3; i++) s.h.fake.failNext('chat.postMessage', { status: 503, body: 'upstream unavailable' });
    await runUntil(s, FRIDAY_1730_IST);
    expect(s.store.deliveries.get(1, '2024-05-27')).toMatchObject({ state: 'pending', lastError: 'Slack answered HTTP 503' });
    s.h.fake.failNext('chat.postMessage', { status: 200, body: JSON.stringify({ ok: false, error: 'not_in_channel' }) });
    await runUntil(s, new Date(FRIDAY_1730_IST.getTime() + 60_000));
    expect(s.store.subscriptions.get(1)?.pausedReason).toBe('the bot is not in this channel: invite it (/invite @iisg-bot) (not_in_channel)');
    const list = messageText(await command(s.h, 'digest list', MEMBER));
    expect(list).toContain('⚠ paused since Friday 7 June 2024, 17:31: the bot is not in this channel: invite it (/invite @iisg-bot) (not_in_channel).');
    expect(list).toContain('then `resume 1`');

    expect(messageText(await command(s.h, 'digest resume'))).toMatch(/^Resumed #1/);
    await runUntil(s, s.clock.now());
    await s.h.fake.waitFor('chat.postMessage');
    expect(s.store.deliveries.get(1, '2024-05-27')).toMatchObject({ state: 'sent' });
    expect(s.store.subscriptions.get(1)?.pausedReason).toBeNull();
  });

  it('unsubscribes, and says so when there is nothing to unsubscribe', async () => {
    const s = await setup();
    await command(s.h, 'digest subscribe weekly');
    expect(messageText(await command(s.h, 'digest unsubscribe'))).toBe(`Unsubscribed channel ${CHANNEL} from the weekly digest (#1).`);
    expect(messageText(await command(s.h, 'digest unsubscribe'))).toContain('Nothing to unsubscribe');
    expect(s.store.subscriptions.list()).toEqual([]);
  });
});
