// Posts each subscription's digest once per period at its local time. One timer wakes the loop at the
// next thing due (a scheduled run, a retry, an expired claim); each delivery runs on its own, so a slow or
// failing channel never holds up another. The store's claim is what makes a period post once.
import { randomUUID } from 'node:crypto';
import type { DigestPeriod } from '../../src/index.js';
import type { Logger } from '../log.js';
import type { DigestStore } from '../store/digest-store.js';
import type { Delivery } from '../store/delivery-store.js';
import { isClaimable } from '../store/delivery-store.js';
import type { Subscription } from '../store/subscription-store.js';
import type { Clock, TimerHandle } from './clock.js';
import { composeDigest, digestEventIds } from './compose-digest.js';
import type { DigestPoster } from './digest-poster.js';
import { DeliveryError } from './digest-poster.js';
import type { DigestSchedule } from './digest-schedule.js';
import { createDigestSchedule } from './digest-schedule.js';
import type { DigestSource } from './digest-source.js';
import { retryDelayMs } from './retry-delay.js';

export interface DigestSchedulerDeps {
  store: DigestStore;
  /** One poster per platform name used in subscriptions ('slack', 'discord'). */
  posters: Readonly<Record<string, DigestPoster>>;
  source: DigestSource;
  clock: Clock;
  log: Logger;
  /** How long a claim protects a post in progress; a crashed process's claim is retried after it. */
  leaseMs?: number;
  /** The loop wakes at least this often, whatever is scheduled (clock changes, missed timers). */
  maxSleepMs?: number;
  random?: () => number;
  newToken?: () => string;
}

export interface DigestScheduler {
  /** Starts the loop; the first pass posts the latest missed period of each subscription. */
  start(): void;
  /** Stops the loop. Posts in flight are abandoned: a stopped scheduler never writes to the store again. */
  stop(): void;
  /**
   * For a clean shutdown: starts nothing new, lets posts in flight finish and be recorded (up to
   * `timeoutMs`), then stops. A post still unanswered then is left to its claim's lease.
   */
  drain(timeoutMs?: number): Promise<void>;
  /** Call after a subscription changed (created, updated, resumed, removed): the loop re-reads them. */
  refresh(): void;
  /** Resolves when no delivery is in flight. */
  idle(): Promise<void>;
  /** When the loop wakes next, or null when it is not running (readiness shows it). */
  nextWake(): Date | null;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_MAX_SLEEP_MS = 60 * 60_000;
const UNEXPECTED_COOLDOWN_MS = 60_000;

type Plan = { deliver: true; period: DigestPeriod } | { deliver: false; wakeAt: Date | null };

interface CachedSchedule {
  key: string;
  schedule: DigestSchedule;
  latest: Date | null;
  /** The period the latest run posts. */
  period: DigestPeriod | null;
  next: Date | null;
}

export function createDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const { store, posters, source, clock, log } = deps;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const maxSleepMs = deps.maxSleepMs ?? DEFAULT_MAX_SLEEP_MS;
  const random = deps.random ?? Math.random;
  const newToken = deps.newToken ?? randomUUID;

  const inFlight = new Map<number, Promise<void>>();
  const schedules = new Map<number, CachedSchedule>();
  /** Periods known finished (a finished row never reopens), to spare the store a read per tick. */
  const finished = new Map<number, string>();
  const warnedPlatforms = new Set<string>();
  /** After an unexpected failure (a bug, a store error), a subscription waits a minute: no busy loop. */
  const cooldown = new Map<number, number>();
  /** This process is the only writer of subscriptions (commands call refresh()), so the list is cached. */
  let subscriptions: Subscription[] | null = null;
  const currentSubscriptions = () => (subscriptions ??= store.subscriptions.list());
  let timer: TimerHandle | null = null;
  let timerAt = Infinity;
  /** Writes to the store are allowed (false once stopped: the process is as good as gone). */
  let running = false;
  /** New passes and deliveries may start (false while draining). */
  let ticking = false;

  function wakeAt(at: number): void {
    if (!ticking || at >= timerAt) return;
    timer?.cancel();
    timerAt = at;
    timer = clock.setTimer(at - clock.now().getTime(), () => {
      timer = null;
      timerAt = Infinity;
      tick();
    });
  }

  function tick(): void {
    if (!ticking) return;
    const now = clock.now();
    let wake = now.getTime() + maxSleepMs;
    for (const subscription of currentSubscriptions()) {
      if (inFlight.has(subscription.id)) continue;
      const plan = planFor(subscription, now);
      if (plan.deliver) startDelivery(subscription, plan.period);
      else if (plan.wakeAt) wake = Math.min(wake, plan.wakeAt.getTime());
    }
    wakeAt(wake);
  }

