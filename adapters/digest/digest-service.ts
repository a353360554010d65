// Digests at run time, built by start-bot when a chat platform runs: the manager the chat commands call,
// the scheduler (each platform adds its poster before start()) and the SQLite store behind both. The
// store is opened on first use, so a start that fails on another setting leaves no file behind.
import type { BotContext } from '../bot-context.js';
import type { Clock } from '../scheduler/clock.js';
import { systemClock } from '../scheduler/clock.js';
import type { DigestPoster } from '../scheduler/digest-poster.js';
import { DeliveryError } from '../scheduler/digest-poster.js';
import type { BotMetrics } from '../ops/metrics.js';
import type { DigestScheduler } from '../scheduler/digest-scheduler.js';
import { createDigestScheduler } from '../scheduler/digest-scheduler.js';
import { createEngineDigestSource } from '../scheduler/digest-source.js';
import type { DigestStore } from '../store/digest-store.js';
import { openDigestStore } from '../store/digest-store.js';
import type { DigestConfig } from './digest-config.js';
import { loadDigestConfig } from './digest-config.js';
import type { DigestManager } from './digest-manager.js';
import { createDigestManager } from './digest-manager.js';

export interface DigestService {
  config: DigestConfig;
  manager: DigestManager;
  addPoster(platform: string, poster: DigestPoster): void;
  /** Starts posting: the first pass catches up on each subscription's latest missed period. */
  start(): void;
  /** Lets posts in flight finish (bounded), then closes the store; later commands are told to retry. */
  stop(): Promise<void>;
  /** For readiness and metrics: whether the store answers, the subscriptions, the scheduler's next wake. */
  status(): DigestStatus;
}

export interface DigestStatus {
  /** False before start() and after stop() (the store opens on first use). */
  open: boolean;
  database: { ok: boolean; path: string; error?: string };
  subscriptions: number | null;
  paused: number | null;
  nextWake: Date | null;
}

const STOPPED = { ok: false, text: 'Digests are stopping with the bot; please try again in a minute.' } as const;

export function createDigestService(env: Record<string, string | undefined>, context: BotContext, clock: Clock = systemClock): DigestService {
  const config = loadDigestConfig(env);
  const posters: Record<string, DigestPoster> = {};
  let open: { store: DigestStore; scheduler: DigestScheduler; manager: DigestManager } | null = null;
  let stopped = false;

  const ensure = () => {
    if (!open) {
      const store = openDigestStore(config.dbPath);
      const scheduler = createDigestScheduler({ store, posters, source: createEngineDigestSource(context.engine), clock, log: context.log });
      const manager = createDigestManager({ store, engine: context.engine, now: context.now, defaults: config.defaults, onChange: () => scheduler.refresh() });
      open = { store, scheduler, manager };
      context.log.info('digests: store ready', { path: config.dbPath });
    }
    return open;
  };

  return {
    config,
    manager: {
      run: (command, request) => (stopped ? STOPPED : ensure().manager.run(command, request)),
      handle: (text, request) => (stopped ? STOPPED : ensure().manager.handle(text, request)),
    },
    addPoster: (platform, poster) => void (posters[platform] = context.metrics ? countPosts(poster, platform, context.metrics) : poster),
    start: () => ensure().scheduler.start(),
    async stop() {
      stopped = true;
      if (!open) return;
      await open.scheduler.drain();
      open.store.close();
      open = null;
    },
    status() {
      const database = { ok: false, path: config.dbPath };
      if (!open) return { open: false, database, subscriptions: null, paused: null, nextWake: null };
      try {
        // A real read: answers only if the file is there, readable and not locked for longer than the busy timeout.
        const subscriptions = open.store.subscriptions.list();
        return {
          open: true,
          database: { ...database, ok: true },
          subscriptions: subscriptions.length,
          paused: subscriptions.filter((subscription) => subscription.pausedAt !== null).length,
          nextWake: open.scheduler.nextWake(),
        };
      } catch (error) {
        return { open: true, database: { ...database, error: error instanceof Error ? error.message : String(error) }, subscriptions: null, paused: null, nextWake: open.scheduler.nextWake() };
      }
    },
  };
}

/** Counts each post by how the platform answered: posted, or failed for now or for good. */
function countPosts(poster: DigestPoster, platform: string, metrics: BotMetrics): DigestPoster {
  const counted: DigestPoster = {
    async post(channelId, digest) {
      try {
        const posted = await poster.post(channelId, digest);
        metrics.digestPost(platform, 'posted');
        return posted;
      } catch (error) {
        metrics.digestPost(platform, error instanceof DeliveryError && error.kind === 'permanent' ? 'permanent_error' : 'retryable_error');
        throw error;
      }
    },
  };
  if (poster.findPosted) counted.findPosted = poster.findPosted.bind(poster);
  return counted;
}
