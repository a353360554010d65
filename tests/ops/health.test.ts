// /healthz and /readyz as `npm start` serves them, in each mode, against the loopback fakes: readiness
// names each part (dataset, platform, database, scheduler), follows a dropped connection, turns false first
// at shutdown, and no probe writes a log line above debug.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createHealth } from '../../adapters/ops/health.js';
import { packageInfo } from '../../adapters/package-info.js';
import { FAKE_BOT } from '../fakes/slack-web-api.js';
import type { BotHarness, Mode } from './bot-harness.js';
import { eventually, getJson, startHarness } from './bot-harness.js';

const EVENTS = loadEngine().events.length;
let running: BotHarness | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(mode: Mode, env: Record<string, string> = {}): Promise<BotHarness> {
  running = await startHarness(mode, env);
  return running;
}

describe('readiness in each mode', () => {
  it.each<[Mode, string, Record<string, unknown>]>([
    ['slack-http', 'slack', { ok: true, mode: 'http' }],
    ['slack-socket', 'slack', { ok: true, mode: 'socket' }],
    ['discord', 'discord', { ok: true }],
  ])(
    '%s: ready, with the dataset, the platform, the database and the scheduler named',
    async (mode, platform, platformCheck) => {
      const h = await start(mode);
      // Socket Mode says "connected" a moment after start() resolves.
      await eventually(async () => (await getJson(h.url('/readyz'))).status === 200, 'ready');
      const { status, body, contentType } = await getJson(h.url('/readyz'));
      expect(status).toBe(200);
      expect(contentType).toMatch(/^application\/json/);
      expect(body).toMatchObject({ ready: true, stopping: false });
      expect(body.checks.dataset).toMatchObject({ ok: true, events: EVENTS });
      expect(body.checks[platform]).toEqual(platformCheck);
      expect(body.checks.database).toMatchObject({ ok: true, path: h.env.IISG_DB_PATH, subscriptions: 0, paused: 0 });
      // The loop always has a next wake (at most an hour ahead) while it runs.
      expect(Date.parse(body.checks.scheduler.nextWake)).toBeGreaterThan(Date.now() - 60_000);
      expect(body.checks.scheduler.ok).toBe(true);

      expect(await getJson(h.url('/healthz'))).toMatchObject({
        status: 200,
        body: { status: 'ok', version: packageInfo().version },
      });
      expect(await getJson(h.url('/nowhere'))).toMatchObject({ status: 404, body: { error: 'not found' } });
    },
  );

  it('Slack HTTP mode serves the same routes on PORT, beside /slack/events, and HEAD works', async () => {
    const h = await start('slack-http');
    expect((await getJson(h.url('/readyz', 'slack'))).body).toMatchObject({
      ready: true,
      checks: { slack: { ok: true, mode: 'http' } },
    });
    expect((await getJson(h.url('/healthz', 'slack'))).body.status).toBe('ok');
    const head = await fetch(h.url('/readyz', 'slack'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    // Bolt still owns its endpoint: an unsigned POST is refused, not taken for a probe.
    expect((await fetch(h.url('/slack/events', 'slack'), { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('without HEALTH_PORT, nothing but Slack listens', async () => {
    const h = await start('slack-http', { HEALTH_PORT: '' });
    expect(h.bot.ports?.health).toBeNull();
    expect((await getJson(h.url('/readyz', 'slack'))).status).toBe(200);
  });

  it('HOST binds both listeners: 127.0.0.1 answers, another loopback address does not; unset, both do', async () => {
    const bound = await start('slack-http');
    const other = (url: string) => url.replace('127.0.0.1', '127.0.0.2');
    for (const url of [bound.url('/healthz'), bound.url('/healthz', 'slack')]) {
      expect((await fetch(url)).status).toBe(200);
      await expect(fetch(other(url))).rejects.toThrow();
    }
    await bound.close();
    const open = await start('slack-http', { HOST: '' });
    for (const url of [open.url('/healthz'), open.url('/healthz', 'slack')])
      expect((await fetch(other(url))).status).toBe(200);
  });

  it('probes write no log line above debug', async () => {
    const h = await start('slack-http');
    const before = h.log.entries.length;
    for (let probe = 0; probe < 5; probe += 1) {
      await getJson(h.url('/readyz'));
      await getJson(h.url('/healthz', 'slack'));
      await fetch(h.url('/metrics'));
    }
    expect(h.log.entries.slice(before).filter((entry) => entry.level !== 'debug')).toEqual([]);
  });

  it('Socket Mode: readiness follows the connection, down as soon as Slack drops it', async () => {
    const h = await start('slack-socket');
    await eventually(async () => (await getJson(h.url('/readyz'))).status === 200, 'ready');
    h.socket!.dropClients();
    await eventually(async () => {
      const { status, body } = await getJson(h.url('/readyz'));
      return status === 503 && body.checks.slack.ok === false && body.ready === false;
    }, 'not ready once the socket dropped');
    // (The client reconnects by itself after 5 s, and 'connected' makes it ready again; not waited for here.)
  });

  it('Discord: readiness follows the gateway session, down while it is lost', async () => {
    const h = await start('discord');
    expect((await getJson(h.url('/readyz'))).status).toBe(200);
    h.discord!.gateway.dropClients();
    await eventually(async () => {
      const { status, body } = await getJson(h.url('/readyz'));
      return status === 503 && body.checks.discord.ok === false;
    }, 'not ready while the gateway is gone');
    // (discord.js then resumes the session, which the fake gateway does not implement; not waited for here.)
  });
});

describe('shutdown', () => {
  it('readiness turns false first, while an answer is still being delivered; the process stays alive until it is', async () => {
    // A response URL that holds each post until released: the answer is in flight when stop() begins.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => {};
    const posted = new Promise<void>((resolve) => (arrived = resolve));
    const responseUrl = createServer((request, response) => {
      request.resume();
      arrived();
      void held.then(() => response.writeHead(200).end('ok'));
    });
    await new Promise<void>((resolve) => responseUrl.listen(0, '127.0.0.1', resolve));
    try {
      const h = await start('slack-socket');
      await eventually(async () => (await getJson(h.url('/readyz'))).status === 200, 'ready');
      h.socket!.sendEnvelope({
        envelope_id: 'env-shutdown-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          team_id: FAKE_BOT.teamId,
          channel_id: 'C0GENERAL01',
          user_id: 'U0ALICE0001',
          command: '/iisg',
          text: 'events in Montenegro',
          response_url: `http://127.0.0.1:${(responseUrl.address() as AddressInfo).port}/r/1`,
          trigger_id: '9.9.9',
        },
      });
      await posted;

      const stopping = h.bot.stop();
      const during = await getJson(h.url('/readyz'));
      expect(during.status).toBe(503);
      expect(during.body).toMatchObject({ ready: false, stopping: true });
      expect((await getJson(h.url('/healthz'))).status).toBe(200);

      let done = false;
      void stopping.then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(done).toBe(false); // still draining the held answer
      release();
      await stopping;
      await expect(fetch(h.url('/healthz'))).rejects.toThrow();
    } finally {
      release();
      responseUrl.closeAllConnections();
      await new Promise<void>((resolve) => responseUrl.close(() => resolve()));
    }
  });
});

describe('createHealth', () => {
  it('is not ready with no checks, or when a check fails or throws; a throwing check says why', () => {
    const health = createHealth({ version: '1.2.3' });
    expect(health.readiness()).toEqual({ ready: false, stopping: false, checks: {} });
    health.addCheck('dataset', () => ({ ok: true, events: 3 }));
    expect(health.readiness().ready).toBe(true);
    health.addCheck('database', () => {
      throw new Error('SQLITE_CANTOPEN: unable to open database file');
    });
    expect(health.readiness()).toEqual({
      ready: false,
      stopping: false,
      checks: {
        dataset: { ok: true, events: 3 },
        database: { ok: false, error: 'SQLITE_CANTOPEN: unable to open database file' },
      },
    });
    health.addCheck('database', () => ({ ok: true }));
    expect(health.readiness().ready).toBe(true);
    health.markStopping();
    expect(health.readiness()).toMatchObject({ ready: false, stopping: true });
    expect(health.liveness()).toMatchObject({ status: 'ok', version: '1.2.3' });
  });
});
