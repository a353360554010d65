// Digests on Discord, on loopback: the real discord.js Client with /iisg-digest, the platform-neutral
// manager over a real SQLite file, and the scheduler (fake clock) posting through the Client's REST
// manager to the fake Discord API. Every payload is checked against Discord's limits and must not ping.
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, readJsonFile } from '../../adapters/data/load-dataset.js';
import { createDigestManager } from '../../adapters/digest/digest-manager.js';
import type { DigestManager } from '../../adapters/digest/digest-manager.js';
import { createDigestCommand, DIGEST_COMMAND_NAME } from '../../adapters/discord/commands/digest-command.js';
import { createDiscordDigestPoster } from '../../adapters/discord/discord-digest-poster.js';
import { createDigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestPoster } from '../../adapters/scheduler/digest-poster.js';
import { createEngineDigestSource } from '../../adapters/scheduler/digest-source.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { DigestStore } from '../../adapters/store/digest-store.js';
import { createEngine } from '../../src/index.js';
import type { Engine } from '../../src/index.js';
import type { RecordedCall } from '../fakes/discord-rest.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import type { FakeClock } from '../scheduler/fake-clock.js';
import { useTempDir } from '../store/temp-dir.js';
import { expectWithinLimits } from './assert-discord-limits.js';
import { ASKER, IDS, postedMessage, startLoopback } from './discord-loopback.js';
import type { Loopback } from './discord-loopback.js';

// Wednesday 1 May 2024, 12:00 in Tirana (UTC+2 in summer).
const NOW = new Date('2024-05-01T10:00:00Z');
// Monday 6 May 2024, 09:00 in Tirana.
const MONDAY_0900 = new Date('2024-05-06T07:00:00Z');
const MANAGE_CHANNELS = String(PermissionFlagsBits.ManageChannels | PermissionFlagsBits.SendMessages);

function engineWithWeekEvents(): Engine {
  const file = (name: string) => readJsonFile(join(DEFAULT_DATA_DIR, name));
  const extra = [
    { id: '2024-04-30-hub-budva', title: 'Regional hub meeting in Budva', start: '2024-04-30', end: '2024-05-01', city: 'Budva', country: 'Montenegro', people: ['Agron Sojati'] },
    { id: '2024-05-02-everyone', title: 'Working group @everyone **bold** <@123>', start: '2024-05-02', end: '2024-05-02', city: 'Tirana', country: 'Albania' },
  ];
  return createEngine({
    events: [...(file('events.json') as unknown[]), ...extra],
    vocabulary: { people: file('people.json'), places: file('places.json'), organisations: file('organisations.json'), kinds: file('event-kinds.json') },
  });
}
const engine = engineWithWeekEvents();

interface Setup {
  lb: Loopback;
  store: DigestStore;
  manager: DigestManager;
  clock: FakeClock;
  scheduler: DigestScheduler;
  poster: DigestPoster;
}

const tempDir = useTempDir('iisg-discord-digest-');
let current: Setup | undefined;

