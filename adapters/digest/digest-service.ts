// Digests at run time, built by start-bot when a chat platform runs: the manager the chat commands call,
// the scheduler (each platform adds its poster before start()) and the SQLite store behind both. The
// store is opened on first use, so a start that fails on another setting leaves no file behind.
import type { BotContext } from '../bot-context.js';
import type { Clock } from '../scheduler/clock.js';
import { systemClock } from '../scheduler/clock.js';
import type { DigestPoster } from '../scheduler/digest-poster.js';
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
    addPoster: (platform, poster) => void (posters[platform] = poster),
    start: () => ensure().scheduler.start(),
    async stop() {
      stopped = true;
      if (!open) return;
      await open.scheduler.drain();
      open.store.close();
      open = null;
    },
  };
}
