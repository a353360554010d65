// Conversations and interactive answers on Discord, end to end: the real discord.js Client against the fake
// gateway and REST server. Reply chains and DMs follow up; buttons page in place (UPDATE_MESSAGE), the
// details menu answers privately, `private:true` defers ephemerally, and stale or expired components get
// a short private note. Expected answers come from the engine itself, asked the same way.
import { escapeMarkdown, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createAnswerKeys } from '../../adapters/interactive/answer-keys.js';
import { BUTTON_NOTES } from '../../adapters/interactive/button-notes.js';
import { createDiscordInteractive } from '../../adapters/discord/discord-interactive.js';
import type { Engine } from '../../src/index.js';
import type { RecordedCall } from '../fakes/discord-rest.js';
import { expectWithinLimits } from './assert-discord-limits.js';
import { ASKER, IDS, postedMessage, startLoopback } from './discord-loopback.js';
import type { Loopback } from './discord-loopback.js';
import { createSyntheticEngine } from './synthetic-dataset.js';

const NOW = new Date('2024-05-01T10:00:00Z');

let realEngine: Engine;
let synthetic: Engine;
beforeAll(() => {
  realEngine = loadEngine();
  synthetic = createSyntheticEngine();
});

let loopback: Loopback | null = null;
async function start(engine: Engine | (() => Engine) = realEngine, options = {}): Promise<Loopback> {
  loopback = await startLoopback(engine, NOW, options);
  return loopback;
}

afterEach(async () => {
  if (!loopback) return;
  const { rest } = loopback;
  await loopback.close();
  loopback = null;
  expect(rest.calls.filter((call) => call.status === 404).map((call) => `${call.method} ${call.path}`)).toEqual([]);
  for (const payload of rest.calls.map(postedMessage).filter((payload) => payload !== null))
    expectWithinLimits(payload);
});

const isReplyTo = (messageId: string) => (call: RecordedCall) =>
  call.method === 'POST' && call.body?.message_reference?.message_id === messageId;
const isEdit = (token: string) => (call: RecordedCall) =>
  call.method === 'PATCH' && call.path === `/webhooks/${IDS.application}/${token}/messages/@original`;
const isCallback = (token: string) => (call: RecordedCall) =>
  call.method === 'POST' && call.path.endsWith(`/${token}/callback`);

/** The first line of each event field: the event's title, as the renderer escapes it. */
const fieldTitles = (payload: any): string[] =>
  (payload.embeds?.[0]?.fields ?? []).map((field: { value: string }) => field.value.split('\n')[0]);
const titlesOf = (events: readonly { title: string }[]) => events.map((event) => escapeMarkdown(event.title));
const componentsOf = (payload: any): any[] => (payload.components ?? []).flatMap((row: any) => row.components);
const buttonLabelled = (payload: any, label: RegExp) => {
  const found = componentsOf(payload).find((component) => component.type === 2 && label.test(component.label));
  if (!found) throw new Error(`no button matching ${label}`);
  return found;
};

describe('conversations on Discord', () => {
  it("reads a reply to the bot's answer against the question it answered, and a plain mention afresh", async () => {
    const bot = await start();
    const first = realEngine.ask('events in Montenegro', NOW);
    const followUp = realEngine.ask('and in 2023?', NOW, first.conversation);
    const fresh = realEngine.ask('and in 2023?', NOW);
    expect(followUp.understood).not.toBe(fresh.understood);

    const question = bot.mention('events in Montenegro');
    const answer = await bot.rest.waitFor(isReplyTo(question));
    const reply = bot.replyTo(answer.response.id, 'and in 2023?');
    const followed = await bot.rest.waitFor(isReplyTo(reply));
    expect(followed.body.embeds[0].description).toContain(`Understood: ${escapeMarkdown(followUp.understood)}`);
    // A reply to that answer goes on from there.
    const again = bot.replyTo(followed.response.id, 'and in 2022?');
    const third = await bot.rest.waitFor(isReplyTo(again));
    expect(third.body.embeds[0].description).toContain(
      escapeMarkdown(realEngine.ask('and in 2022?', NOW, followUp.conversation).understood),
    );

    const plain = bot.mention('and in 2023?');
    const alone = await bot.rest.waitFor(isReplyTo(plain));
    expect(alone.body.embeds[0].description).toContain(`Understood: ${escapeMarkdown(fresh.understood)}`);
  });

  it('keeps one conversation per DM, never shared between people', async () => {
    const bot = await start();
    const followUp = realEngine.ask('and in 2022?', NOW, realEngine.ask('where was Sojati in 2023', NOW).conversation);
    const fresh = realEngine.ask('and in 2022?', NOW);
    await bot.rest.waitFor(isReplyTo(bot.directMessage('where was Sojati in 2023')));
    const mine = await bot.rest.waitFor(isReplyTo(bot.directMessage('and in 2022?')));
    expect(mine.body.embeds[0].description).toContain(escapeMarkdown(followUp.understood));
    const other = { ...ASKER, id: '1012345678901234999', username: 'other' };
    const theirs = await bot.rest.waitFor(
      isReplyTo(bot.directMessageFrom(other, '1098765432109876799', 'and in 2022?')),
    );
    expect(theirs.body.embeds[0].description).toContain(`Understood: ${escapeMarkdown(fresh.understood)}`);
  });

  it("continues one person's /iisg ask in a channel", async () => {
    const bot = await start();
    const followUp = realEngine.ask('only 2023', NOW, realEngine.ask('events in Montenegro', NOW).conversation);
    await bot.rest.waitFor(isEdit(bot.slashCommand('ask', { question: 'events in Montenegro' })));
    const second = await bot.rest.waitFor(isEdit(bot.slashCommand('ask', { question: 'only 2023' })));
    expect(second.body.embeds[0].description).toContain(escapeMarkdown(followUp.understood));
  });
});

