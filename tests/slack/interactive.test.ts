// Conversations and interactive answers on Slack, end to end: the real Bolt app in HTTP mode, signed
// mentions, DMs, slash commands and button clicks (`block_actions`), and what reaches the fake Web API and
// response URLs. Expected answers come from the engine itself, asked the same way.
import { afterEach, describe, expect, it } from 'vitest';
import { createAnswerKeys } from '../../adapters/interactive/answer-keys.js';
import { refFor } from '../../adapters/interactive/answer-ref.js';
import { NOTES } from '../../adapters/slack/listeners/listen-actions.js';
import { createSlackControls } from '../../adapters/slack/slack-action-value.js';
import { escapeMrkdwn } from '../../adapters/slack/escape-mrkdwn.js';
import type { Engine, EventRecord } from '../../src/index.js';
import {
  appHomeOpenedEvent,
  blockActionsBody,
  directMessageEvent,
  eventCallbackBody,
  mentionEvent,
  postSigned,
  slashCommandBody,
  viewSubmissionBody,
} from '../fakes/slack-requests.js';
import type { BlockActionFields } from '../fakes/slack-requests.js';
import type { RecordedCall } from '../fakes/slack-web-api.js';
import { makeEvent } from './answer-fixtures.js';
import { expectWithinSlackLimits, messageText } from './assert-slack-limits.js';
import { engineWith, NOW, postedMessages, realEngine, startHttpHarness } from './slack-harness.js';
import type { HttpHarness } from './slack-harness.js';

let harness: HttpHarness | undefined;

afterEach(async () => {
  if (!harness) return;
  const current = harness;
  harness = undefined;
  await current.close();
  for (const message of postedMessages(current.fake))
    if ((message as { blocks?: unknown }).blocks) expectWithinSlackLimits(message);
});

async function start(engine: Engine | (() => Engine) = realEngine(), options = {}): Promise<HttpHarness> {
  harness = await startHttpHarness(engine, options);
  return harness;
}

let events = 0;
async function mention(
  h: HttpHarness,
  text: string,
  ts: string,
  extra: Record<string, unknown> = {},
): Promise<RecordedCall> {
  const before = h.fake.answered('chat.postMessage').length;
  expect(
    (
      await postSigned(h.url, {
        body: eventCallbackBody(mentionEvent(text, ts, extra), `Ev0M${++events}`),
        contentType: 'application/json',
      })
    ).status,
  ).toBe(200);
  const posts = await h.fake.waitFor('chat.postMessage', before + 1);
  return posts[before]!;
}

async function directMessage(
  h: HttpHarness,
  text: string,
  ts: string,
  extra: Record<string, unknown> = {},
): Promise<RecordedCall> {
  const before = h.fake.answered('chat.postMessage').length;
  await postSigned(h.url, {
    body: eventCallbackBody(directMessageEvent(text, ts, extra), `Ev0D${++events}`),
    contentType: 'application/json',
  });
  const posts = await h.fake.waitFor('chat.postMessage', before + 1);
  return posts[before]!;
}

async function command(h: HttpHarness, text: string, id: string): Promise<any> {
  await postSigned(h.url, {
    body: slashCommandBody({ text, responseUrl: h.fake.responseUrl(id) }),
    contentType: 'application/x-www-form-urlencoded',
  });
  const [call] = await h.fake.waitFor('response_url', 1, (c) => c.responseId === id);
  return call?.params;
}

let clicks = 0;
/** Clicks a button; the answer comes back at a fresh response URL, whose posts are returned. */
async function click(
  h: HttpHarness,
  button: { action_id: string; value?: string },
  fields: Partial<BlockActionFields> = {},
  expectPosts = 1,
): Promise<any[]> {
  const id = `click-${++clicks}`;
  const ack = await postSigned(h.url, {
    body: blockActionsBody({
      actionId: button.action_id,
      ...(button.value !== undefined ? { value: button.value } : {}),
      responseUrl: h.fake.responseUrl(id),
      ...fields,
    }),
    contentType: 'application/x-www-form-urlencoded',
  });
  expect(ack.status).toBe(200);
  const calls = await h.fake.waitFor('response_url', expectPosts, (c) => c.responseId === id);
  return calls.map((call) => call.params);
}

