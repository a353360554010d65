// HTTPS_PROXY / HTTP_PROXY / NO_PROXY through a real CONNECT proxy on loopback: Node's fetch, the Slack Web
// API client and Discord's REST client tunnel through it to an HTTPS destination; NO_PROXY goes direct;
// credentials work and never reach a log; the whole bot in Socket Mode goes through it end to end.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstalledProxy } from '../../adapters/net/outbound-proxy.js';
import { createOutboundProxy, installOutboundProxy } from '../../adapters/net/outbound-proxy.js';
import { startConnectProxy } from '../fakes/connect-proxy.js';
import type { FakeConnectProxy } from '../fakes/connect-proxy.js';
import { directMessageEvent, eventCallbackBody } from '../fakes/slack-requests.js';
import type { BotHarness } from '../ops/bot-harness.js';
import { askOnDiscord, startHarness } from '../ops/bot-harness.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
const tls = { ca: fixture('loopback-cert.pem') };

/** An HTTPS server on 127.0.0.1 answering like Slack (auth.test) and Discord (users/@me), recording paths. */
async function startHttpsTarget(): Promise<{ server: Server; origin: string; hostPort: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer(
    { cert: fixture('loopback-cert.pem'), key: fixture('loopback-key.pem') },
    (request, response) => {
      paths.push(`${request.method} ${request.url}`);
      request.resume();
      const body = request.url?.startsWith('/api/auth.test')
        ? { ok: true, team: 'IISG test', user: 'iisg-bot', team_id: 'T0TEAM0001', user_id: 'U0BOT00001' }
        : request.url?.startsWith('/api/v10/users/@me')
          ? { id: '1187654321098765432', username: 'iisg-bot', discriminator: '0', bot: true }
          : { hello: 'world' };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `https://127.0.0.1:${port}`, hostPort: `127.0.0.1:${port}`, paths };
}

let proxy: FakeConnectProxy;
let target: Awaited<ReturnType<typeof startHttpsTarget>>;
let installed: InstalledProxy | undefined;

beforeEach(async () => {
  target = await startHttpsTarget();
});

afterEach(async () => {
  await installed?.restore();
  installed = undefined;
  await proxy?.close();
  target.server.closeAllConnections();
  await new Promise<void>((resolve) => target.server.close(() => resolve()));
});

describe('the outbound proxy', () => {
  it("carries Node's fetch, the Slack Web API client and Discord's REST client through CONNECT to HTTPS", async () => {
    proxy = await startConnectProxy();
    installed = installOutboundProxy({ HTTPS_PROXY: proxy.url }, { tls });

    expect(await (await fetch(`${target.origin}/site/events`)).json()).toEqual({ hello: 'world' });
    const slack = new webApi.WebClient('xoxb-proxy-test', {
      slackApiUrl: `${target.origin}/api/`,
      retryConfig: { retries: 0 },
    });
    expect(await slack.auth.test()).toMatchObject({ ok: true, team: 'IISG test' });
    const discord = new REST({ api: `${target.origin}/api`, retries: 0 }).setToken('proxy-test');
    expect(await discord.get('/users/@me')).toMatchObject({ username: 'iisg-bot' });

    expect(target.paths).toEqual(['GET /site/events', 'POST /api/auth.test', 'GET /api/v10/users/@me']);
    // Every request went through a tunnel to the destination (connections may be reused).
    expect(proxy.tunnels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(proxy.tunnels.map((tunnel) => tunnel.target))).toEqual(new Set([target.hostPort]));
    expect(proxy.refused).toEqual([]);
  });

  it('goes direct to the hosts in NO_PROXY, and for http:// when only HTTPS_PROXY is set', async () => {
    proxy = await startConnectProxy();
    installed = installOutboundProxy({ HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }, { tls });
    expect((await fetch(`${target.origin}/direct`)).status).toBe(200);
    expect(target.paths).toEqual(['GET /direct']);
    expect(proxy.tunnels).toEqual([]);
  });

  it('sends the credentials in HTTPS_PROXY; wrong ones are refused with 407', async () => {
    proxy = await startConnectProxy({ user: 'ops', password: 's3cret pass' });
    installed = installOutboundProxy({ https_proxy: proxy.url }, { tls });
    expect((await fetch(`${target.origin}/with-auth`)).status).toBe(200);
    expect(proxy.tunnels.at(-1)).toMatchObject({
      allowed: true,
      authorization: `Basic ${Buffer.from('ops:s3cret pass').toString('base64')}`,
    });
    await installed.restore();

    installed = installOutboundProxy({ HTTPS_PROXY: proxy.url.replace('s3cret%20pass', 'wrong') }, { tls });
    await expect(fetch(`${target.origin}/refused`)).rejects.toThrow();
    expect(proxy.tunnels.at(-1)).toMatchObject({ allowed: false });
    expect(target.paths).toEqual(['GET /with-auth']);
  });

  it('is nothing without settings, and a malformed proxy URL names the variable', () => {
    expect(createOutboundProxy({})).toBeNull();
    expect(createOutboundProxy({ NO_PROXY: 'localhost' })).toBeNull();
    expect(() => createOutboundProxy({ HTTPS_PROXY: 'proxy.example.org:3128' })).toThrow(
      /^HTTPS_PROXY: expected a proxy URL such as http:\/\/proxy\.example\.org:3128, got "proxy\.example\.org:3128"$/,
    );
    expect(() => createOutboundProxy({ HTTP_PROXY: 'socks5://u:pw@proxy:1080' })).toThrow(
      /^HTTP_PROXY: .*got "socks5:\/\/u:\*\*\*@proxy:1080"$/,
    );
    expect(
      createOutboundProxy({ HTTPS_PROXY: 'http://u:pw@proxy.example.org:3128', NO_PROXY: '.internal' })?.description,
    ).toBe('https via http://u:***@proxy.example.org:3128, not for .internal');
  });
});

describe('the whole bot behind the proxy', () => {
  let running: BotHarness | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('Slack Socket Mode: auth.test, the socket, and the reply all go through the tunnel; the password stays out of the log', async () => {
    proxy = await startConnectProxy({ user: 'ops', password: 'Pr0xy-Passw0rd' });
    const h = (running = await startHarness('slack-socket', { HTTP_PROXY: proxy.url }));
    await h.socket!.connected();
    h.socket!.sendEnvelope({
      envelope_id: 'env-proxy-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: JSON.parse(
        eventCallbackBody(directMessageEvent('events in Montenegro', '1717234000.000400'), 'Ev0PROXY01'),
      ),
    });
    await h.socket!.waitForAck('env-proxy-1');
    await h.slack!.waitFor('chat.postMessage', 1);

    const apiHost = new URL(h.slack!.apiUrl).host;
    const socketHost = new URL(h.socket!.url).host;
    const targets = new Set(proxy.tunnels.filter((tunnel) => tunnel.allowed).map((tunnel) => tunnel.target));
    expect(targets).toEqual(new Set([apiHost, socketHost]));
    expect(h.slack!.answered('auth.test')).toHaveLength(1);
    const logged = h.log.lines.join('\n');
    expect(logged).toMatch(/outbound requests go through a proxy: http via http:\/\/ops:\S+@127\.0\.0\.1:\d+/);
    expect(logged).not.toContain('Pr0xy-Passw0rd');
  });

  it("Discord: REST calls go through the tunnel (the gateway's WebSocket cannot, and goes direct)", async () => {
    proxy = await startConnectProxy();
    const h = (running = await startHarness('discord', { HTTP_PROXY: proxy.url }));
    const token = askOnDiscord(h.discord!.gateway, 'where was Sojati in 2023');
    await h.discord!.rest.waitFor((call) => call.method === 'PATCH' && call.path.includes(token));
    const targets = new Set(proxy.tunnels.map((tunnel) => tunnel.target));
    expect(targets).toEqual(new Set([new URL(h.discord!.rest.apiUrl).host]));
    expect(
      h.discord!.rest.calls.map(
        (call) => `${call.method} ${call.path.replace(token, 'TOKEN').replace(/\d{17,}/g, 'ID')}`,
      ),
    ).toEqual([
      'GET /gateway/bot',
      'POST /interactions/ID/TOKEN/callback',
      'PATCH /webhooks/ID/TOKEN/messages/@original',
    ]);
  });
});
