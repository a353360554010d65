// GET /metrics counts what really happened: questions asked over Slack and Discord (by intent, empty or
// not, with their latency), Slack acknowledgements, digest posts by result, paused subscriptions, the
// dataset's size and rejected reloads. Expected numbers come from the engine's own answers.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultEventsFile, loadEngine } from '../../adapters/data/load-dataset.js';
import { createDigestService } from '../../adapters/digest/digest-service.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { createBotOps } from '../../adapters/ops/bot-ops.js';
import { createBotMetrics } from '../../adapters/ops/metrics.js';
import type { DigestPoster } from '../../adapters/scheduler/digest-poster.js';
import { permanent } from '../../adapters/scheduler/digest-poster.js';
import { eventCallbackBody, mentionEvent, postSigned, slashCommandBody } from '../fakes/slack-requests.js';
import { startConnectProxy } from '../fakes/connect-proxy.js';
import { startFakeSite } from '../fakes/events-calendar-site.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import { SITE_NOW, sitePosts } from '../sync/sync-harness.js';
import { useTempDir } from '../store/temp-dir.js';
import type { BotHarness } from './bot-harness.js';
import { NOW, askOnDiscord, eventually, startHarness } from './bot-harness.js';
import { parseSamples, valueOf } from './prometheus-text.js';

const engine = loadEngine();
let running: BotHarness | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** How many of `questions` the engine answers with each intent, and how many of those come back empty. */
function expectedCounts(questions: string[]): Map<string, { asked: number; empty: number }> {
  const counts = new Map<string, { asked: number; empty: number }>();
  for (const question of questions) {
    const answer = engine.ask(question, NOW);
    const entry = counts.get(answer.interpretation.intent) ?? { asked: 0, empty: 0 };
    entry.asked += 1;
    if (answer.count === 0 && answer.interpretation.intent !== 'help') entry.empty += 1;
    counts.set(answer.interpretation.intent, entry);
  }
  return counts;
}

async function scrape(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseSamples(await response.text());
}