  function scheduleOf(subscription: Subscription, now: Date): CachedSchedule {
    const key = `${subscription.cadence} ${subscription.day} ${subscription.time} ${subscription.timeZone}`;
    let cached = schedules.get(subscription.id);
    const stale = !cached || cached.key !== key || (cached.next && now >= cached.next) || (cached.latest && now < cached.latest);
    if (!cached || stale) {
      const schedule = cached?.key === key ? cached.schedule : createDigestSchedule(subscription);
      const latest = schedule.latestRun(now);
      cached = { key, schedule, latest, period: latest ? schedule.periodOf(latest) : null, next: schedule.nextRun(now) };
      schedules.set(subscription.id, cached);
    }
    return cached;
  }

  function planFor(subscription: Subscription, now: Date): Plan {
    if (!posters[subscription.platform]) {
      if (!warnedPlatforms.has(subscription.platform)) log.warn('no digest poster for platform; its subscriptions wait', { platform: subscription.platform });
      warnedPlatforms.add(subscription.platform);
      return { deliver: false, wakeAt: null };
    }
    let cached: CachedSchedule;
    try {
      cached = scheduleOf(subscription, now);
    } catch (error) {
      pause(subscription, `schedule not understood (${errorText(error)})`, now);
      return { deliver: false, wakeAt: null };
    }
    const wait = (until: Date | null = null): Plan => ({ deliver: false, wakeAt: earliest(cached.next, until) });
    const { latest, period } = cached;
    if (!latest || !period) return wait();
    if (period.from < subscription.firstPeriodFrom) return wait();
    // Paused: wait for the next scheduled run (a probe) or for a resume command.
    if (subscription.pausedAt && subscription.pausedAt >= latest) return wait();
    if (finished.get(subscription.id) === period.from) return wait();
    const coolUntil = cooldown.get(subscription.id) ?? 0;
    if (coolUntil > now.getTime()) return wait(new Date(coolUntil));

    const delivery = store.deliveries.get(subscription.id, period.from);
    if (!delivery) return { deliver: true, period };
    if (isClaimable(delivery, now)) return { deliver: true, period };
    if (delivery.state === 'pending') return wait(delivery.retryAt);
    if (delivery.state === 'posting') return wait(delivery.leaseUntil);
    finished.set(subscription.id, period.from);
    return wait();
  }

  function startDelivery(subscription: Subscription, period: DigestPeriod): void {
    const run = deliver(subscription, period)
      .catch((error: unknown) => {
        cooldown.set(subscription.id, clock.now().getTime() + UNEXPECTED_COOLDOWN_MS);
        log.error('digest delivery failed unexpectedly; trying again in a minute', error, { subscription: subscription.id });
      })
      .finally(() => {
        inFlight.delete(subscription.id);
        wakeAt(clock.now().getTime());
      });
    inFlight.set(subscription.id, run);
  }

  async function deliver(subscription: Subscription, period: DigestPeriod): Promise<void> {
    const poster = posters[subscription.platform];
    if (!poster) return;
    const now = clock.now();
    await settleOlder(subscription, period, poster, now);
    if (!running) return;

    const digest = composeDigest(subscription, period, source, store.deliveries.announcedIds(subscription.id), now);
    const eventIds = digestEventIds(digest);
    const token = newToken();
    const claim = store.deliveries.claim({ subscriptionId: subscription.id, period, token, now, leaseMs, eventIds });
    if (!claim.claimed) return;
    const attempts = (claim.previous?.attempts ?? 0) + 1;
    const details = { subscription: subscription.id, channel: subscription.channelId, period: period.from, attempt: attempts };

    const interrupted = claim.previous?.state === 'posting' ? claim.previous : null;
    try {
      if (interrupted && poster.findPosted) {
        const found = await poster.findPosted(subscription.channelId, digest, interrupted.firstClaimedAt ?? now);
        if (!running) return;
        if (found) {
          finish(subscription, period, () => store.deliveries.markSent(subscription.id, period.from, token, found.messageId, interrupted.eventIds, clock.now()));
          log.info('digest found already posted by an interrupted attempt', { ...details, messageId: found.messageId });
          return;
        }
      }
      if (digest.empty && !subscription.quiet) {
        finish(subscription, period, () => store.deliveries.markEmpty(subscription.id, period.from, token, clock.now()));
        return;
      }
    } catch (error) {
      if (running) fail(subscription, period, token, attempts, error, details);
      return;
    }

    let messageId: string;
    try {
      messageId = (await poster.post(subscription.channelId, digest)).messageId;
    } catch (error) {
      if (running) fail(subscription, period, token, attempts, error, details);
      return;
    }
    if (!running) return;
    // Outside the try: once the platform has the message, a store error must not lead to a repost here.
    // The claim then stays "posting" and its lease decides (see DeliveryStore.claim).
    finish(subscription, period, () => store.deliveries.markSent(subscription.id, period.from, token, messageId, eventIds, clock.now()));
    log.info('digest posted', { ...details, messageId, events: eventIds.length });
  }