function buttonsOf(message: any): any[] {
  return (message?.blocks ?? []).flatMap((block: any) => [
    ...(block.type === 'actions' ? block.elements : []),
    ...(block.accessory ? [block.accessory] : []),
  ]);
}

function buttonLabelled(message: any, label: RegExp): any {
  const found = buttonsOf(message).find((button) => label.test(button.text.text));
  if (!found)
    throw new Error(
      `no button matching ${label} among ${buttonsOf(message)
        .map((b) => b.text.text)
        .join(', ')}`,
    );
  return found;
}

/** The titles of the events a message lists, in order: each event's section starts "N. *title*" (or links it). */
function listedTitles(message: any, pool: readonly EventRecord[]): string[] {
  const byTitle = new Map(pool.map((event) => [escapeMrkdwn(event.title).replace(/\|/g, '¦'), event.title]));
  return (message?.blocks ?? []).flatMap((block: any) => {
    const first = block.type === 'section' ? String(block.text?.text ?? '').split('\n')[0] : '';
    const match = /^(?:\d+\. )?\*(?:<[^|>]*\|)?(.+?)>?\*$/.exec(first ?? '');
    const title = match ? byTitle.get(match[1]!) : undefined;
    return title ? [title] : [];
  });
}

const skopje = Array.from({ length: 34 }, (_unused, n) => {
  const day = `2020-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  return makeEvent({
    id: `${day}-skopje-border-workshop-${n}`,
    title: `Regional Workshop on Integrated Border Management, Skopje, meeting ${n + 1}`,
    start: day,
    end: day,
    city: 'Skopje',
    country: 'North Macedonia',
    people: ['Agron Sojati'],
    organisers: ['IISG'],
    topics: ['border management'],
    summary: `Meeting ${n + 1} of the regional workshop series.`,
    source: `https://iisg.info/news/skopje-${n}`,
  });
});
const longEngine = engineWith(skopje);

describe('conversations on Slack', () => {
  it('reads a mention in the same thread against the question before it, and nowhere else', async () => {
    const engine = realEngine();
    const h = await start(engine);
    const first = engine.ask('events in Montenegro', NOW);
    const followUp = engine.ask('and in 2023?', NOW, first.conversation);
    const fresh = engine.ask('and in 2023?', NOW);
    expect(followUp.understood).not.toBe(fresh.understood);

    await mention(h, 'events in Montenegro', '1717300000.000100');
    const inThread = await mention(h, 'and in 2023?', '1717300050.000200', { thread_ts: '1717300000.000100' });
    expect(inThread.params.thread_ts).toBe('1717300000.000100');
    expect(messageText(inThread.params)).toContain(`Understood: ${escapeMrkdwn(followUp.understood)}`);
    expect(messageText(inThread.params)).toContain('(from your previous question)');
    for (const event of followUp.events) expect(messageText(inThread.params)).toContain(escapeMrkdwn(event.title));

    const otherThread = await mention(h, 'and in 2023?', '1717300100.000300');
    expect(messageText(otherThread.params)).toContain(`Understood: ${escapeMrkdwn(fresh.understood)}`);
    const otherChannel = await mention(h, 'and in 2023?', '1717300150.000400', {
      thread_ts: '1717300000.000100',
      channel: 'C0OTHER0001',
    });
    expect(messageText(otherChannel.params)).toContain(`Understood: ${escapeMrkdwn(fresh.understood)}`);
  });

  it('keeps one conversation per person in DMs, never shared between people', async () => {
    const engine = realEngine();
    const h = await start(engine);
    const followUp = engine.ask('and in 2022?', NOW, engine.ask('where was Sojati in 2023', NOW).conversation);
    const fresh = engine.ask('and in 2022?', NOW);
    expect(followUp.understood).not.toBe(fresh.understood);

    await directMessage(h, 'where was Sojati in 2023', '1717300200.000100');
    const alice = await directMessage(h, 'and in 2022?', '1717300210.000200');
    expect(messageText(alice.params)).toContain(`Understood: ${escapeMrkdwn(followUp.understood)}`);
    const bob = await directMessage(h, 'and in 2022?', '1717300220.000300', {
      user: 'U0BOB000001',
      channel: 'D0BOBDM0001',
    });
    expect(bob.params.channel).toBe('D0BOBDM0001');
    expect(messageText(bob.params)).toContain(`Understood: ${escapeMrkdwn(fresh.understood)}`);
  });

  it('points "the second one" at the second event of the last answer', async () => {
    const engine = realEngine();
    const h = await start(engine);
    const first = engine.ask('events in 2022', NOW);
    expect(first.events.length).toBeGreaterThan(2);
    await mention(h, 'events in 2022', '1717300300.000100');
    const second = await mention(h, 'the second one', '1717300310.000200', { thread_ts: '1717300300.000100' });
    const text = messageText(second.params);
    expect(text).toContain(escapeMrkdwn(first.events[1]!.title));
    expect(text).not.toContain(escapeMrkdwn(first.events[0]!.title));
  });
});