afterEach(async () => {
  if (!current) return;
  const { lb, store, scheduler } = current;
  current = undefined;
  scheduler.stop();
  await scheduler.idle();
  await lb.close();
  store.close();
  expect(lb.rest.calls.filter((call) => call.status === 404).map((call) => `${call.method} ${call.path}`)).toEqual([]);
  for (const payload of lb.rest.calls.map(postedMessage).filter((p) => p !== null)) {
    expect(payload.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
    expectWithinLimits(payload);
  }
});

async function setup(): Promise<Setup> {
  const store = openDigestStore(join(tempDir(), 'iisg.db'));
  const clock = createFakeClock(NOW);
  let scheduler: DigestScheduler | undefined;
  const manager = createDigestManager({
    store,
    engine: () => engine,
    now: () => clock.now(),
    defaults: { weekday: 1, monthDay: 1, time: '09:00', timeZone: 'Europe/Tirane' },
    onChange: () => scheduler?.refresh(),
  });
  const lb = await startLoopback(engine, NOW, { extraCommands: [createDigestCommand(manager)] });
  const poster = createDiscordDigestPoster(lb.bot.client);
  scheduler = createDigestScheduler({ store, posters: { discord: poster }, source: createEngineDigestSource(() => engine), clock, log: lb.log, random: () => 0.5 });
  scheduler.start();
  current = { lb, store, manager, clock, scheduler, poster };
  return current;
}

type Option = { name: string; type: 3 | 4 | 5; value: string | number | boolean; focused?: boolean };

/** Dispatches /iisg-digest <sub> as a guild member with the given permissions; returns the token. */
function digest(lb: Loopback, sub: string, options: Option[] = [], permissions = MANAGE_CHANNELS, type: 2 | 4 = 2): string {
  return lb.interaction(type, [{ type: 1, name: sub, options }], { command: DIGEST_COMMAND_NAME, permissions });
}

const text = (value: string | number | boolean, name: string): Option => ({ name, type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3, value });
const isEdit = (token: string) => (call: RecordedCall) => call.method === 'PATCH' && call.path === `/webhooks/${IDS.application}/${token}/messages/@original` && call.status === 200;
const isChannelPost = (call: RecordedCall) => call.method === 'POST' && call.path === `/channels/${IDS.channel}/messages`;

/** The private reply: deferred ephemeral first, then edited in. */
async function replyTo(lb: Loopback, token: string): Promise<Record<string, any>> {
  const edit = await lb.rest.waitFor(isEdit(token));
  const defer = lb.rest.calls.find((call) => call.path.endsWith(`/${token}/callback`));
  expect(defer?.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  expect(defer!.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  expect(defer!.seq).toBeLessThan(edit.seq);
  return edit.body;
}
const description = (reply: Record<string, any>): string => reply.embeds?.[0]?.description ?? '';

async function runUntil(s: Setup, at: Date): Promise<void> {
  await s.clock.advanceTo(at);
  await s.scheduler.idle();
  await s.clock.advanceBy(0);
  await s.scheduler.idle();
}

describe('/iisg-digest on Discord (real discord.js, fake Discord)', () => {
  it('is registered for members who can manage channels, in servers only', async () => {
    const json = createDigestCommand(null).data.toJSON();
    expect(json.name).toBe('iisg-digest');
    expect(json.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    expect(json.contexts).toEqual([0]);
    expect((json.options ?? []).map((o) => o.name)).toEqual(['subscribe', 'unsubscribe', 'list', 'preview', 'pause', 'resume']);
  });

  it('subscribes the channel for a member who can manage channels', async () => {
    const { lb, store } = await setup();
    const reply = await replyTo(lb, digest(lb, 'subscribe', [text('weekly', 'cadence'), text('Montenegro', 'filter'), text(true, 'quiet')]));
    expect(description(reply)).toContain('Subscribed: #general gets the weekly digest, Mondays at 09:00 (Europe/Tirane), #1.');
    expect(description(reply)).toContain('Next: Monday 6 May 2024, 09:00, covering 29 April – 5 May 2024.');
    expect(store.subscriptions.find('discord', IDS.channel, 'weekly')).toMatchObject({ workspaceId: IDS.guild, channelName: 'general', filter: 'Montenegro', quiet: true, createdBy: ASKER.id });
  });

  it('checks the permission again when it runs, for changes only', async () => {
    const { lb, store } = await setup();
    const refused = await replyTo(lb, digest(lb, 'subscribe', [text('monthly', 'cadence')], '0'));
    expect(refused.embeds[0].title).toBe('That did not work');
    expect(description(refused)).toBe('Only members who can manage channels can change digest subscriptions. `list` and `preview` are open to everyone.');
    expect(store.subscriptions.list()).toEqual([]);
    expect(description(await replyTo(lb, digest(lb, 'list', [], '0')))).toContain('No digest subscriptions in this workspace yet.');
  });

  it.each([
    [[text('weekly', 'cadence'), text('25:00', 'time')], 'expected a time as HH:MM on a 24-hour clock such as `time:09:00` or `time:17:30`, got "25:00"'],
    [[text('monthly', 'cadence'), text('31', 'day')], 'monthly digests post on a day from 1 to 28, so that every month has it (e.g. `day:1`); got "31"'],
    [[text('weekly', 'cadence'), text('CET+1', 'timezone')], 'expected an IANA time zone such as `timezone:Europe/Tirane` or `timezone:America/New_York`, got "CET+1"'],
  ])('refuses bad options with an example in option syntax', async (options, message) => {
    const { lb, store } = await setup();
    expect(description(await replyTo(lb, digest(lb, 'subscribe', options)))).toContain(message);
    expect(store.subscriptions.list()).toEqual([]);
  });

  it('autocompletes time zones', async () => {
    const { lb } = await setup();
    const token = digest(lb, 'subscribe', [text('weekly', 'cadence'), { name: 'timezone', type: 3, value: 'tira', focused: true }], MANAGE_CHANNELS, 4);
    const completion = await lb.rest.waitFor((call) => call.path.includes(token));
    expect(completion.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(completion.body.data.choices).toEqual([{ name: 'Europe/Tirane', value: 'Europe/Tirane' }]);
  });

  it('previews the last complete week as an embed, with dataset text escaped', async () => {
    const { lb } = await setup();
    // 1 May 2024: the last complete week is 22-28 April; May (with the extra events) is not complete.
    const reply = await replyTo(lb, digest(lb, 'preview', [text('weekly', 'cadence')], '0'));
    expect(reply.embeds[0].title).toBe('IISG weekly digest · 22–28 April 2024');
    expect(reply.embeds[0].description).toContain('No activities recorded in this period');
  });

  it('posts the scheduled digest to the channel once, with a nonce, a footer and no pings', async () => {
    const s = await setup();
    await replyTo(s.lb, digest(s.lb, 'subscribe', [text('weekly', 'cadence')]));
    await runUntil(s, new Date(MONDAY_0900.getTime() - 1000));
    expect(s.lb.rest.calls.filter(isChannelPost)).toEqual([]);
    await runUntil(s, MONDAY_0900);
    const post = await s.lb.rest.waitFor(isChannelPost);
    expect(post.body).toMatchObject({ nonce: 'iisg:1:2024-04-29', enforce_nonce: true, allowed_mentions: { parse: [] } });
    const embed = post.body.embeds[0];
    expect(embed.title).toBe('IISG weekly digest · 29 April – 5 May 2024');
    expect(embed.footer.text).toBe('IISG digest iisg:1:2024-04-29');
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['30 April – 1 May 2024 · Budva, Montenegro', '2 May 2024 · Tirana, Albania']);
    expect(embed.fields[1].value).toContain('Working group @everyone \\*\\*bold\\*\\*');
    const sent = s.store.deliveries.get(1, '2024-04-29');
    expect(sent).toMatchObject({ state: 'sent' });
    expect(sent?.messageId).toMatch(/^\d+$/);
    await runUntil(s, new Date(MONDAY_0900.getTime() + 6 * 24 * 3_600_000));
    expect(s.lb.rest.calls.filter(isChannelPost)).toHaveLength(1);
  });

  it('pauses on Missing Permissions, shows why in list, and posts after resume', async () => {
    const s = await setup();
    await replyTo(s.lb, digest(s.lb, 'subscribe', [text('weekly', 'cadence')]));
    s.lb.rest.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    await runUntil(s, MONDAY_0900);
    expect(s.store.subscriptions.get(1)?.pausedReason).toBe('the bot lacks Send Messages or Embed Links in this channel (Discord error 50013)');
    const list = description(await replyTo(s.lb, digest(s.lb, 'list')));
    expect(list).toContain('⚠ paused since Monday 6 May 2024, 09:00: the bot lacks Send Messages or Embed Links in this channel (Discord error 50013).');
    expect(description(await replyTo(s.lb, digest(s.lb, 'resume', [text(1, 'number')])))).toMatch(/^Resumed #1 \(#general\)/);
    await runUntil(s, s.clock.now());
    const posts = s.lb.rest.calls.filter((call) => isChannelPost(call) && call.status === 200);
    expect(posts).toHaveLength(1);
    expect(s.store.subscriptions.get(1)?.pausedReason).toBeNull();
  });

  it('finds its own earlier post by the footer (reconciling a crash between post and sent mark)', async () => {
    const s = await setup();
    const since = new Date('2024-05-06T07:00:00Z');
    s.lb.rest.failNext({
      method: 'GET',
      path: /^\/channels\/\d+\/messages$/,
      status: 200,
      body: [
        { id: '1300000000000000900', author: { id: '999' }, embeds: [{ footer: { text: 'IISG digest iisg:1:2024-04-29' } }] },
        { id: '1300000000000000901', author: { id: IDS.application }, embeds: [{ footer: { text: 'IISG digest iisg:1:2024-04-29' } }] },
      ],
    });
    const view = { heading: 'h', summary: 's', sections: [], askHint: null, text: 't' };
    const found = await s.poster.findPosted!(IDS.channel, { key: 'iisg:1:2024-04-29', subscriptionId: 1, cadence: 'weekly', period: { cadence: 'weekly', from: '2024-04-29', to: '2024-05-05' }, filter: null, events: [], alsoAdded: [], view }, since);
    expect(found).toEqual({ messageId: '1300000000000000901' });
    const lookup = s.lb.rest.calls.find((call) => call.method === 'GET' && call.path === `/channels/${IDS.channel}/messages`);
    expect(lookup?.query.get('limit')).toBe('100');
    expect(BigInt(lookup?.query.get('after') ?? '0') >> 22n).toBe(BigInt(since.getTime() - 60_000 - 1_420_070_400_000));
  });
});
