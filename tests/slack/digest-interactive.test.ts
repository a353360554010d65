// Digests through Slack's interactive surfaces, with the production wiring (createDigestService +
// createSlackBotWithDigests, a real SQLite file, the scheduler on a fake clock): the form `/iisg digest`
// opens and its submission (`view_submission`), the natural text grammar, the Home tab's digest buttons,
// and the direct message to the creator of a subscription that paused itself.
import { afterEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../../adapters/bot-context.js';
import { createDigestService } from '../../adapters/digest/digest-service.js';
import type { DigestService } from '../../adapters/digest/digest-service.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { DIGEST_FORM_ID } from '../../adapters/slack/render-digest-form.js';
import { createSlackBotWithDigests } from '../../adapters/slack/slack-digests.js';
import type { SlackBot } from '../../adapters/slack/create-slack-bot.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { Engine } from '../../src/index.js';
import {
  appHomeOpenedEvent,
  blockActionsBody,
  eventCallbackBody,
  postSigned,
  slashCommandBody,
  TEST_SIGNING_SECRET,
  viewSubmissionBody,
} from '../fakes/slack-requests.js';
import { FAKE_BOT, startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import type { FakeClock } from '../scheduler/fake-clock.js';
import { useTempDir } from '../store/temp-dir.js';
import { makeEvent } from './answer-fixtures.js';
import { expectWithinSlackLimits, messageText } from './assert-slack-limits.js';
import { engineWith, NOW, postedMessages } from './slack-harness.js';

const MANAGER = 'U0ALICE0001';
const MEMBER = 'U0BOB000001';
const CHANNEL = 'C0GENERAL01';
// Friday 7 June 2024, 17:30 in Kolkata (UTC+5:30).
const FRIDAY_1730_IST = new Date('2024-06-07T12:00:00Z');

const engine: Engine = engineWith([
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

interface Setup {
  fake: FakeSlackApi;
  bot: SlackBot;
  service: DigestService;
  clock: FakeClock;
  url: string;
  dbPath: string;
  log: ReturnType<typeof createMemoryLogger>;
}

const tempDir = useTempDir('iisg-slack-interactive-digest-');
let current: Setup | undefined;

afterEach(async () => {
  if (!current) return;
  const { fake, bot, service } = current;
  current = undefined;
  await service.stop();
  await bot.stop();
  await fake.close();
  for (const message of postedMessages(fake))
    if ((message as { blocks?: unknown }).blocks) expectWithinSlackLimits(message);
});

async function setup(): Promise<Setup> {
  const fake = await startFakeSlackApi();
  const clock = createFakeClock(NOW);
  const log = createMemoryLogger();
  const context: BotContext = { engine: () => engine, now: () => clock.now(), log };
  const dbPath = `${tempDir()}/iisg.db`;
  const service = createDigestService(
    { IISG_DB_PATH: dbPath, DIGEST_SLACK_MANAGERS: MANAGER, DIGEST_DEFAULT_TZ: 'Europe/Tirane' },
    context,
    clock,
  );
  const bot = createSlackBotWithDigests(
    context,
    { mode: 'http', botToken: 'xoxb-test-token', signingSecret: TEST_SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl },
    service,
    {
      host: '127.0.0.1',
      clientOptions: { retryConfig: { retries: 0 } },
    },
  );
  const started = await bot.start();
  if (started.mode !== 'http') throw new Error('expected HTTP mode');
  service.start();
  current = { fake, bot, service, clock, url: `http://127.0.0.1:${started.port}/slack/events`, dbPath, log };
  return current;
}

/** Reads the subscriptions from the file, as another process would. */
function subscriptions(s: Setup) {
  const store = openDigestStore(s.dbPath);
  try {
    return store.subscriptions.list();
  } finally {
    store.close();
  }
}

let responses = 0;
async function command(s: Setup, text: string, userId = MANAGER, triggerId?: string): Promise<any> {
  const id = `digest-${++responses}`;
  await postSigned(s.url, {
    body: slashCommandBody({
      text,
      responseUrl: s.fake.responseUrl(id),
      userId,
      channelId: CHANNEL,
      ...(triggerId ? { triggerId } : {}),
    }),
    contentType: 'application/x-www-form-urlencoded',
  });
  const [call] = await s.fake.waitFor('response_url', 1, (c) => c.responseId === id);
  return call?.params;
}

function submit(s: Setup, values: Record<string, Record<string, unknown>>, userId = MANAGER) {
  return postSigned(s.url, {
    body: viewSubmissionBody(DIGEST_FORM_ID, values, JSON.stringify({ teamId: FAKE_BOT.teamId }), userId),
    contentType: 'application/x-www-form-urlencoded',
  });
}

const formValues = (overrides: Record<string, Record<string, unknown>> = {}) => ({
  channel: { channel: { type: 'conversations_select', selected_conversation: CHANNEL } },
  cadence: { cadence: { type: 'radio_buttons', selected_option: { value: 'monthly' } } },
  day: { day: { type: 'static_select', selected_option: { value: '15' } } },
  time: { time: { type: 'timepicker', selected_time: '08:30' } },
  time_zone: { time_zone: { type: 'plain_text_input', value: 'Asia/Kolkata' } },
  filter: { filter: { type: 'plain_text_input', value: 'Sojati' } },
  quiet: { quiet: { type: 'checkboxes', selected_options: [{ value: 'quiet' }] } },
  ...overrides,
});

async function openHome(s: Setup, userId: string, count: number): Promise<any> {
  await postSigned(s.url, {
    body: eventCallbackBody(appHomeOpenedEvent(userId), `Ev0HOME${++responses}`),
    contentType: 'application/json',
  });
  const published = await s.fake.waitFor('views.publish', count);
  return JSON.parse(String(published[count - 1]?.params.view));
}

async function pressInHome(
  s: Setup,
  button: { action_id: string; value: string },
  count: number,
  userId = MANAGER,
): Promise<any> {
  await postSigned(s.url, {
    body: blockActionsBody({
      actionId: button.action_id,
      value: button.value,
      userId,
      container: { type: 'view', viewId: 'V0HOME00001' },
    }),
    contentType: 'application/x-www-form-urlencoded',
  });
  const published = await s.fake.waitFor('views.publish', count);
  return JSON.parse(String(published[count - 1]?.params.view));
}

const buttons = (view: any): any[] =>
  view.blocks.flatMap((block: any) => (block.type === 'actions' ? block.elements : []));

describe('the digest form', () => {
  it('opens on `/iisg digest` with nothing after it, and its submission subscribes the channel', async () => {
    const s = await setup();
    await postSigned(s.url, {
      body: slashCommandBody({
        text: 'digest',
        responseUrl: s.fake.responseUrl('form'),
        channelId: CHANNEL,
        triggerId: '9999.8888.form',
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    const [open] = await s.fake.waitFor('views.open');
    expect(open?.params.trigger_id).toBe('9999.8888.form');
    const form = JSON.parse(String(open?.params.view));
    expect(form.callback_id).toBe(DIGEST_FORM_ID);
    expect(form.blocks[0].element).toMatchObject({ type: 'conversations_select', initial_conversation: CHANNEL });
    expect(JSON.parse(form.private_metadata)).toEqual({ teamId: FAKE_BOT.teamId });
    expect(s.fake.calls.filter((call) => call.responseId === 'form')).toEqual([]);

    const submitted = await submit(s, formValues());
    expect(submitted.status).toBe(200);
    const ack = JSON.parse(submitted.body);
    expect(ack.response_action).toBe('update');
    expect(messageText(ack.view)).toContain(
      `Subscribed: channel ${CHANNEL} gets the monthly digest, on day 15 of each month at 08:30 (Asia/Kolkata), #1.`,
    );
    expect(subscriptions(s)).toMatchObject([
      {
        platform: 'slack',
        workspaceId: FAKE_BOT.teamId,
        channelId: CHANNEL,
        cadence: 'monthly',
        day: 15,
        time: '08:30',
        timeZone: 'Asia/Kolkata',
        filter: 'Sojati',
        quiet: true,
        createdBy: MANAGER,
      },
    ]);
  });

  it('shows mistakes next to their fields and creates nothing', async () => {
    const s = await setup();
    const bad = await submit(
      s,
      formValues({
        cadence: { cadence: { selected_option: { value: 'weekly' } } },
        time_zone: { time_zone: { value: 'Mars/Olympus' } },
      }),
    );
    const ack = JSON.parse(bad.body);
    expect(ack.response_action).toBe('errors');
    expect(Object.keys(ack.errors).sort()).toEqual(['day', 'time_zone']);
    expect(ack.errors.day).toMatch(/weekly digest posts on a weekday/);
    expect(ack.errors.time_zone).toContain('"Mars/Olympus"');
    const noChannel = JSON.parse(
      (await submit(s, formValues({ channel: { channel: { selected_conversation: null } } }))).body,
    );
    expect(noChannel.errors).toEqual({ channel: 'Pick the channel the digest goes to.' });
    const badFilter = JSON.parse((await submit(s, formValues({ filter: { filter: { value: 'zzqx flurble' } } }))).body);
    expect(Object.keys(badFilter.errors)).toEqual(['filter']);
    // Someone who may not manage digests is told so (users.info says Bob is no admin).
    const refused = JSON.parse((await submit(s, formValues(), MEMBER)).body);
    expect(refused.errors.channel).toMatch(/^Only workspace admins and owners/);
    expect(subscriptions(s)).toEqual([]);
  });

  it('keeps the text grammar, in natural forms too', async () => {
    const s = await setup();
    expect(messageText(await command(s, 'digest every monday at 9am'))).toContain(
      'gets the weekly digest, Mondays at 09:00 (Europe/Tirane)',
    );
    expect(
      messageText(await command(s, 'digest subscribe every month on the 1st at 8:30 pm in Asia/Kolkata')),
    ).toContain('on day 1 of each month at 20:30 (Asia/Kolkata)');
    expect(subscriptions(s).map((sub) => [sub.cadence, sub.day, sub.time])).toEqual([
      ['weekly', 1, '09:00'],
      ['monthly', 1, '20:30'],
    ]);
  });
});

describe('digests on the Home tab', () => {
  it('lists the workspace digests with pause, resume and remove for a manager, and only the list for others', async () => {
    const s = await setup();
    await command(s, 'digest subscribe weekly on friday at 17:30 tz Asia/Kolkata');
    const home = await openHome(s, MANAGER, 1);
    expect(messageText(home)).toContain(`*#1* · <#${CHANNEL}> · weekly digest, Fridays at 17:30 (Asia/Kolkata)`);
    expect(buttons(home).map((button) => button.text.text)).toEqual(['Pause', 'Remove', 'New digest']);

    const paused = await pressInHome(
      s,
      buttons(home).find((button) => button.text.text === 'Pause'),
      2,
    );
    expect(messageText(paused)).toContain('Paused #1');
    expect(subscriptions(s)[0]).toMatchObject({ pausedBy: MANAGER });
    expect(buttons(paused).map((button) => button.text.text)).toEqual(['Resume', 'Remove', 'New digest']);
    // Paused by hand, nothing is posted, not even a probe at the scheduled time.
    await s.clock.advanceTo(new Date(FRIDAY_1730_IST.getTime() + 60_000));
    expect(s.fake.answered('chat.postMessage')).toEqual([]);

    const resumed = await pressInHome(
      s,
      buttons(paused).find((button) => button.text.text === 'Resume'),
      3,
    );
    expect(messageText(resumed)).toContain('Resumed #1');
    expect(subscriptions(s)[0]).toMatchObject({ pausedBy: null, pausedReason: null });

    const member = await openHome(s, MEMBER, 4);
    expect(buttons(member)).toEqual([]);
    expect(messageText(member)).toContain('Only workspace admins and owners');
    // A press by someone who may not manage changes nothing.
    await pressInHome(
      s,
      buttons(resumed).find((button) => button.text.text === 'Remove'),
      5,
      MEMBER,
    );
    expect(subscriptions(s)).toHaveLength(1);

    const removed = await pressInHome(
      s,
      buttons(resumed).find((button) => button.text.text === 'Remove'),
      6,
    );
    expect(messageText(removed)).toContain('Unsubscribed');
    expect(subscriptions(s)).toEqual([]);
  });

  it('opens the digest form from "New digest"', async () => {
    const s = await setup();
    const home = await openHome(s, MANAGER, 1);
    const button = buttons(home).find((candidate) => candidate.text.text === 'New digest');
    await postSigned(s.url, {
      body: blockActionsBody({
        actionId: button.action_id,
        value: button.value,
        container: { type: 'view', viewId: 'V0HOME00001' },
        triggerId: '7777.home',
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    const [open] = await s.fake.waitFor('views.open');
    expect(open?.params.trigger_id).toBe('7777.home');
    expect(JSON.parse(String(open?.params.view)).callback_id).toBe(DIGEST_FORM_ID);
  });
});

describe('a subscription that pauses itself', () => {
  it('tells its creator in a direct message why, and how to resume, once', async () => {
    const s = await setup();
    await command(s, 'digest subscribe weekly on friday at 17:30 tz Asia/Kolkata');
    s.fake.failNext('chat.postMessage', { status: 200, body: JSON.stringify({ ok: false, error: 'not_in_channel' }) });
    await s.clock.advanceTo(FRIDAY_1730_IST);
    const [dm] = await s.fake.waitFor('chat.postMessage', 1, (call) => call.params.channel === MANAGER);
    const text = messageText(dm?.params);
    expect(text).toContain(`*Your weekly digest, Fridays at 17:30 (Asia/Kolkata) for <#${CHANNEL}> (#1) is paused.*`);
    expect(text).toContain('Why: the bot is not in this channel: invite it (/invite @iisg-bot) (not_in_channel).');
    expect(text).toContain('`/iisg digest resume 1`');
    expect(subscriptions(s)[0]?.pausedReason).toContain('not_in_channel');

    // The next scheduled probe fails again: no second message.
    s.fake.failNext('chat.postMessage', { status: 200, body: JSON.stringify({ ok: false, error: 'not_in_channel' }) });
    await s.clock.advanceTo(new Date(FRIDAY_1730_IST.getTime() + 7 * 24 * 3_600_000));
    await s.fake.waitFor('chat.postMessage', 2, (call) => call.params.channel === CHANNEL);
    await command(s, 'digest list', MEMBER);
    expect(s.fake.answered('chat.postMessage').filter((call) => call.params.channel === MANAGER)).toHaveLength(1);
  });
});