describe('metrics for real questions', () => {
  it('Slack: questions by intent, empty answers, answer latency and acknowledgement latency', async () => {
    const h = (running = await startHarness('slack-http'));
    const events = h.url('/slack/events', 'slack');
    // (`/iisg help` is answered by the adapter, not the engine: it is no question.)
    const commands = [
      'where was Sojati in 2023',
      'events in Montenegro',
      'what happened in 2019',
      'how many events in 2022',
    ];
    for (const [index, text] of commands.entries()) {
      const body = slashCommandBody({
        text,
        responseUrl: h.slack!.responseUrl(`m-${index}`),
        triggerId: `trigger-${index}`,
      });
      expect((await postSigned(events, { body, contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    }
    const mention = 'who did Sojati meet in Moldova';
    expect(
      (
        await postSigned(events, {
          body: eventCallbackBody(mentionEvent(mention, '1717234000.000100'), 'Ev0METRICS1'),
          contentType: 'application/json',
        })
      ).status,
    ).toBe(200);
    expect(
      (await postSigned(events, { body: '{}', contentType: 'application/json', signature: 'v0=deadbeef' })).status,
    ).toBe(401);
    await h.slack!.waitFor('response_url', commands.length);
    await h.slack!.waitFor('chat.postMessage', 1);

    const samples = await scrape(h.url('/metrics'));
    const asked = [...commands, mention];
    const expected = expectedCounts(asked);
    expect([...expected.values()].some((entry) => entry.empty > 0)).toBe(true); // the 2019 question finds nothing
    for (const [intent, { asked: count, empty }] of expected) {
      expect(valueOf(samples, 'iisg_questions_total', { platform: 'slack', intent }), intent).toBe(count);
      expect(valueOf(samples, 'iisg_empty_answers_total', { platform: 'slack', intent }) ?? 0, intent).toBe(empty);
    }
    expect(valueOf(samples, 'iisg_answer_duration_seconds_count', { platform: 'slack' })).toBe(asked.length);
    expect(valueOf(samples, 'iisg_answer_duration_seconds_bucket', { platform: 'slack', le: '+Inf' })).toBe(
      asked.length,
    );
    // Four commands and one event acknowledged; the badly signed request refused.
    expect(valueOf(samples, 'iisg_slack_ack_duration_seconds_count', { mode: 'http', outcome: 'ok' })).toBe(
      commands.length + 1,
    );
    expect(valueOf(samples, 'iisg_slack_ack_duration_seconds_count', { mode: 'http', outcome: 'rejected' })).toBe(1);
    expect(valueOf(samples, 'iisg_dataset_events')).toBe(engine.events.length);
    expect(valueOf(samples, 'iisg_paused_subscriptions')).toBe(0);
    expect(valueOf(samples, 'iisg_build_info', { node: process.version })).toBe(1);
    expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('Socket Mode: each envelope acknowledged is timed', async () => {
    const h = (running = await startHarness('slack-socket'));
    await h.socket!.connected();
    h.socket!.sendEnvelope({
      envelope_id: 'env-metrics-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: JSON.parse(eventCallbackBody(mentionEvent('events in Montenegro', '1717234000.000200'), 'Ev0METRICS2')),
    });
    await h.socket!.waitForAck('env-metrics-1');
    await h.slack!.waitFor('chat.postMessage', 1);
    const samples = await scrape(h.url('/metrics'));
    expect(valueOf(samples, 'iisg_slack_ack_duration_seconds_count', { mode: 'socket', outcome: 'ok' })).toBe(1);
    expect(
      valueOf(samples, 'iisg_questions_total', {
        platform: 'slack',
        intent: engine.ask('events in Montenegro', NOW).interpretation.intent,
      }),
    ).toBe(1);
  });

  it('Discord: /iisg ask is counted under platform discord', async () => {
    const h = (running = await startHarness('discord'));
    const questions = ['where was Sojati in 2023', 'events in Atlantis'];
    for (const question of questions) {
      const token = askOnDiscord(h.discord!.gateway, question);
      await h.discord!.rest.waitFor((call) => call.method === 'PATCH' && call.path.includes(token));
    }
    const samples = await scrape(h.url('/metrics'));
    for (const [intent, { asked, empty }] of expectedCounts(questions)) {
      expect(valueOf(samples, 'iisg_questions_total', { platform: 'discord', intent })).toBe(asked);
      expect(valueOf(samples, 'iisg_empty_answers_total', { platform: 'discord', intent }) ?? 0).toBe(empty);
    }
    expect(valueOf(samples, 'iisg_questions_total', { platform: 'slack' })).toBeUndefined();
  });
});

describe('metrics for the site sync', () => {
  it.each([
    ['a run that works', false, { result: 'ok' }, 0],
    ['a run the site refuses (API off)', true, { result: 'failed' }, 1],
  ])('counts %s; the sync goes through the outbound proxy', async (_name, apiOff, labels, failures) => {
    const site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW, apiOff });
    const proxy = await startConnectProxy();
    const dataset = join(mkdtempSync(join(tmpdir(), 'iisg-sync-metrics-')), 'events.json');
    copyFileSync(defaultEventsFile(), dataset);
    try {
      const h = (running = await startHarness('discord', {
        IISG_SYNC_EVERY: '1h',
        IISG_SITE_URL: site.url,
        IISG_DATA_FILE: dataset,
        HTTP_PROXY: proxy.url,
      }));
      await eventually(async () => {
        const samples = parseSamples(await (await fetch(h.url('/metrics'))).text());
        return valueOf(samples, 'iisg_sync_runs_total', labels) === 1;
      }, 'one sync run counted');
      const samples = parseSamples(await (await fetch(h.url('/metrics'))).text());
      expect(valueOf(samples, 'iisg_sync_failures_total')).toBe(failures);
      expect(proxy.tunnels.map((tunnel) => tunnel.target)).toContain(new URL(site.url).host);
    } finally {
      await running?.close();
      running = undefined;
      await Promise.all([site.close(), proxy.close()]);
    }
  });
});

describe('metrics for digests and the dataset', () => {
  const tempDir = useTempDir('iisg-metrics-');

  it('counts digest posts by result and shows the subscription a permanent failure paused', async () => {
    // Sunday 26 November 2023, 23:00 in Tirana: monthly digests for November are due at 08:00 on 1 December.
    const clock = createFakeClock(new Date('2023-11-26T22:00:00Z'));
    const log = createMemoryLogger();
    const ops = createBotOps({}, log);
    const context = { engine: () => engine, now: () => clock.now(), log, metrics: ops.metrics };
    const service = createDigestService(
      { IISG_DB_PATH: join(tempDir(), 'bot.db'), DIGEST_DEFAULT_TZ: 'Europe/Tirane', DIGEST_DEFAULT_TIME: '08:00' },
      context,
      clock,
    );
    ops.watchDigests(service);
    const poster: DigestPoster = {
      post: async (channelId) => {
        if (channelId === 'C-GONE') throw permanent('channel_not_found');
        return { messageId: `m-${channelId}` };
      },
    };
    service.addPoster('test', poster);
    service.start();
    for (const channelId of ['C-OPS', 'C-GONE']) {
      const request = {
        platform: 'test',
        workspaceId: 'W1',
        channelId,
        channelName: channelId,
        userId: 'U1',
        canManage: true,
        managers: 'admins',
      };
      expect(service.manager.handle('subscribe monthly', request).ok).toBe(true);
    }
    await clock.advanceTo(new Date('2023-12-01T07:00:00Z'));

    const samples = parseSamples(await ops.metrics.render());
    expect(valueOf(samples, 'iisg_digest_posts_total', { platform: 'test', result: 'posted' })).toBe(1);
    expect(valueOf(samples, 'iisg_digest_posts_total', { platform: 'test', result: 'permanent_error' })).toBe(1);
    expect(valueOf(samples, 'iisg_paused_subscriptions')).toBe(1);
    expect(ops.health.readiness().checks.database).toMatchObject({ ok: true, subscriptions: 2, paused: 1 });
    await service.stop();
    // Stopped: the store is closed, and the gauge no longer claims a paused subscription.
    expect(valueOf(parseSamples(await ops.metrics.render()), 'iisg_paused_subscriptions')).toBe(0);
  });

  it('counts reloads the dataset file caused, taken and rejected, but not the first load', () => {
    const ops = createBotOps({}, createMemoryLogger());
    let valid = true;
    const load = ops.countReloads(() => {
      if (!valid) throw new Error('events.json, record 4, field "start": expected a date');
      return engine;
    });
    load();
    load();
    valid = false;
    expect(() => load()).toThrow('expected a date');
    return ops.metrics.render().then((text) => {
      const samples = parseSamples(text);
      expect(valueOf(samples, 'iisg_dataset_reloads_total', { result: 'taken' })).toBe(1);
      expect(valueOf(samples, 'iisg_dataset_reloads_total', { result: 'rejected' })).toBe(1);
      expect(valueOf(samples, 'iisg_dataset_reload_failures_total')).toBe(1);
    });
  });

  it('offers the site sync its counters: failed runs and runs by result', async () => {
    const metrics = createBotMetrics({ version: '9.9.9' });
    expect(valueOf(parseSamples(await metrics.render()), 'iisg_sync_failures_total')).toBe(0);
    metrics.syncRun(true);
    metrics.syncRun(false);
    metrics.syncRun(false);
    const samples = parseSamples(await metrics.render());
    expect(valueOf(samples, 'iisg_sync_failures_total')).toBe(2);
    expect(valueOf(samples, 'iisg_sync_runs_total', { result: 'ok' })).toBe(1);
    expect(valueOf(samples, 'iisg_build_info', { version: '9.9.9' })).toBe(1);
  });
});
