// The real Bolt app in HTTP mode on loopback: signed slash commands, mentions and DMs in, Block Kit out
// to the fake Web API and response URLs. Every reply any test records is checked against Slack's limits.
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine, EventRecord } from '../../src/index.js';
import { directMessageEvent, eventCallbackBody, mentionEvent, postSigned, slashCommandBody } from '../fakes/slack-requests.js';
import { FAKE_BOT } from '../fakes/slack-web-api.js';
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
  for (const message of postedMessages(current.fake)) expectWithinSlackLimits(message);
});

async function start(engine: Engine | (() => Engine) = realEngine(), options = {}): Promise<HttpHarness> {
  harness = await startHttpHarness(engine, options);
  return harness;
}

function sendCommand(h: HttpHarness, text: string, responseId: string) {
  return postSigned(h.url, { body: slashCommandBody({ text, responseUrl: h.fake.responseUrl(responseId) }), contentType: 'application/x-www-form-urlencoded' });
}

function sendEvent(h: HttpHarness, event: Record<string, unknown>, eventId: string, headers: Record<string, string> = {}, timestamp?: number) {
  return postSigned(h.url, { body: eventCallbackBody(event, eventId), contentType: 'application/json', headers, ...(timestamp === undefined ? {} : { timestamp }) });
}

async function responseTo(h: HttpHarness, responseId: string): Promise<any> {
  const [call] = await h.fake.waitFor('response_url', 1, (c) => c.responseId === responseId);
  return call?.params;
}

const titles = (events: EventRecord[]) => events.map((event) => event.title);

