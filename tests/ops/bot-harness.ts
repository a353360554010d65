// The whole bot as `npm start` runs it (startBot with an env), against the loopback fakes: Slack in HTTP
// mode or Socket Mode, Discord (fake gateway and REST), with a temporary database and HEALTH_PORT=0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createMemoryLogger } from '../../adapters/log.js';
import { secretsFromEnv } from '../../adapters/logging/scrub-secrets.js';
import type { RunningBot } from '../../adapters/start-bot.js';
import { startBot } from '../../adapters/start-bot.js';
import { ASKER, BOT_USER, IDS } from '../discord/discord-loopback.js';
import { startFakeDiscordGateway } from '../fakes/discord-gateway.js';
import type { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import type { FakeDiscordRest } from '../fakes/discord-rest.js';
import { TEST_SIGNING_SECRET } from '../fakes/slack-requests.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { startFakeSlackSocket } from '../fakes/slack-socket.js';
import type { FakeSlackSocket } from '../fakes/slack-socket.js';

export const NOW = new Date('2024-06-01T09:00:00Z');
export const SLACK_BOT_TOKEN = 'xoxb-1111111111-2222222222-HarnessBotTokenValue';
export const SLACK_APP_TOKEN = 'xapp-1-A0IISGBOT01-3333333333-HarnessAppTokenValue';
export const DISCORD_TOKEN = 'MTE4NzY1NDMyMTA5ODc2NTQzMg.GhArNe.ss-Harness-Discord-Token-Value-0123';

export interface BotHarness {
  bot: RunningBot;
  log: ReturnType<typeof createMemoryLogger>;
  env: Record<string, string>;
  slack?: FakeSlackApi;
  socket?: FakeSlackSocket;
  discord?: { rest: FakeDiscordRest; gateway: FakeDiscordGateway };
  /** http://127.0.0.1:<health or Slack port><path>. */
  url(path: string, port?: 'health' | 'slack'): string;
  close(): Promise<void>;
}

export type Mode = 'slack-http' | 'slack-socket' | 'discord';

/** Starts the bot in `mode`; `env` is added last (e.g. HTTP_PROXY, LOG_LEVEL). */
export async function startHarness(mode: Mode, env: Record<string, string> = {}): Promise<BotHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ops-'));
  // No site sync: it would reach for the real site (the sync's own tests run it against a fake).
  const base: Record<string, string> = {
    IISG_DB_PATH: join(dir, 'iisg.db'),
    HEALTH_PORT: '0',
    HOST: '127.0.0.1',
    IISG_SYNC_EVERY: 'off',
  };
  const closers: Array<() => Promise<void>> = [async () => rmSync(dir, { recursive: true, force: true })];
  const harness: Partial<BotHarness> = {};

  if (mode === 'slack-http' || mode === 'slack-socket') {
    const slack = await startFakeSlackApi();
    closers.unshift(() => slack.close());
    harness.slack = slack;
    Object.assign(base, { SLACK_BOT_TOKEN, SLACK_API_URL: slack.apiUrl });
    if (mode === 'slack-http') Object.assign(base, { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: '0' });
    else {
      const socket = await startFakeSlackSocket();
      closers.unshift(() => socket.close());
      slack.socketUrl = socket.url;
      harness.socket = socket;
      base.SLACK_APP_TOKEN = SLACK_APP_TOKEN;
    }
  } else {
    const gateway = await startFakeDiscordGateway({
      botUser: BOT_USER,
      applicationId: IDS.application,
      guildId: IDS.guild,
      channelIds: [IDS.channel],
    });
    const rest = await startFakeDiscordRest({ gatewayUrl: gateway.url, botUserId: BOT_USER.id });
    closers.unshift(() => Promise.all([rest.close(), gateway.close()]).then(() => undefined));
    harness.discord = { rest, gateway };
    Object.assign(base, { DISCORD_TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: rest.apiUrl });
  }

  const fullEnv = { ...base, ...env };
  const log = createMemoryLogger({ secrets: secretsFromEnv(fullEnv) });
  const io = { stdin: Readable.from([]), stdout: { write: () => true }, stderr: { write: () => true } };
  let bot: RunningBot;
  try {
    bot = await startBot(fullEnv, io, { clock: () => NOW, log });
  } catch (error) {
    for (const close of closers) await close();
    throw error;
  }
  let stopped = false;
  return {
    ...harness,
    bot,
    log,
    env: fullEnv,
    url(path, port = 'health') {
      const number = port === 'health' ? bot.ports?.health : bot.ports?.slack;
      if (number === null || number === undefined) throw new Error(`no ${port} port: is the bot listening?`);
      return `http://127.0.0.1:${number}${path}`;
    },
    async close() {
      if (!stopped) await bot.stop();
      stopped = true;
      for (const close of closers) await close();
    },
  };
}

let sequence = 0;

/** Dispatches `/iisg ask question:<question>` from the test guild; returns the interaction's token. */
export function askOnDiscord(gateway: FakeDiscordGateway, question: string): string {
  const id = String(1_260_000_000_000_000_000n + BigInt(++sequence));
  const token = `itoken-ops-${id}`;
  gateway.dispatch('INTERACTION_CREATE', {
    id,
    application_id: IDS.application,
    type: 2,
    token,
    version: 1,
    locale: 'en-GB',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    data: {
      id: IDS.command,
      name: 'iisg',
      type: 1,
      options: [{ type: 1, name: 'ask', options: [{ name: 'question', type: 3, value: question }] }],
    },
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
    member: {
      user: ASKER,
      roles: [],
      permissions: '2248473465835073',
      joined_at: '2024-01-10T09:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    guild_locale: 'en-US',
    context: 0,
  });
  return token;
}

/** GET `url` as JSON (status and body). */
export async function getJson(url: string): Promise<{ status: number; body: any; contentType: string | null }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json(), contentType: response.headers.get('content-type') };
}

/** Polls `probe` until it returns true (bounded, so a hang becomes a readable failure; nothing is timed). */
export async function eventually(probe: () => Promise<boolean> | boolean, what: string, attempts = 200): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never happened: ${what}`);
}
