// `iisg doctor` against the loopback fakes: every check fine, then each one broken the way it breaks in
// practice (a revoked token, commands never deployed, a damaged database, an invalid dataset, the site's
// API off, a bad setting), through the proxy, and as --json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doctor } from '../../adapters/cli/doctor-command.js';
import { runCli } from '../../adapters/cli/run-cli.js';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { BUILT_IN_COMMANDS } from '../../adapters/discord/command-list.js';
import { DEPLOYED_COMMANDS, runDeploy } from '../../adapters/discord/deploy-commands.js';
import { compareCommands } from '../../adapters/doctor/compare-commands.js';
import type { DoctorCheck } from '../../adapters/doctor/doctor-check.js';
import { doctorChecks, registerDoctorCheck } from '../../adapters/doctor/doctor-checks.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import { BOT_USER, IDS } from '../discord/discord-loopback.js';
import { startConnectProxy } from '../fakes/connect-proxy.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import type { FakeDiscordRest } from '../fakes/discord-rest.js';
import { TEST_SIGNING_SECRET } from '../fakes/slack-requests.js';
import { startFakeSlackApi } from '../fakes/slack-web-api.js';
import type { FakeSlackApi } from '../fakes/slack-web-api.js';
import { startFakeSite } from '../fakes/events-calendar-site.js';
import type { FakeSite } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { SITE_NOW, sitePosts } from '../sync/sync-harness.js';

const EVENTS = loadEngine().events;

interface Fakes {
  slack: FakeSlackApi;
  discord: FakeDiscordRest;
  /** The sync's fake of The Events Calendar's site. */
  site: FakeSite;
  dir: string;
}

let fakes: Fakes;

beforeEach(async () => {
  fakes = {
    slack: await startFakeSlackApi(),
    discord: await startFakeDiscordRest({ gatewayUrl: 'ws://127.0.0.1:9', botUserId: BOT_USER.id }),
    site: await startFakeSite({ posts: sitePosts(), now: SITE_NOW }),
    dir: mkdtempSync(join(tmpdir(), 'iisg-doctor-')),
  };
});

afterEach(async () => {
  await Promise.all([fakes.slack.close(), fakes.discord.close(), fakes.site.close()]);
  rmSync(fakes.dir, { recursive: true, force: true });
});

function goodEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-doctor',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fakes.slack.apiUrl,
    DISCORD_TOKEN: 'doctor-discord-token',
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: fakes.discord.apiUrl,
    IISG_DB_PATH: join(fakes.dir, 'state', 'iisg.db'),
    IISG_SITE_URL: fakes.site.url,
    ...extra,
  };
}

async function runDoctor(env: Record<string, string>, json = false) {
  let out = '';
  const code = await doctor({ env, json, timeoutMs: 3000 }, { stdout: { write: (chunk: string) => (out += chunk) } });
  return {
    code,
    out,
    rows: Object.fromEntries(
      out
        .split('\n')
        .slice(1, -2)
        .map((line) => [
          line.split(/\s+/)[0],
          { status: line.split(/\s+/)[1], detail: line.replace(/^\S+\s+\S+\s+/, '') },
        ]),
    ),
  };
}

async function deploy(env: Record<string, string>, commands = DEPLOYED_COMMANDS) {
  expect(await runDeploy(env, { stdout: { write: () => true }, stderr: { write: () => true } }, commands)).toBe(0);
}

function seedDatabase(path: string) {
  const store = openDigestStore(path);
  const settings = {
    platform: 'slack',
    workspaceId: 'T1',
    channelName: 'ops',
    cadence: 'weekly',
    day: 1,
    time: '09:00',
    timeZone: 'Europe/Tirane',
    filter: null,
    quiet: false,
    firstPeriodFrom: '2024-05-27',
    createdBy: 'U1',
  } as const;
  const { subscription: ops } = store.subscriptions.save(
    { ...settings, channelId: 'C1' },
    [],
    new Date('2024-05-28T10:00:00Z'),
  );
  store.subscriptions.save({ ...settings, channelId: 'C2' }, [], new Date('2024-05-28T10:00:00Z'));
  store.subscriptions.pause(ops.id, 'channel_not_found', new Date('2024-06-03T07:00:00Z'));
  store.close();
}