describe('Slack adapter over HTTP (real Bolt, fake Slack)', () => {
  it('acknowledges /iisg <question> at once and answers privately at the response URL', async () => {
    const engine = realEngine();
    const h = await start(engine);
    const question = 'where was Sojati in 2023';
    const ack = await sendCommand(h, question, 'q1');
    expect(ack.status).toBe(200);
    expect(ack.body).toBe('');

    const reply = await responseTo(h, 'q1');
    const expected = engine.ask(question, NOW);
    expect(expected.events.length).toBeGreaterThan(0);
    expect(reply.response_type).toBe('ephemeral');
    const text = messageText(reply);
    expect(text).toContain(`You asked: “${question}”`);
    for (const title of titles(expected.events)) expect(text).toContain(title);
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('answers Slack\'s URL verification challenge (HTTP mode setup)', async () => {
    const h = await start();
    const result = await postSigned(h.url, { body: JSON.stringify({ token: 'deprecated', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' }), contentType: 'application/json' });
    expect(result.status).toBe(200);
    expect(result.body).toContain('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });

  it('answers /iisg help with example questions and the subcommands', async () => {
    const h = await start();
    expect((await sendCommand(h, 'help', 'help')).status).toBe(200);
    const text = messageText(await responseTo(h, 'help'));
    expect(text).toContain('/iisg where was Sojati in 2023');
    expect(text).toContain('/iisg recent [N]');
    expect(text).not.toContain('digest');
  });

  it('answers /iisg recent N with the latest N events, and a bad N with what would work', async () => {
    const engine = realEngine();
    const h = await start(engine);
    await sendCommand(h, 'recent 3', 'recent');
    const text = messageText(await responseTo(h, 'recent'));
    const latest = engine.recent(3, NOW).events;
    expect(latest).toHaveLength(3);
    for (const title of titles(latest)) expect(text).toContain(title);

    await sendCommand(h, 'recent 0', 'bad-recent');
    expect(messageText(await responseTo(h, 'bad-recent'))).toContain('from 1 to 100');
  });

  it('answers a mention in a thread under the message, without the bot\'s own mention in the question', async () => {
    const engine = realEngine();
    const h = await start(engine);
    const ack = await sendEvent(h, mentionEvent('what happened in May 2022', '1717232400.000200'), 'Ev0MENTION1');
    expect(ack.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.params).toMatchObject({ channel: 'C0GENERAL01', thread_ts: '1717232400.000200' });
    expect(post?.authorization).toBe('Bearer xoxb-test-token');
    const expected = engine.ask('what happened in May 2022', NOW);
    expect(expected.events.length).toBeGreaterThan(0);
    const text = messageText(post?.params);
    for (const title of titles(expected.events)) expect(text).toContain(title);
    expect(JSON.stringify(post?.params)).not.toContain(FAKE_BOT.userId);
  });

  it('keeps answering inside an existing thread', async () => {
    const h = await start();
    await sendEvent(h, mentionEvent('events in Montenegro', '1717232500.000300', { thread_ts: '1717232000.000100' }), 'Ev0THREAD01');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.params.thread_ts).toBe('1717232000.000100');
  });

  it('answers a direct message directly, not in a thread', async () => {
    const engine = realEngine();
    const h = await start(engine);
    await sendEvent(h, directMessageEvent('events in Montenegro', '1717232600.000400'), 'Ev0DM000001');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.params.channel).toBe('D0ALICEDM01');
    expect(post?.params.thread_ts).toBeUndefined();
    const expected = engine.ask('events in Montenegro', NOW);
    for (const title of titles(expected.events.slice(0, 10))) expect(messageText(post?.params)).toContain(title);
  });

  it('ignores DM edits, bot posts and channel messages', async () => {
    const h = await start();
    await sendEvent(h, directMessageEvent('events in Skopje', '1717232700.000500', { subtype: 'message_changed' }), 'Ev0EDIT0001');
    await sendEvent(h, directMessageEvent('events in Skopje', '1717232700.000600', { bot_id: 'B0OTHER0001' }), 'Ev0BOT00001');
    await sendEvent(h, directMessageEvent('events in Skopje', '1717232700.000700', { channel_type: 'channel', channel: 'C0GENERAL01' }), 'Ev0CHANNEL1');
    // A DM that is answered proves the app has processed the events sent before it.
    await sendEvent(h, directMessageEvent('help', '1717232700.000800'), 'Ev0SENTINEL');
    const posts = await h.fake.waitFor('chat.postMessage');
    await h.bot.stop();
    expect(posts).toHaveLength(1);
    expect(h.fake.answered('chat.postMessage')).toHaveLength(1);
    expect(messageText(posts[0]?.params)).toContain('/iisg recent [N]');
  });

  it('answers a retried event once', async () => {
    const h = await start();
    const event = mentionEvent('events in Skopje', '1717232800.000900');
    expect((await sendEvent(h, event, 'Ev0RETRIED1')).status).toBe(200);
    // Each retry is a new request, signed with the time it is sent (here, a little later each).
    const sent = Math.floor(Date.now() / 1000);
    expect((await sendEvent(h, event, 'Ev0RETRIED1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }, sent + 1)).status).toBe(200);
    expect((await sendEvent(h, event, 'Ev0RETRIED1', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' }, sent + 2)).status).toBe(200);
    await sendEvent(h, directMessageEvent('help', '1717232800.001000'), 'Ev0SENTINEL');
    await h.fake.waitFor('chat.postMessage', 2);
    await h.bot.stop();
    const toChannel = h.fake.answered('chat.postMessage').filter((call) => call.params.channel === 'C0GENERAL01');
    expect(toChannel).toHaveLength(1);
    expect(h.log.lines.filter((line) => line.includes('repeated delivery ignored'))).toHaveLength(2);
    expect(h.log.lines.some((line) => line.includes('"retryNum":2'))).toBe(true);
  });

  it.each([
    ['a bad signature', { signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' }],
    ['a signature made with another secret', { secret: 'another-signing-secret-000000000' }],
    ['a stale timestamp (10 minutes old, correctly signed)', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
  ])('rejects %s with 401 and does nothing', async (_name, tamper) => {
    const h = await start();
    const body = slashCommandBody({ text: 'where was Sojati in 2023', responseUrl: h.fake.responseUrl('forged') });
    const result = await postSigned(h.url, { body, contentType: 'application/x-www-form-urlencoded', ...tamper });
    expect(result.status).toBe(401);
    const forgedEvent = await postSigned(h.url, { body: eventCallbackBody(mentionEvent('events in Skopje', '1717232900.000100'), 'Ev0FORGED01'), contentType: 'application/json', ...tamper });
    expect(forgedEvent.status).toBe(401);
    await h.bot.stop();
    expect(postedMessages(h.fake)).toEqual([]);
  });

  it('shows the first 10 of a long answer, how many there are, and a button for the next page', async () => {
    const synthetic = Array.from({ length: 34 }, (_unused, n) =>
      makeEvent({
        id: `2020-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}-skopje-border-workshop-${n}`,
        title: `Regional Workshop on Integrated Border Management, Skopje, meeting ${n + 1}`,
        start: `2020-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
        end: `2020-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
        city: 'Skopje',
        country: 'North Macedonia',
        people: ['Agron Sojati'],
        organisers: ['IISG'],
        source: null,
      }),
    );
    const engine = engineWith(synthetic);
    const h = await start(engine);
    await sendCommand(h, 'events in Skopje', 'long');
    const reply = await responseTo(h, 'long');
    const expected = engine.ask('events in Skopje', NOW);
    expect(expected.events.length).toBeGreaterThan(30);
    const eventSections = reply.blocks.filter((block: any) => block.type === 'section' && /\n.*North Macedonia/.test(block.text.text));
    expect(eventSections).toHaveLength(10);
    expect(messageText(reply)).toContain(`Showing 1–10 of ${expected.events.length} events.`);
    const buttons = reply.blocks.filter((block: any) => block.type === 'actions').flatMap((block: any) => block.elements);
    expect(buttons.map((button: any) => button.text.text)).toEqual(['Show more', 'Share in channel']);
  });

  it('escapes dataset text so <!channel> and user mentions cannot ping', async () => {
    const hostile = makeEvent({
      id: '2024-02-14-podgorica-security-forum',
      title: 'IISG at the <!channel> Podgorica Security Forum & <@U024BE7LH> briefing',
      start: '2024-02-14',
      end: '2024-02-15',
      city: 'Podgorica',
      country: 'Montenegro',
      people: ['Agron Sojati'],
      organisers: ['IISG'],
      source: null,
    });
    const h = await start(engineWith([hostile]));
    await sendEvent(h, mentionEvent('events in Podgorica', '1717233000.000100'), 'Ev0HOSTILE1');
    const [post] = await h.fake.waitFor('chat.postMessage');
    const text = messageText(post?.params);
    expect(text).toContain('IISG at the &lt;!channel&gt; Podgorica Security Forum &amp; &lt;@U024BE7LH&gt; briefing');
    expect(JSON.stringify(post?.params)).not.toMatch(/<!channel>|<@U024BE7LH>/);
    expect(post?.params.text).not.toMatch(/<!channel>/);
  });

  it('retries chat.postMessage after a 429 with Retry-After', async () => {
    const h = await start();
    h.fake.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '0' }, body: 'ratelimited' });
    await sendEvent(h, directMessageEvent('events in Montenegro', '1717233100.000100'), 'Ev0RATE0001');
    await h.fake.waitFor('chat.postMessage');
    const attempts = h.fake.calls.filter((call) => call.method === 'chat.postMessage');
    expect(attempts.map((call) => call.status)).toEqual([429, 200]);
    expect(h.log.lines.some((line) => line.includes('rate limiting'))).toBe(true);
  });

  it('retries the response URL after a 429 with Retry-After', async () => {
    const h = await start();
    h.fake.failNext('response_url', { status: 429, headers: { 'retry-after': '0' } });
    await sendCommand(h, 'events in Montenegro', 'rate');
    await responseTo(h, 'rate');
    expect(h.fake.calls.filter((call) => call.method === 'response_url').map((call) => call.status)).toEqual([429, 200]);
  });

  it('turns an engine failure into one short apology, and the full story into the log', async () => {
    const engine = realEngine();
    const broken: Engine = { ...engine, events: engine.events, ask: () => { throw new Error('index corrupted: fuzzy names missing'); } };
    const h = await start(broken);
    await sendCommand(h, 'where was Sojati in 2023', 'broken-command');
    expect(messageText(await responseTo(h, 'broken-command'))).toMatch(/^Sorry, something went wrong/);
    await sendEvent(h, mentionEvent('where was Sojati in 2023', '1717233200.000100'), 'Ev0BROKEN01');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(messageText(post?.params)).toMatch(/^Sorry, something went wrong/);
    expect(messageText(post?.params)).not.toContain('index corrupted');
    const errors = h.log.lines.filter((line) => line.includes('ERROR'));
    expect(errors).toHaveLength(2);
    for (const line of errors) expect(line).toContain('index corrupted: fuzzy names missing');
    expect(errors.join('\n')).toContain('at '); // the stack trace
  });

  it('says digests are not set up when no digest handler is plugged in', async () => {
    const h = await start();
    await sendCommand(h, 'digest subscribe weekly', 'no-digest');
    expect(messageText(await responseTo(h, 'no-digest'))).toContain('Digests are not set up');
  });

  it('routes /iisg digest … to the digest handler with the channel, and posts its reply', async () => {
    const seen: unknown[] = [];
    const h = await start(realEngine(), {
      digest: async (args: string, where: unknown) => {
        seen.push({ args, where });
        return 'This channel now gets a weekly digest <!channel>.';
      },
    });
    await sendCommand(h, 'digest subscribe weekly', 'digest');
    const reply = await responseTo(h, 'digest');
    expect(seen).toEqual([{ args: 'subscribe weekly', where: { source: 'command', channelId: 'C0GENERAL01', userId: 'U0ALICE0001', teamId: FAKE_BOT.teamId } }]);
    expect(messageText(reply)).toContain('This channel now gets a weekly digest &lt;!channel&gt;.');
    await sendCommand(h, 'help', 'help-with-digest');
    expect(messageText(await responseTo(h, 'help-with-digest'))).toContain('/iisg digest help');
  });
});
