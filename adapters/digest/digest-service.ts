// Digests at run time, built by start-bot when a chat platform runs: the manager the chat commands call,
// the scheduler (each platform adds its poster before start()) and the SQLite store behind both. start-bot
// opens the store before any platform starts (`open`), so an unusable database stops the start with one
// clear message. A database file deleted or replaced while the bot runs stops digests, is logged as an
// error and reported through `onStoreLost`, so the bot can exit and its supervisor restart it.
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
import type { Subscription } from '../store/subscription-store.js';
import { openDigestStore } from '../store/digest-store.js';
import type { DigestConfig } from './digest-config.js';
import { loadDigestConfig } from './digest-config.js';
import type { DigestManager, DigestReply } from './digest-manager.js';
import { createDigestManager } from './digest-manager.js';

export interface DigestService {
  config: DigestConfig;
  manager: DigestManager;
  addPoster(platform: string, poster: DigestPoster): void;
  /** Opens (creates, migrates, test-writes) the store now; throws DatabaseUnusableError naming the file. */
  open(): void;
  /** Tells a subscription's creator (on `platform`) that it paused itself, and why. */
  addPauseNotifier(platform: string, notify: PauseNotifier): void;
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

export interface DigestServiceOptions {
  /** Called once when the database file was deleted or replaced under the running bot. */
  onStoreLost?: (error: Error) => void;
  /** How often the database file is checked besides at every command (default 10 s). */
  fileCheckMs?: number;
}

/** Sends the creator of a subscription that paused itself a direct message; must not throw for a bad user. */
export type PauseNotifier = (subscription: Subscription, reason: string) => Promise<void>;

const STOPPED: DigestReply = { ok: false, text: 'Digests are stopping with the bot; please try again in a minute.' };
const LOST: DigestReply = {
  ok: false,
  text: 'Digests are unavailable: their database file was deleted or replaced while the bot was running, so nothing can be saved. The bot is restarting; please try again in a minute.',
};
const DEFAULT_FILE_CHECK_MS = 10_000;

export function createDigestService(
  env: Record<string, string | undefined>,
  context: BotContext,
  clock: Clock = systemClock,
  options: DigestServiceOptions = {},
): DigestService {
  const config = loadDigestConfig(env);
  const posters: Record<string, DigestPoster> = {};
  const notifiers: Record<string, PauseNotifier> = {};
  const onPaused = (subscription: Subscription, reason: string) => {
    const notify = notifiers[subscription.platform];
    if (!notify || !subscription.createdBy) return;
    notify(subscription, reason).catch((error: unknown) =>
      context.log.warn('digests: could not tell the creator of a paused subscription', {
        subscription: subscription.id,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  };
  let open: { store: DigestStore; scheduler: DigestScheduler; manager: DigestManager; check: NodeJS.Timeout } | null =
    null;
  let stopped = false;
  let lost: string | null = null;

  /** True while the store is still the file on disk; the first time it is not, digests stop and it is reported. */
  const storeIsThere = (): boolean => {
    if (lost) return false;
    const problem = open?.store.checkFile() ?? null;
    if (!problem) return true;
    lost = problem;
    open?.scheduler.stop();
    const error = new Error(
      `${problem}: digests stopped, and changes made since cannot be saved; restart the bot (under a supervisor it restarts by itself)`,
    );
    context.log.error(`digests: ${error.message}`, undefined, { path: config.dbPath });
    options.onStoreLost?.(error);
    return false;
  };

  const ensure = () => {
    if (!open) {
      const store = openDigestStore(config.dbPath);
      const scheduler = createDigestScheduler({
        store,
        posters,
        source: createEngineDigestSource(context.engine),
        clock,
        log: context.log,
        onPaused,
      });
      const manager = createDigestManager({
        store,
        engine: context.engine,
        now: context.now,
        defaults: config.defaults,
        onChange: () => scheduler.refresh(),
      });
      const check = setInterval(storeIsThere, options.fileCheckMs ?? DEFAULT_FILE_CHECK_MS);
      check.unref();
      open = { store, scheduler, manager, check };
      context.log.info('digests: store ready', { path: config.dbPath });
    }
    return open;
  };

  const guarded =
    <T extends unknown[]>(run: (manager: DigestManager, ...args: T) => DigestReply) =>
    (...args: T): DigestReply => {
      if (stopped) return STOPPED;
      const { manager } = ensure();
      return storeIsThere() ? run(manager, ...args) : LOST;
    };

  return {
    config,
    manager: {
      run: guarded(
        (manager, command: Parameters<DigestManager['run']>[0], request: Parameters<DigestManager['run']>[1]) =>
          manager.run(command, request),
      ),
      handle: guarded((manager, text: string, request: Parameters<DigestManager['handle']>[1]) =>
        manager.handle(text, request),
      ),
      subscriptions: (platform, workspaceId) =>
        stopped || lost ? [] : ensure().manager.subscriptions(platform, workspaceId),
    },
    addPoster: (platform, poster) =>
      void (posters[platform] = context.metrics ? countPosts(poster, platform, context.metrics) : poster),
    addPauseNotifier: (platform, notify) => void (notifiers[platform] = notify),
    open: () => void ensure(),
    start: () => {
      const { scheduler } = ensure();
      if (storeIsThere()) scheduler.start();
    },
    async stop() {
      stopped = true;
      if (!open) return;
      clearInterval(open.check);
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
