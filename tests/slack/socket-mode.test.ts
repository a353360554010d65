// The real Bolt app in Socket Mode against a local fake socket: apps.connections.open hands out a
// ws://127.0.0.1 URL, the fake greets with `hello`, pushes envelopes and records the acks.
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../adapters/log.js';
import { createSlackBot } from '../../adapters/slack/index.js';
import type { SlackBot } from '../../adapters/slack/index.js';
import { directMessageEvent, eventCallbackBody, mentionEvent } from '../fakes/slack-requests.js';
import { FAKE_BOT, startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { startFakeSlackSocket } from '../fakes/slack-socket.js';
import type { FakeSlackSocket } from '../fakes/slack-socket.js';
import { expectWithinSlackLimits, messageText } from './assert-slack-limits.js';
import { NOW, postedMessages, realEngine } from './slack-harness.js';

let running: { bot: SlackBot; api: FakeSlackApi; socket: FakeSlackSocket } | undefined;

afterEach(async () => {
  if (!running) return;
  const { bot, api, socket } = running;
  running = undefined;
  await bot.stop();
  await socket.close();
  await api.close();
  for (const message of postedMessages(api)) expectWithinSlackLimits(message);
});

async function startSocketBot() {
  const api = await startFakeSlackApi();
  const socket = await startFakeSlackSocket();
  api.socketUrl = socket.url;
  const log = createMemoryLogger();
  const bot = createSlackBot(
    { engine: realEngine, now: () => NOW, log },
    { mode: 'socket', botToken: 'xoxb-test-token', appToken: 'xapp-1-A0IISGBOT01-test', apiUrl: api.apiUrl },
    { clientOptions: { retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 } } },
  );
  running = { bot, api, socket };
  expect(await bot.start()).toEqual({ mode: 'socket' });
  await socket.connected();
  return { bot, api, socket, log };
}

describe('Slack adapter in Socket Mode (real Bolt, fake socket)', () => {
  it('opens the socket with the app token, acks a slash command envelope and answers at the response URL', async () => {
    const { api, socket } = await startSocketBot();
    const [open] = api.answered('apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-1-A0IISGBOT01-test');

    socket.sendEnvelope({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'deprecated',
        team_id: FAKE_BOT.teamId,
        channel_id: 'C0GENERAL01',
        user_id: 'U0ALICE0001',
        command: '/iisg',
        text: 'where was Sojati in 2023',
        api_app_id: 'A0IISGBOT01',
        response_url: api.responseUrl('socket-1'),
        trigger_id: '1.2.3',
      },
    });
    const ack = await socket.waitForAck('env-command-1');
    expect(ack.envelope_id).toBe('env-command-1');

    const [answer] = await api.waitFor('response_url', 1, (call) => call.responseId === 'socket-1');
    const expected = realEngine().ask('where was Sojati in 2023', NOW);
    for (const event of expected.events) expect(messageText(answer?.params)).toContain(event.title);
  });

  it('acks an events_api mention, answers it in a thread, and answers a retried envelope once', async () => {
    const { api, socket, bot, log } = await startSocketBot();
    const payload = JSON.parse(eventCallbackBody(mentionEvent('events in Montenegro', '1717234000.000100'), 'Ev0SOCKET01'));
    socket.sendEnvelope({ envelope_id: 'env-event-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload });
    await socket.waitForAck('env-event-1');
    const [post] = await api.waitFor('chat.postMessage');
    expect(post?.params).toMatchObject({ channel: 'C0GENERAL01', thread_ts: '1717234000.000100' });

    socket.sendEnvelope({ envelope_id: 'env-event-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload });
    await socket.waitForAck('env-event-2');
    // A later DM that gets answered proves the retried envelope has been through the listeners.
    const dm = JSON.parse(eventCallbackBody(directMessageEvent('help', '1717234000.000200'), 'Ev0SOCKET02'));
    socket.sendEnvelope({ envelope_id: 'env-event-3', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: dm });
    await api.waitFor('chat.postMessage', 2);
    await bot.stop();
    expect(api.answered('chat.postMessage').filter((call) => call.params.channel === 'C0GENERAL01')).toHaveLength(1);
    expect(log.lines.filter((line) => line.includes('repeated delivery ignored') && line.includes('"retryNum":1'))).toHaveLength(1);
  });
});