  function fail(subscription: Subscription, period: DigestPeriod, token: string, attempts: number, error: unknown, details: Record<string, unknown>): void {
    const failedAt = clock.now();
    if (error instanceof DeliveryError && error.kind === 'permanent') {
      store.deliveries.release(subscription.id, period.from, token, null, error.reason);
      pause(subscription, error.reason, failedAt);
      return;
    }
    const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : null;
    const retryAt = new Date(failedAt.getTime() + retryDelayMs(attempts, retryAfter, random));
    store.deliveries.release(subscription.id, period.from, token, retryAt, errorText(error));
    if (error instanceof DeliveryError) log.warn('digest post failed; will retry', { ...details, reason: error.reason, retryAt: retryAt.toISOString() });
    else log.error('digest post failed with an unclassified error; will retry', error, { ...details, retryAt: retryAt.toISOString() });
  }

  function finish(subscription: Subscription, period: DigestPeriod, mark: () => boolean): void {
    if (!mark()) {
      log.warn('digest claim lost before it was marked (subscription removed or claim taken over)', { subscription: subscription.id, period: period.from });
      return;
    }
    finished.set(subscription.id, period.from);
    if (subscription.pausedReason) {
      store.subscriptions.resume(subscription.id);
      subscriptions = null;
      log.info('digest subscription resumed: posting works again', { subscription: subscription.id });
    }
  }

  /**
   * Older periods still owed when a newer one is due are never posted (no backlog after downtime); their
   * events reach the channel as "also added". An older post interrupted by a crash is first looked up, so
   * its events are not announced twice.
   */
  async function settleOlder(subscription: Subscription, period: DigestPeriod, poster: DigestPoster, now: Date): Promise<void> {
    for (const older of store.deliveries.listOpen(subscription.id)) {
      if (older.periodFrom >= period.from) continue;
      if (older.state === 'posting' && !isClaimable(older, now)) continue;
      if (older.state === 'posting' && poster.findPosted && (await reconcile(subscription, older, poster, now))) continue;
      if (!running) return;
      store.deliveries.supersede(subscription.id, older.periodFrom, clock.now());
      log.info('older digest period superseded by a newer one', { subscription: subscription.id, period: older.periodFrom });
    }
  }

  async function reconcile(subscription: Subscription, older: Delivery, poster: DigestPoster, now: Date): Promise<boolean> {
    const period: DigestPeriod = { cadence: subscription.cadence, from: older.periodFrom, to: older.periodTo };
    const token = newToken();
    const claim = store.deliveries.claim({ subscriptionId: subscription.id, period, token, now, leaseMs, eventIds: older.eventIds });
    if (!claim.claimed) return true;
    const digest = composeDigest(subscription, period, source, new Set(), now);
    try {
      const found = await poster.findPosted?.(subscription.channelId, digest, older.firstClaimedAt ?? now);
      if (!running) return true;
      if (found) return store.deliveries.markSent(subscription.id, older.periodFrom, token, found.messageId, older.eventIds, clock.now());
    } catch (error) {
      log.warn('could not check whether an interrupted digest was posted', { subscription: subscription.id, period: older.periodFrom, reason: errorText(error) });
    }
    if (running) store.deliveries.release(subscription.id, older.periodFrom, token, null, 'interrupted; not found on the platform');
    return false;
  }

  function halt(): void {
    ticking = false;
    timer?.cancel();
    timer = null;
    timerAt = Infinity;
  }

  function pause(subscription: Subscription, reason: string, now: Date): void {
    store.subscriptions.pause(subscription.id, reason, now);
    subscriptions = null;
    log.warn('digest subscription paused', { subscription: subscription.id, channel: subscription.channelId, reason });
  }

  return {
    start() {
      if (running) return;
      running = true;
      ticking = true;
      tick();
    },
    stop() {
      running = false;
      halt();
    },
    async drain(timeoutMs = 10_000) {
      halt();
      let timeout: TimerHandle | undefined;
      const expired = new Promise<void>((resolve) => (timeout = clock.setTimer(timeoutMs, resolve)));
      await Promise.race([this.idle(), expired]);
      timeout?.cancel();
      if (inFlight.size > 0) log.warn('digest posts still unanswered at shutdown; their claims expire and are retried after a restart', { count: inFlight.size });
      running = false;
    },
    refresh() {
      subscriptions = null;
      schedules.clear();
      finished.clear();
      wakeAt(clock.now().getTime());
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight.values()]);
    },
    nextWake: () => (ticking && timerAt !== Infinity ? new Date(timerAt) : null),
  };
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}

function errorText(error: unknown): string {
  if (error instanceof DeliveryError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