describe('interactive answers on Slack', () => {
  it('pages a long answer in place: "Show more" replaces the message with the next 10, "Previous" goes back', async () => {
    const h = await start(longEngine);
    const answer = longEngine.ask('events in Skopje', NOW);
    expect(answer.events.length).toBeGreaterThan(30);
    const titles = answer.events.map((event) => event.title);
    const post = await mention(h, 'events in Skopje', '1717300400.000100');
    expect(listedTitles(post.params, answer.events)).toEqual(titles.slice(0, 10));
    const container = { type: 'message' as const, channelId: 'C0GENERAL01', messageTs: '1717300400.000900' };

    const [page2] = await click(h, buttonLabelled(post.params, /more|next/i), { container });
    expect(page2.replace_original).toBe(true);
    expect(listedTitles(page2, answer.events)).toEqual(titles.slice(10, 20));
    expect(messageText(page2)).toContain(`Showing 11–20 of ${answer.events.length} events.`);
    expect(messageText(page2)).toContain(`11. *<https://iisg.info/news/`);

    const [page3] = await click(h, buttonLabelled(page2, /more|next/i), { container });
    expect(listedTitles(page3, answer.events)).toEqual(titles.slice(20, 30));
    const [back] = await click(h, buttonLabelled(page3, /previous/i), { container });
    expect(listedTitles(back, answer.events)).toEqual(titles.slice(10, 20));
  });

  it('replaces a message with chat.update when the click carries no response URL', async () => {
    const h = await start(longEngine);
    const post = await mention(h, 'events in Skopje', '1717300450.000100');
    const more = buttonLabelled(post.params, /more/i);
    await postSigned(h.url, {
      body: blockActionsBody({
        actionId: more.action_id,
        value: more.value,
        container: { type: 'message', channelId: 'C0GENERAL01', messageTs: '1717300450.000900' },
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    const [update] = await h.fake.waitFor('chat.update');
    expect(update?.params).toMatchObject({ channel: 'C0GENERAL01', ts: '1717300450.000900' });
    expect(messageText(update?.params)).toContain('Showing 11–20 of');
  });

  it("opens an event's full record privately from its Details button", async () => {
    const h = await start(longEngine);
    const answer = longEngine.ask('events in Skopje', NOW);
    const post = await mention(h, 'events in Skopje', '1717300500.000100');
    const third = answer.events[2]!;
    const details = buttonsOf(post.params).filter((button) => button.text.text === 'Details');
    expect(details).toHaveLength(10);
    const [shown] = await click(h, details[2]);
    expect(shown).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const text = messageText(shown);
    expect(shown.blocks[0].text.text).toBe(`*${escapeMrkdwn(third.title)}*`);
    for (const part of [
      third.start.slice(8).replace(/^0/, ''),
      'Skopje, North Macedonia',
      ...third.organisers,
      ...third.people,
      ...third.topics,
      third.summary,
      `<${third.source}|Read the news post>`,
    ])
      expect(text).toContain(part);
  });

  it('shares a private slash command answer in the channel, "shared by" the person, and removes the private copy', async () => {
    const h = await start(longEngine);
    const answer = longEngine.ask('events in Skopje', NOW);
    const reply = await command(h, 'events in Skopje', 'private');
    expect(reply.response_type).toBe('ephemeral');
    const posts = await click(
      h,
      buttonLabelled(reply, /share/i),
      { container: { type: 'message', channelId: 'C0GENERAL01', messageTs: '1717300600.000100', ephemeral: true } },
      2,
    );
    const [shared, removal] = posts;
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(messageText(shared)).toContain('Shared by @alice');
    expect(messageText(shared)).toContain('Question: “events in Skopje”');
    expect(listedTitles(shared, answer.events)).toEqual(answer.events.slice(0, 10).map((event) => event.title));
    expect(buttonsOf(shared).map((button) => button.text.text)).not.toContain('Share in channel');
    expect(removal).toEqual({ delete_original: true });
    // The shared copy pages like any answer, and stays shared.
    const [page2] = await click(h, buttonLabelled(shared, /more/i));
    expect(messageText(page2)).toContain('Shared by @alice');
    expect(listedTitles(page2, answer.events)).toEqual(answer.events.slice(10, 20).map((event) => event.title));
  });

  it('pages /iisg recent N past 10, up to the maximum', async () => {
    const h = await start(longEngine);
    const recent = longEngine.recent(40, NOW);
    expect(recent.events).toHaveLength(40);
    const reply = await command(h, 'recent 40', 'recent');
    expect(messageText(reply)).toContain('Showing 1–10 of 40 events.');
    const [page4] = await click(h, {
      action_id: buttonLabelled(reply, /more/i).action_id,
      value: buttonLabelled(reply, /more/i).value.replace('"w":"a2"', '"w":"a4"'),
    });
    expect(listedTitles(page4, recent.events)).toEqual(recent.events.slice(30, 40).map((event) => event.title));
    const page5 = page4;
    expect(buttonsOf(page5).map((button) => button.text.text)).not.toContain('Show more');
  });

  it('answers a count with the number and lists its events on "Show them"', async () => {
    const h = await start(longEngine);
    const count = longEngine.ask('how many events in Skopje', NOW);
    expect(count.interpretation.intent).toBe('count');
    const post = await mention(h, 'how many events in Skopje', '1717300700.000100');
    expect(listedTitles(post.params, count.events)).toEqual([]);
    const [listed] = await click(h, buttonLabelled(post.params, /show them/i));
    expect(listedTitles(listed, count.events)).toEqual(count.events.slice(0, 10).map((event) => event.title));
    expect(buttonsOf(listed).map((button) => button.text.text)).toEqual(
      expect.arrayContaining(['Back to the answer', 'Show more']),
    );
  });

  it("lists one group's events from a grouping", async () => {
    const engine = realEngine();
    const h = await start(engine);
    const grouped = engine.ask('which countries', NOW);
    expect(grouped.groups.length).toBeGreaterThan(1);
    const top = grouped.groups[0]!;
    const post = await mention(h, 'which countries', '1717300800.000100');
    const [group] = await click(h, buttonsOf(post.params).filter((button) => button.text.text === 'Events')[0]);
    const members = engine.events.filter((event) => top.events.includes(event.id));
    expect(listedTitles(group, engine.events).sort()).toEqual(members.map((event) => event.title).sort());
    expect(messageText(group)).toContain(`*${escapeMrkdwn(top.value)}* — ${top.count} event`);
  });

  it('answers stale, unreadable, expired and unknown buttons with a short private note, never a 404', async () => {
    let engine: Engine = longEngine;
    let clock = 1;
    const keys = createAnswerKeys({ now: () => clock });
    const h = await start(() => engine, { interactive: { answerKeys: keys } });
    const post = await mention(h, 'events in Skopje', '1717300900.000100');
    const more = buttonLabelled(post.params, /more/i);

    engine = engineWith([
      ...skopje,
      makeEvent({
        id: '2024-05-02-new-skopje-meeting',
        title: 'A new Skopje meeting',
        start: '2024-05-02',
        end: '2024-05-02',
        city: 'Skopje',
        country: 'North Macedonia',
      }),
    ]);
    const [stale] = await click(h, more);
    expect(stale).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: escapeMrkdwn(NOTES.stale),
    });

    const [unreadable] = await click(h, { action_id: more.action_id, value: '{"v":1,"w":"a2","r":{"q":42}}' });
    expect(unreadable.text).toBe(escapeMrkdwn(NOTES.unreadable));
    const [unknown] = await click(h, { action_id: 'iisg_frobnicate', value: 'x' });
    expect(unknown.text).toBe(escapeMrkdwn(NOTES.unknownAction));

    // A key (used when the state does not fit in the value) works within a day, then has expired.
    const answer = engine.ask('events in Skopje', NOW);
    const controls = createSlackControls(
      { ...refFor('events in Skopje', null, answer, engine, NOW, false), question: 'events in Skopje' },
      { ...answer, followUp: true, conversation: { ...answer.conversation, questions: ['events in Skopje'] } },
      keys,
    );
    const keyed = { action_id: 'iisg_view_next', value: controls.view({ kind: 'answer', page: 2 }) };
    expect(JSON.parse(keyed.value).k).toMatch(/^[\w-]{10}$/);
    const [fresh] = await click(h, keyed);
    expect(messageText(fresh)).toContain('Showing 11–20 of');
    clock += 25 * 60 * 60 * 1000;
    const [expired] = await click(h, keyed);
    expect(expired.text).toBe(escapeMrkdwn(NOTES.expired));
    expect(h.log.lines.filter((line) => line.includes('ERROR'))).toEqual([]);
  });
});

describe('forms', () => {
  it('closes a form this bot does not handle instead of failing it', async () => {
    const h = await start();
    const result = await postSigned(h.url, {
      body: viewSubmissionBody('iisg_digest_form', {}, '{}'),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(result.status).toBe(200);
    expect(result.body).toBe('');
    expect(h.log.lines.some((line) => line.includes('a form this bot does not handle'))).toBe(true);
  });
});

describe('the Home tab', () => {
  it('publishes the latest events and questions to try when someone opens it', async () => {
    const engine = realEngine();
    const h = await start(engine);
    await postSigned(h.url, {
      body: eventCallbackBody(appHomeOpenedEvent('U0ALICE0001'), 'Ev0HOME0001'),
      contentType: 'application/json',
    });
    const [publish] = await h.fake.waitFor('views.publish');
    expect(publish?.params.user_id).toBe('U0ALICE0001');
    const view = JSON.parse(String(publish?.params.view));
    expect(view.type).toBe('home');
    const text = messageText(view);
    for (const event of engine.recent(5, NOW).events) expect(text).toContain(escapeMrkdwn(event.title));
    expect(text).toContain('where was Sojati in 2023');
    expect(text).not.toContain('Digests in this workspace');
    // Details from the Home tab open in a modal (a view has no response URL).
    const details = buttonsOf(view).find((button) => button.text.text === 'Details');
    await postSigned(h.url, {
      body: blockActionsBody({
        actionId: details.action_id,
        value: details.value,
        container: { type: 'view', viewId: 'V0HOME00001' },
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    const [opened] = await h.fake.waitFor('views.open');
    expect(messageText(JSON.parse(String(opened?.params.view)))).toContain(
      escapeMrkdwn(engine.recent(5, NOW).events[0]!.title),
    );
  });

  it('ignores the Messages tab', async () => {
    const h = await start();
    await postSigned(h.url, {
      body: eventCallbackBody(appHomeOpenedEvent('U0ALICE0001', 'messages'), 'Ev0HOME0002'),
      contentType: 'application/json',
    });
    await directMessage(h, 'help', '1717301000.000100');
    expect(h.fake.answered('views.publish')).toEqual([]);
  });
});
