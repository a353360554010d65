// Everything a running bot needs for operations, built once by start-bot: metrics, health and readiness,
// the HEALTH_PORT listener, the outbound proxy, and the per-platform context whose answers are counted
// and whose log lines name the platform. start-bot only calls these verbs, so its own flow stays readable.
import type { BotContext } from '../bot-context.js';
import type { DatasetHolder } from '../data/watch-dataset.js';
import type { DigestService } from '../digest/digest-service.js';
import type { Logger } from '../log.js';
import type { InstalledProxy } from '../net/outbound-proxy.js';
import { installOutboundProxy } from '../net/outbound-proxy.js';
import { packageInfo } from '../package-info.js';
import type { Engine } from '../../src/index.js';
import type { Health } from './health.js';
import { createHealth } from './health.js';
import type { HealthServer } from './health-server.js';
import { startHealthServer } from './health-server.js';
import type { BotMetrics } from './metrics.js';
import { createBotMetrics } from './metrics.js';
import { observeAnswers } from './observe-answers.js';
import type { OpsConfig } from './ops-config.js';
import { readOpsConfig } from './ops-config.js';
import type { OpsRoute } from './ops-routes.js';
import { opsRoutes } from './ops-routes.js';

/** A scheduler whose next wake is this late is stuck (its timer should have fired long ago). */
const OVERDUE_MS = 10 * 60_000;

export interface BotOps {
  config: OpsConfig;
  metrics: BotMetrics;
  health: Health;
  /** The outbound proxy once start() installed it, or null. */
  proxy(): InstalledProxy['proxy'];
  /** Counts reloads after the first load (which start-up itself reports). */
  countReloads(load: () => Engine): () => Engine;
  watchDataset(dataset: DatasetHolder, file: string): void;
  watchDigests(digests: DigestService): void;
  /** Readiness of one platform: `connected` is asked at every probe. */
  watchPlatform(name: string, connected: () => boolean, details?: Record<string, unknown>): void;
  /** The context a platform's handlers get: answers counted and logged, lines tagged with the platform. */
  forPlatform(context: BotContext, platform: string): BotContext;
  /** What the Slack app needs: HOST, the routes for HTTP mode, acknowledgement timing, the proxy. */
  slackOptions(): {
    host?: string;
    routes: OpsRoute[];
    onAck: (mode: 'http' | 'socket', seconds: number, ok: boolean) => void;
    dispatcher?: NonNullable<InstalledProxy['proxy']>['dispatcher'];
  };
  /** Installs the outbound proxy (HTTPS_PROXY...) and, with `listen`, starts the HEALTH_PORT listener, when set. */
  start(options: { listen: boolean }): Promise<void>;
  /** The HEALTH_PORT listener's port once listening (HEALTH_PORT=0 picks one), else null. */
  healthPort(): number | null;
  /** Readiness turns false at once: the first step of a shutdown. */
  markStopping(): void;
  /** Closes the listener and puts the global dispatcher back: the last step. */
  close(): Promise<void>;
}

export function createBotOps(
  env: Record<string, string | undefined>,
  log: Logger,
  now: () => Date = () => new Date(),
): BotOps {
  const config = readOpsConfig(env);
  const build = { version: packageInfo().version };
  const metrics = createBotMetrics(build);
  const health = createHealth(build);
  let installed: InstalledProxy | null = null;
  let server: HealthServer | null = null;
  const endpoints = { health, metrics };

  return {
    config,
    metrics,
    health,
    proxy: () => installed?.proxy ?? null,
    countReloads(load) {
      let first = true;
      return () => {
        if (first) {
          first = false;
          return load();
        }
        try {
          const engine = load();
          metrics.datasetReload(true);
          return engine;
        } catch (error) {
          metrics.datasetReload(false);
          throw error;
        }
      };
    },
    watchDataset(dataset, file) {
      health.addCheck('dataset', () => ({ ok: true, file, events: dataset.engine().events.length }));
      metrics.readDatasetEvents(() => dataset.engine().events.length);
    },
    watchDigests(digests) {
      health.addCheck('database', () => {
        const status = digests.status();
        return {
          ok: status.database.ok,
          path: status.database.path,
          subscriptions: status.subscriptions,
          paused: status.paused,
          ...(status.database.error ? { error: status.database.error } : {}),
        };
      });
      health.addCheck('scheduler', () => {
        const wake = digests.status().nextWake;
        const overdue = wake !== null && now().getTime() - wake.getTime() > OVERDUE_MS;
        return {
          ok: wake !== null && !overdue,
          nextWake: wake?.toISOString() ?? null,
          ...(overdue ? { error: 'the next wake is long past: the scheduler is stuck' } : {}),
        };
      });
      metrics.readPausedSubscriptions(() => digests.status().paused);
    },
    watchPlatform(name, connected, details = {}) {
      health.addCheck(name, () => ({ ok: connected(), ...details }));
    },
    forPlatform(context, platform) {
      const platformLog = context.log.child({ platform });
      return {
        ...context,
        log: platformLog,
        engine: observeAnswers(context.engine, platform, { metrics, log: platformLog }),
      };
    },
    slackOptions() {
      return {
        ...(config.HOST ? { host: config.HOST } : {}),
        routes: opsRoutes(endpoints),
        onAck: (mode, seconds, ok) => metrics.slackAcked(mode, seconds, ok),
        ...(installed?.proxy ? { dispatcher: installed.proxy.dispatcher } : {}),
      };
    },
    async start({ listen }) {
      if (!installed) {
        installed = installOutboundProxy(env);
        if (installed.proxy) log.info(`outbound requests go through a proxy: ${installed.proxy.description}`);
      }
      if (!listen || config.HEALTH_PORT === undefined || server) return;
      server = await startHealthServer(endpoints, config.HEALTH_PORT, config.HOST);
      log.info('health: listening for /healthz, /readyz and /metrics', {
        host: config.HOST ?? 'all interfaces',
        port: server.port,
      });
    },
    healthPort: () => server?.port ?? null,
    markStopping: () => health.markStopping(),
    async close() {
      await server?.close();
      server = null;
      await installed?.restore();
      installed = null;
    },
  };
}
