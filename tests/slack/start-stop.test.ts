import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../adapters/log.js';
import { createSlackBot } from '../../adapters/slack/index.js';
import { TEST_SIGNING_SECRET } from '../fakes/slack-requests.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { NOW, realEngine } from './slack-harness.js';

let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const context = () => ({ engine: realEngine, now: () => NOW, log: createMemoryLogger() });

describe('createSlackBot start/stop', () => {
  it('fails start() with one clear message when Slack rejects the bot token', async () => {
    fake = await startFakeSlackApi();
    fake.failNext('auth.test', { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: false, error: 'invalid_auth' }) });
    const bot = createSlackBot(context(), { mode: 'http', botToken: 'xoxb-revoked', signingSecret: TEST_SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl }, { host: '127.0.0.1' });
    await expect(bot.start()).rejects.toThrow('Slack did not accept SLACK_BOT_TOKEN (auth.test failed: invalid_auth)');
    await bot.stop(); // nothing to stop: must not throw
    expect(fake.calls.map((call) => call.method)).toEqual(['auth.test']);
  });

  it('fails start() naming SLACK_APP_TOKEN when Slack refuses the Socket Mode connection', async () => {
    fake = await startFakeSlackApi(); // no socketUrl: apps.connections.open answers invalid_auth
    const bot = createSlackBot(context(), { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-wrong', apiUrl: fake.apiUrl });
    await expect(bot.start()).rejects.toThrow(`could not open a Socket Mode connection with SLACK_APP_TOKEN (apps.connections.open at ${new URL(fake.apiUrl).host}: invalid_auth)`);
    await bot.stop();
  });

  it('can be stopped before it was started', async () => {
    const bot = createSlackBot(context(), { mode: 'socket', botToken: 'xoxb-x', appToken: 'xapp-x', apiUrl: 'http://127.0.0.1:9/api/' });
    await expect(bot.stop()).resolves.toBeUndefined();
  });
});
