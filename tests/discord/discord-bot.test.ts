// The real discord.js Client, built by createDiscordBot, on loopback: a fake gateway dispatches interactions
// and messages, a fake REST server records every call the bot makes. After each test, every posted
// payload is checked against Discord's limits and must not be able to ping anyone.
import { GatewayIntentBits, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import type { Engine } from '../../src/index.js';
import type { RecordedCall } from '../fakes/discord-rest.js';
import { expectWithinLimits } from './assert-discord-limits.js';
import { IDS, postedMessage, startLoopback } from './discord-loopback.js';
import type { Loopback } from './discord-loopback.js';
import { EVERYONE_TITLE, createSyntheticEngine } from './synthetic-dataset.js';

const NOW = new Date('2024-05-01T10:00:00Z');

let realEngine: Engine;
let syntheticEngine: Engine;
beforeAll(() => {
  realEngine = loadEngine();
  syntheticEngine = createSyntheticEngine();
});

let loopback: Loopback | null = null;
async function start(engine: Engine | (() => Engine) = realEngine): Promise<Loopback> {
  loopback = await startLoopback(engine, NOW);
  return loopback;
}

afterEach(async () => {
  if (!loopback) return;
  const { rest } = loopback;
  await loopback.close();
  loopback = null;
  // Every call the bot made reached a route Discord has (the fake answers 404 otherwise).
  expect(rest.calls.filter((call) => call.status === 404).map((call) => `${call.method} ${call.path}`)).toEqual([]);
  const posts = rest.calls.map(postedMessage).filter((payload) => payload !== null);
  for (const payload of posts) {
    expect(payload.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
    expectWithinLimits(payload);
  }
});

const isDefer = (token: string) => (call: RecordedCall) => call.path.endsWith(`/${token}/callback`) && call.body?.type === InteractionResponseType.DeferredChannelMessageWithSource;
const isEdit = (token: string) => (call: RecordedCall) => call.method === 'PATCH' && call.path === `/webhooks/${IDS.application}/${token}/messages/@original` && call.status === 200;
const isReplyTo = (messageId: string) => (call: RecordedCall) => call.method === 'POST' && call.body?.message_reference?.message_id === messageId;

/** Waits for the edited reply of a slash command and checks it came after a public defer. */
async function answerTo(bot: Loopback, token: string): Promise<Record<string, any>> {
  const edit = await bot.rest.waitFor(isEdit(token));
  const defer = bot.rest.calls.find(isDefer(token));
  expect(defer, 'the command was deferred').toBeDefined();
  expect(defer!.seq).toBeLessThan(edit.seq);
  expect(defer!.body.data.flags & MessageFlags.Ephemeral).toBe(0);
  expect(bot.log.lines.filter((line) => line.includes(' ERROR '))).toEqual([]);
  return edit.body;
}

const fieldNames = (payload: Record<string, any>): string[] => (payload.embeds?.[0]?.fields ?? []).map((field: { name: string }) => field.name);
const embedText = (payload: Record<string, any>): string => JSON.stringify(payload.embeds ?? []);

describe('Discord bot on loopback', () => {
  it('logs in with Guilds, GuildMessages and DirectMessages only (no MessageContent)', async () => {
    const bot = await start();
    const [identify] = bot.gateway.identifies;
    expect(identify?.token).toBe('fake-token');
    expect(identify?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(identify!.intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('/iisg ask: defers, then edits in the answer with dates, places and titles', async () => {
    const bot = await start();
    const token = bot.slashCommand('ask', { question: 'where was Sojati in 2023' });
    const answer = await answerTo(bot, token);
    expect(fieldNames(answer)).toEqual(['9 March 2023 · Tivat, Montenegro', '5–6 September 2023 · Budva, Montenegro', '21 November 2023 · Chisinau, Moldova']);
    expect(answer.embeds[0].fields[2].value).toContain('Bilateral consultations in Moldova');
    expect(answer.embeds[0].description).toContain('Agron Sojati');
  });

  it('/iisg ask works in a DM with the bot as well', async () => {
    const bot = await start();
    const token = bot.slashCommand('ask', { question: 'events in Montenegro' }, { dm: true });
    const answer = await answerTo(bot, token);
    expect(fieldNames(answer)).toEqual(['9 March 2023 · Tivat, Montenegro', '5–6 September 2023 · Budva, Montenegro']);
  });

  it('/iisg recent count:3 lists the three latest events, newest first', async () => {
    const bot = await start();
    const answer = await answerTo(bot, bot.slashCommand('recent', { count: 3 }));
    const latest = [...realEngine.events].sort((a, b) => b.start.localeCompare(a.start)).slice(0, 3);
    expect(answer.embeds[0].fields.map((field: { value: string }) => field.value.split('\n')[0])).toEqual(latest.map((event) => event.title));
  });

  it('options the bot cannot use are answered with what would work', async () => {
    const bot = await start();
    const cases: Array<[string, Record<string, string | number>, string]> = [
      ['recent', { count: 500 }, 'between 1 and 100, got 500'],
      ['recent', { count: 0 }, 'between 1 and 100, got 0'],
      ['where', { person: 'Agron Sojati', year: 1999 }, 'between 2000 and 2100, got 1999'],
      ['where', { person: '   ' }, 'pick a person from the list'],
      ['events', { place: '' }, 'pick a place from the list'],
      ['ask', { question: '  ' }, 'Write a question'],
    ];
    for (const [sub, options, message] of cases) {
      const answer = await answerTo(bot, bot.slashCommand(sub, options));
      expect(embedText(answer), `${sub} ${JSON.stringify(options)}`).toContain(message);
    }
  });

  it('/iisg where: autocomplete offers people, then the chosen name is answered', async () => {
    const bot = await start();
    const typing = bot.autocomplete('where', 'person', 'soj');
    const completion = await bot.rest.waitFor((call) => call.path.includes(typing));
    expect(completion.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = completion.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices).toContainEqual({ name: 'Agron Sojati', value: 'Agron Sojati' });

    const answer = await answerTo(bot, bot.slashCommand('where', { person: 'Agron Sojati', year: 2022 }));
    expect(fieldNames(answer)).toEqual(['20 April 2022 · Tirana, Albania', '5–6 May 2022 · Budapest, Hungary']);
  });

  it('/iisg where: a typed name that is nobody gets the nearest names, not a wrong answer', async () => {
    const bot = await start();
    const answer = await answerTo(bot, bot.slashCommand('where', { person: 'Nobody Atall' }));
    expect(answer.embeds[0].title).toBe('Unknown person');
    expect(answer.embeds[0].description).toContain('"Nobody Atall"');
    expect(answer.embeds[0].fields ?? []).toEqual([]);
  });

  it('/iisg events: autocomplete offers places, and the answer covers the place and year', async () => {
    const bot = await start();
    const typing = bot.autocomplete('events', 'place', 'monten');
    const completion = await bot.rest.waitFor((call) => call.path.includes(typing));
    expect(completion.body.data.choices.map((choice: { value: string }) => choice.value)).toContain('Montenegro');
    const answer = await answerTo(bot, bot.slashCommand('events', { place: 'Montenegro', year: 2023 }));
    expect(fieldNames(answer)).toEqual(['9 March 2023 · Tivat, Montenegro', '5–6 September 2023 · Budva, Montenegro']);
  });

  it('autocomplete never offers more than 25 choices', async () => {
    const bot = await start(syntheticEngine);
    const typing = bot.autocomplete('where', 'person', '');
    const completion = await bot.rest.waitFor((call) => call.path.includes(typing));
    const choices = completion.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBe(25);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('/iisg help lists the subcommands and the questions that work', async () => {
    const bot = await start();
    const answer = await answerTo(bot, bot.slashCommand('help'));
    const description: string = answer.embeds[0].description;
    for (const sub of ['ask', 'recent', 'where', 'events', 'help']) expect(description).toContain(`/iisg ${sub}`);
    expect(description).toContain('where was Sojati in 2023');
  });

  it('answers a mention in a channel, as a reply that pings no one', async () => {
    const bot = await start();
    const ignored = bot.chatter('where was Sojati in 2023? I think Tivat');
    const mention = bot.mention('where was Sojati in 2023');
    const reply = await bot.rest.waitFor(isReplyTo(mention));
    expect(reply.path).toBe(`/channels/${IDS.channel}/messages`);
    expect(fieldNames(reply.body)).toHaveLength(3);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Messages reach the channel's queue in order: an answer to the chatter would have come first.
    expect(bot.rest.calls.some(isReplyTo(ignored))).toBe(false);
  });

  it('answers a direct message', async () => {
    const bot = await start();
    const dm = bot.directMessage('events in Montenegro');
    const reply = await bot.rest.waitFor(isReplyTo(dm));
    expect(reply.path).toBe(`/channels/${IDS.dmChannel}/messages`);
    expect(fieldNames(reply.body)).toEqual(['9 March 2023 · Tivat, Montenegro', '5–6 September 2023 · Budva, Montenegro']);
  });

  it('an empty mention gets the help', async () => {
    const bot = await start();
    const mention = bot.mention('');
    const reply = await bot.rest.waitFor(isReplyTo(mention));
    expect(reply.body.embeds[0].description).toContain('/iisg ask');
  });

  it('a question with more events than fit shows the first 10, how many there are, and a button for the next page', async () => {
    const bot = await start(syntheticEngine);
    const expected = syntheticEngine.ask('events in Montenegro', NOW).count;
    expect(expected).toBeGreaterThan(10);
    const answer = await answerTo(bot, bot.slashCommand('ask', { question: 'events in Montenegro' }));
    expect(answer.embeds[0].fields).toHaveLength(10);
    expect(answer.embeds[0].footer.text).toBe(`Showing 1–10 of ${expected} events.`);
    expect(answer.components[0].components.map((button: { label: string }) => button.label)).toEqual(['Show more']);
  });

  it('dataset text with @everyone and mention syntax is posted as text that cannot ping', async () => {
    const bot = await start(syntheticEngine);
    const answer = await answerTo(bot, bot.slashCommand('ask', { question: 'events in Podgorica in December 2023' }));
    expect(embedText(answer)).toContain('@everyone invited');
    expect(answer.embeds[0].fields[0].value).toContain(EVERYONE_TITLE.slice(0, 40));
    const mention = bot.mention('@here events in Podgorica in December 2023');
    const reply = await bot.rest.waitFor(isReplyTo(mention));
    expect(embedText(reply.body)).toContain('@everyone');
    // afterEach checks allowed_mentions.parse is empty on every post; here the posts are known to need it.
    expect(answer.allowed_mentions).toEqual({ parse: [] });
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('a 429 on the reply is retried after Retry-After and the answer still arrives', async () => {
    const bot = await start();
    bot.rest.failNext({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 429,
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    const token = bot.slashCommand('ask', { question: 'where was Sojati in 2023' });
    const answer = await answerTo(bot, token);
    const edits = bot.rest.calls.filter((call) => call.method === 'PATCH' && call.path.includes(token));
    expect(edits.map((call) => call.status)).toEqual([429, 200]);
    expect(edits[1]!.body).toEqual(edits[0]!.body);
    expect(fieldNames(answer)).toHaveLength(3);
    expect(bot.rest.calls.some((call) => call.body?.flags === MessageFlags.Ephemeral)).toBe(false);
  });

  it('a command this bot does not handle gets a private pointer to /iisg help', async () => {
    const bot = await start();
    const token = bot.slashCommand('subscribe', {}, { command: 'iisg-old' });
    const reply = await bot.rest.waitFor((call) => call.path.endsWith(`/${token}/callback`));
    expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.body.data.content).toContain('/iisg help');
  });

  it('a failure reaches the user as a short private apology and the log as the full story', async () => {
    const broken: Engine = { ...realEngine, events: realEngine.events, ask: () => { throw new Error('index corrupted: position 7 out of range'); } };
    const bot = await start(broken);
    const token = bot.slashCommand('ask', { question: 'where was Sojati in 2023' });
    const apology = await bot.rest.waitFor((call) => call.method === 'POST' && call.path === `/webhooks/${IDS.application}/${token}`);
    expect(apology.body.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(apology.body.content).toMatch(/^Sorry/);
    expect(apology.body.content).not.toContain('index corrupted');
    expect(bot.rest.calls.find(isDefer(token))!.seq).toBeLessThan(apology.seq);
    // The public "thinking…" placeholder is removed.
    await bot.rest.waitFor((call) => call.method === 'DELETE' && call.path.includes(token));
    const logged = bot.log.lines.join('\n');
    expect(logged).toContain('discord: command failed');
    expect(logged).toContain('index corrupted: position 7 out of range');
    expect(logged).toMatch(/at .*discord-bot\.test\.ts/);
    expect(logged).toContain('"subcommand":"ask"');
  });
});