describe('iisg doctor', () => {
  it('all fine: a table of every check, exit 0', async () => {
    const env = goodEnv();
    await deploy(env);
    seedDatabase(env.IISG_DB_PATH!);
    const { code, out, rows } = await runDoctor(env);
    expect(out.split('\n')[0]).toMatch(/^check\s+result\s+detail$/);
    expect(Object.keys(rows)).toEqual(['config', 'dataset', 'database', 'slack', 'discord', 'site']);
    expect(rows.config).toEqual({
      status: 'ok',
      detail: `Slack HTTP mode on all interfaces port 3000; Discord (global commands); sync from ${fakes.site.url} every 30 min; digests in ${env.IISG_DB_PATH}`,
    });
    expect(rows.dataset?.detail).toMatch(
      new RegExp(`events\\.json: ${EVENTS.length} events, ${EVENTS[0]!.start} to \\d{4}-\\d{2}-\\d{2}$`),
    );
    expect(rows.database).toEqual({ status: 'ok', detail: `${env.IISG_DB_PATH}: 2 subscription(s), 1 paused` });
    expect(rows.slack).toEqual({
      status: 'ok',
      detail: 'bot iisg-bot in IISG test; HTTP mode (the signing secret is checked on each request)',
    });
    expect(rows.discord).toEqual({
      status: 'ok',
      detail: `bot iisg-bot; ${DEPLOYED_COMMANDS.length} global command(s) match this version`,
    });
    expect(rows.site).toEqual({
      status: 'ok',
      detail: `${new URL(fakes.site.url).host}: events API answers, ${SITE_POSTS.length} event(s) published; synced every 30 min`,
    });
    expect(out.trimEnd().split('\n').at(-1)).toBe('all 6 checks passed (0 skipped)');
    expect(code).toBe(0);
    // The bearer tokens went where they belong.
    expect(fakes.slack.answered('auth.test')[0]?.authorization).toBe('Bearer xoxb-1111-2222-doctor');
    expect(fakes.discord.calls.find((call) => call.path === '/users/@me')?.authorization).toBe(
      'Bot doctor-discord-token',
    );
  });

  it('nothing configured: the console chat is fine, the platforms are skipped', async () => {
    const { code, rows } = await runDoctor({});
    expect(code).toBe(0);
    expect(rows.config?.detail).toBe('no chat platform: npm start opens the console chat');
    expect(['database', 'slack', 'discord', 'site'].map((name) => rows[name]?.status)).toEqual([
      'skip',
      'skip',
      'skip',
      'skip',
    ]);
  });

  it('a new database that does not exist yet is fine; Socket Mode checks the app token too', async () => {
    fakes.slack.socketUrl = 'ws://127.0.0.1:9/link';
    const env = goodEnv({
      SLACK_APP_TOKEN: 'xapp-1-doctor',
      SLACK_SIGNING_SECRET: '',
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      IISG_SITE_URL: '',
      IISG_SYNC_EVERY: 'off',
    });
    const { code, rows } = await runDoctor(env);
    expect(rows.site).toEqual({
      status: 'skip',
      detail: 'no site sync runs (IISG_SYNC_EVERY off, or the console chat)',
    });
    expect(rows.database).toEqual({
      status: 'ok',
      detail: `${env.IISG_DB_PATH}: not created yet; the bot creates it at start (${fakes.dir} is writable)`,
    });
    expect(rows.slack?.detail).toBe('bot iisg-bot in IISG test; Socket Mode connection accepted');
    expect(fakes.slack.answered('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-1-doctor');
    expect(code).toBe(0);
  });

  it('each thing broken the way it breaks: FAIL with the reason, exit 1', async () => {
    const env = goodEnv({ IISG_DATA_FILE: join(fakes.dir, 'events.json') });
    writeFileSync(env.IISG_DATA_FILE!, '[{"id": "x", "title": "Half a record"');
    writeFileSync(join(fakes.dir, 'damaged.db'), 'SQLite format 3\u0000 but not really a database'.repeat(200));
    env.IISG_DB_PATH = join(fakes.dir, 'damaged.db');
    fakes.slack.failNext('auth.test', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ok: false, error: 'token_revoked' }),
    });
    await deploy(env, BUILT_IN_COMMANDS); // an older deployment: /iisg-digest missing
    await fakes.site.close();
    fakes.site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW, apiOff: true });
    env.IISG_SITE_URL = fakes.site.url;

    const { code, rows } = await runDoctor(env);
    expect(code).toBe(1);
    expect(rows.dataset?.status).toBe('FAIL');
    expect(rows.dataset?.detail).toContain(`${env.IISG_DATA_FILE}: expected valid JSON`);
    expect(rows.database?.status).toBe('FAIL');
    expect(rows.database?.detail).toMatch(new RegExp(`^${env.IISG_DB_PATH}: .*(not a database|malformed)`));
    expect(rows.slack).toEqual({
      status: 'FAIL',
      detail: `SLACK_BOT_TOKEN: auth.test answered token_revoked (${fakes.slack.apiUrl})`,
    });
    expect(rows.discord).toEqual({
      status: 'FAIL',
      detail: 'bot iisg-bot; global commands not deployed: /iisg-digest: run npm run discord:deploy',
    });
    expect(rows.site?.status).toBe('FAIL');
    expect(rows.site?.detail).toMatch(/rest_no_route/);
  });

  it('names a bad setting, a revoked Discord token, an unreachable Slack and an HTML page for the API', async () => {
    fakes.discord.failNext({
      method: 'GET',
      path: /^\/users\/@me$/,
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    });
    fakes.site.fail('html-page');
    const { code, rows } = await runDoctor(
      goodEnv({ LOG_LEVEL: 'chatty', SLACK_API_URL: 'http://127.0.0.1:59999/api/' }),
    );
    expect(code).toBe(1);
    expect(rows.config).toEqual({
      status: 'FAIL',
      detail: 'LOG_LEVEL: expected one of debug, info, warn, error, silent, got "chatty"',
    });
    expect(rows.slack).toEqual({ status: 'FAIL', detail: 'cannot reach 127.0.0.1:59999: ECONNREFUSED' });
    expect(rows.discord?.detail).toBe(
      'DISCORD_TOKEN: Discord answered 401 Unauthorized (reset the token under Bot -> Reset Token)',
    );
    expect(rows.site?.status).toBe('FAIL');
    expect(rows.site?.detail).toContain(`${fakes.site.url}/wp-json/tribe/events/v1/events`);
  });

  it('goes through the outbound proxy like the bot does', async () => {
    const proxy = await startConnectProxy();
    try {
      const env = goodEnv({ HTTP_PROXY: proxy.url });
      await deploy({ ...env, HTTP_PROXY: '' });
      const { code, rows } = await runDoctor(env);
      expect(code).toBe(0);
      expect(rows.config?.detail).toMatch(/; http via http:\/\/127\.0\.0\.1:\d+$/);
      const targets = new Set(proxy.tunnels.map((tunnel) => tunnel.target));
      expect(targets).toEqual(
        new Set([fakes.slack.apiUrl, fakes.discord.apiUrl, fakes.site.url].map((url) => new URL(url).host)),
      );
    } finally {
      await proxy.close();
    }
  });

  it('--json gives every check, and runs through `iisg doctor`', async () => {
    const { code, out } = await runDoctor({}, true);
    const report = JSON.parse(out) as { ok: boolean; checks: Array<{ name: string; status: string; detail: string }> };
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => check.name)).toEqual(doctorChecks().map((check) => check.name));
    let stderr = '';
    const io = {
      stdin: Readable.from([]),
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    };
    expect(await runCli(['doctor', '--timeout', 'soon'], io)).toBe(2);
    expect(stderr).toBe('iisg doctor: --timeout expects seconds from 1 to 120 (e.g. --timeout 10), got "soon"\n');
  });

  it("takes a feature's own check, replacing the one of the same name", async () => {
    const original = doctorChecks().find((check) => check.name === 'site')!;
    const deeper: DoctorCheck = { name: 'site', run: async () => ({ status: 'warn', detail: 'last sync 3 days ago' }) };
    registerDoctorCheck(deeper);
    try {
      expect(doctorChecks().filter((check) => check.name === 'site')).toEqual([deeper]);
      const { code, rows } = await runDoctor({});
      expect(rows.site).toEqual({ status: 'warn', detail: 'last sync 3 days ago' });
      expect(code).toBe(0); // a warning is not a failure
    } finally {
      registerDoctorCheck(original);
    }
  });
});

describe('compareCommands', () => {
  const local = DEPLOYED_COMMANDS.map((command) => command.data.toJSON());
  // What Discord answers for the same commands: ids, versions and defaults spelled out.
  const asDiscordHasThem = () =>
    local.map((command) => ({
      ...JSON.parse(JSON.stringify(command)),
      id: '1300000000000000001',
      application_id: IDS.application,
      version: '1300000000000000002',
      type: 1,
      nsfw: false,
      default_member_permissions: command.default_member_permissions ?? null,
      integration_types: [0],
      contexts: null,
      description_localizations: null,
    }));

  it('finds no difference between the local definitions and what Discord shows for them', () => {
    expect(compareCommands(local, asDiscordHasThem())).toEqual({ missing: [], extra: [], changed: [] });
  });

  it('names missing, extra and changed commands', () => {
    const deployed = asDiscordHasThem().filter((command) => command.name !== 'iisg-digest');
    deployed[0] = { ...deployed[0], description: 'Old description' };
    deployed.push({ ...deployed[0], name: 'iisg-old' });
    expect(compareCommands(local, deployed)).toEqual({
      missing: ['iisg-digest'],
      extra: ['iisg-old'],
      changed: ['iisg'],
    });
  });
});