describe('interactive answers on Discord', () => {
  it('pages an answer in place with "Show more" and "Previous" (interaction.update)', async () => {
    const bot = await start(synthetic);
    const answer = synthetic.ask('events in Montenegro', NOW);
    expect(answer.events.length).toBeGreaterThan(10);
    const token = bot.slashCommand('ask', { question: 'events in Montenegro' });
    const edit = await bot.rest.waitFor(isEdit(token));
    expect(fieldTitles(edit.body)).toEqual(titlesOf(answer.events.slice(0, 10)));

    const more = buttonLabelled(edit.body, /more|next/i);
    expect(more.custom_id.length).toBeLessThanOrEqual(100);
    const click = bot.component(more.custom_id, edit.response);
    const update = await bot.rest.waitFor(isCallback(click));
    expect(update.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(fieldTitles(update.body.data)).toEqual(titlesOf(answer.events.slice(10, 20)));
    expect(update.body.data.embeds[0].footer.text).toBe(
      `Showing 11–${Math.min(20, answer.events.length)} of ${answer.events.length} events.`,
    );

    const back = bot.component(buttonLabelled(update.body.data, /previous/i).custom_id, {
      ...edit.response,
      ...update.body.data,
    });
    const previous = await bot.rest.waitFor(isCallback(back));
    expect(fieldTitles(previous.body.data)).toEqual(titlesOf(answer.events.slice(0, 10)));
  });

  it("opens an event's full record privately from the details menu", async () => {
    const bot = await start(realEngine);
    const answer = realEngine.ask('where was Sojati in 2023', NOW);
    const edit = await bot.rest.waitFor(isEdit(bot.slashCommand('ask', { question: 'where was Sojati in 2023' })));
    const menu = componentsOf(edit.body).find(
      (component) => component.type === 3 && component.custom_id.startsWith('iisg:d:'),
    );
    expect(menu.options.map((option: { value: string }) => option.value)).toEqual(
      answer.events.slice(0, 10).map((event) => event.id),
    );
    const event = answer.events[1]!;
    const pick = bot.component(menu.custom_id, edit.response, [event.id]);
    const details = await bot.rest.waitFor(isCallback(pick));
    expect(details.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(details.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = details.body.data.embeds[0];
    expect(embed.title).toBe(escapeMarkdown(event.title));
    const fields = Object.fromEntries(
      embed.fields.map((field: { name: string; value: string }) => [field.name, field.value]),
    );
    expect(fields.Where).toBe(escapeMarkdown(`${event.city}, ${event.country}`));
    if (event.people.length > 0) expect(fields.People).toBe(escapeMarkdown(event.people.join(', ')));
    if (event.topics.length > 0) expect(fields.Topics).toBe(escapeMarkdown(event.topics.join(', ')));
    expect(embed.description).toContain(escapeMarkdown(event.summary.slice(0, 40)));
  });

  it('lists a count\'s events on "Show them", and a group\'s events from the groups menu', async () => {
    const bot = await start(realEngine);
    const count = realEngine.ask('how many events in 2022', NOW);
    expect(count.interpretation.intent).toBe('count');
    const edit = await bot.rest.waitFor(isEdit(bot.slashCommand('ask', { question: 'how many events in 2022' })));
    expect(edit.body.embeds[0].fields).toEqual([]);
    const shown = await bot.rest.waitFor(
      isCallback(bot.component(buttonLabelled(edit.body, /show them/i).custom_id, edit.response)),
    );
    expect(fieldTitles(shown.body.data)).toEqual(titlesOf(count.events.slice(0, 10)));

    // The same person in the same channel: "which countries" follows the count before it.
    const grouped = realEngine.ask('which countries', NOW, count.conversation);
    expect(grouped.followUp).toBe(true);
    const groupsEdit = await bot.rest.waitFor(isEdit(bot.slashCommand('ask', { question: 'which countries' })));
    const menu = componentsOf(groupsEdit.body).find(
      (component) => component.type === 3 && component.custom_id.startsWith('iisg:g:'),
    );
    const group = await bot.rest.waitFor(isCallback(bot.component(menu.custom_id, groupsEdit.response, ['0'])));
    const members = realEngine.events.filter((event) => grouped.groups[0]!.events.includes(event.id));
    expect(fieldTitles(group.body.data).sort()).toEqual(titlesOf(members).sort());
  });

  it('answers privately with private:true, deferring ephemerally', async () => {
    const bot = await start();
    const token = bot.slashCommand('ask', { question: 'events in Montenegro', private: true });
    const defer = await bot.rest.waitFor(isCallback(token));
    expect(defer.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(defer.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const publicToken = bot.slashCommand('ask', { question: 'events in Montenegro' });
    expect((await bot.rest.waitFor(isCallback(publicToken))).body.data.flags & MessageFlags.Ephemeral).toBe(0);
  });

  it('pages /iisg recent past 10, up to 100', async () => {
    const bot = await start(synthetic);
    const recent = synthetic.recent(30, NOW);
    const edit = await bot.rest.waitFor(isEdit(bot.slashCommand('recent', { count: 30 })));
    expect(edit.body.embeds[0].footer.text).toBe(`Showing 1–10 of ${recent.events.length} events.`);
    const page2 = await bot.rest.waitFor(
      isCallback(bot.component(buttonLabelled(edit.body, /more/i).custom_id, edit.response)),
    );
    expect(fieldTitles(page2.body.data)).toEqual(titlesOf(recent.events.slice(10, 20)));
  });

  it('answers stale, expired and unknown components with a short private note', async () => {
    let engine: Engine = synthetic;
    let clock = 1;
    const interactive = createDiscordInteractive({ keys: createAnswerKeys({ now: () => clock }) });
    const bot = await start(() => engine, { interactive });
    const note = async (token: string) => {
      const call = await bot.rest.waitFor(isCallback(token));
      expect(call.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      return call.body.data.content;
    };
    const edit = await bot.rest.waitFor(isEdit(bot.slashCommand('ask', { question: 'events in Montenegro' })));
    const more = buttonLabelled(edit.body, /more/i).custom_id;

    expect(await note(bot.component('iisg:z:whatever', edit.response))).toBe(BUTTON_NOTES.unknownAction);
    expect(await note(bot.component('iisg:v:NoSuchKey1:a2', edit.response))).toBe(BUTTON_NOTES.expired);
    engine = realEngine;
    expect(await note(bot.component(more, edit.response))).toBe(BUTTON_NOTES.stale);
    engine = synthetic;
    clock += 25 * 60 * 60 * 1000;
    expect(await note(bot.component(more, edit.response))).toBe(BUTTON_NOTES.expired);
    expect(bot.log.lines.filter((line) => line.includes(' ERROR '))).toEqual([]);
  });
});

describe('a subscription that paused itself, on Discord', () => {
  it('tells its creator in a direct message, with the reason and how to resume', async () => {
    const bot = await start();
    const { createDiscordPauseNotifier } = await import('../../adapters/discord/discord-pause-notifier.js');
    const subscription = {
      id: 4,
      platform: 'discord',
      workspaceId: IDS.guild,
      channelId: IDS.channel,
      channelName: 'general',
      cadence: 'weekly' as const,
      day: 1,
      time: '09:00',
      timeZone: 'Europe/Tirane',
      filter: null,
      quiet: false,
      firstPeriodFrom: '2024-04-29',
      createdAt: NOW,
      createdBy: ASKER.id,
      pausedReason: null,
      pausedAt: null,
      pausedBy: null,
    };
    await createDiscordPauseNotifier(bot.bot.client)(
      subscription,
      'the bot cannot see this channel: give it View Channel there (Discord error 50001)',
    );
    const open = await bot.rest.waitFor((call) => call.method === 'POST' && call.path === '/users/@me/channels');
    expect(open.body).toEqual({ recipient_id: ASKER.id });
    const sent = await bot.rest.waitFor(
      (call) => call.method === 'POST' && call.path === `/channels/${open.response.id}/messages`,
    );
    const embed = sent.body.embeds[0];
    expect(embed.title).toBe('Your digest #4 is paused');
    expect(embed.description).toContain(
      `weekly digest, Mondays at 09:00 (Europe/Tirane) for <#${IDS.channel}> stopped posting: the bot cannot see this channel`,
    );
    expect(embed.description).toContain('`/iisg-digest resume number:4`');
    expect(sent.body.allowed_mentions).toEqual({ parse: [] });
  });
});
