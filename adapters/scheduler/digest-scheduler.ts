// Posts each subscription's digest once per period at its local time. One timer wakes the loop at the
// next thing due (a scheduled run, a retry, an expired claim); each delivery runs on its own, so a slow or
// failing channel never holds up another. The store's claim is what makes a period post once; a retry
// after any earlier attempt (a crash, a timeout, a shutdown) first looks on the platform for that attempt's
// post, and a busy database is retried before a post's outcome is given up on.
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
import { DIGEST_DRAIN_MS, SENT_MARK_RETRY_DELAYS_MS } from './delivery-bounds.js';

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
  /** Told when a subscription pauses itself (a permanent posting failure), once per pause, never for a hand pause. */
  onPaused?: (subscription: Subscription, reason: string) => void;
}

export interface DigestScheduler {
  /** Starts the loop; the first pass posts the latest missed period of each subscription. */
  start(): void;
  /** Stops the loop. Posts in flight are abandoned: a stopped scheduler never writes to the store again. */
  stop(): void;
  /**
   * For a clean shutdown: starts nothing new (not even the post of a delivery that is still looking up an
   * earlier attempt), lets posts in flight finish and be recorded (up to `timeoutMs`, default
   * DIGEST_DRAIN_MS, longer than a post and its record can take), then stops. A post still unanswered then
   * is left to its claim's lease, and looked up before any retry.
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
    // Paused by hand: nothing until someone resumes it. Paused by a failure: wait for the next scheduled
    // run (a probe) or for a resume command.
    if (subscription.pausedBy) return wait();
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

    // An earlier attempt may have reached the platform: one interrupted (a crash; its lease ran out) or one
    // that failed without a clear answer (a timeout, a shutdown). Look for its post before posting again.
    const earlier = claim.previous && (claim.previous.state === 'posting' || claim.previous.attempts > 0) ? claim.previous : null;
    try {
      if (earlier && poster.findPosted) {
        const found = await poster.findPosted(subscription.channelId, digest, earlier.firstClaimedAt ?? now);
        if (!running) return;
        if (found) {
          const marked = await finish(subscription, period, () => store.deliveries.markSent(subscription.id, period.from, token, found.messageId, earlier.eventIds, clock.now()), details);
          if (marked) log.info('digest found already posted by an earlier attempt', { ...details, messageId: found.messageId });
          return;
        }
      }
      if (digest.empty && !subscription.quiet) {
        await finish(subscription, period, () => store.deliveries.markEmpty(subscription.id, period.from, token, clock.now()), details);
        return;
      }
    } catch (error) {
      if (running) await fail(subscription, period, token, attempts, error, details);
      return;
    }
    if (!ticking) {
      // Shutting down: a post started now might not be recorded before the process ends.
      if (running) await persist('a digest claim given back at shutdown', () => store.deliveries.release(subscription.id, period.from, token, clock.now(), 'not posted: the bot was shutting down'));
      return;
    }

    let messageId: string;
    try {
      messageId = (await poster.post(subscription.channelId, digest)).messageId;
    } catch (error) {
      if (running) await fail(subscription, period, token, attempts, error, details);
      return;
    }
    if (!running) return;
    // Outside the try: once the platform has the message, a store error must not lead to a repost here.
    // The claim then stays "posting", and after its lease the post is looked up instead (see above).
    const marked = await finish(subscription, period, () => store.deliveries.markSent(subscription.id, period.from, token, messageId, eventIds, clock.now()), details);
    if (marked) log.info('digest posted', { ...details, messageId, events: eventIds.length });
  }

  /**
   * Runs a store write, retrying it a few times while the database is busy (another process holds the
   * write lock); anything else, or a lock that outlasts the retries, is thrown.
   */
  async function persist<T>(what: string, write: () => T): Promise<T> {
    for (let retry = 0; ; retry++) {
      try {
        return write();
      } catch (error) {
        const delay = SENT_MARK_RETRY_DELAYS_MS[retry];
        if (!isBusy(error) || delay === undefined || !running) throw error;
        log.warn(`database busy while recording ${what}; trying again`, { retry: retry + 1, inMs: delay });
        await new Promise<void>((resolve) => clock.setTimer(delay, resolve));
      }
    }
  }

  async function fail(subscription: Subscription, period: DigestPeriod, token: string, attempts: number, error: unknown, details: Record<string, unknown>): Promise<void> {
    const failedAt = clock.now();
    if (error instanceof DeliveryError && error.kind === 'permanent') {
      await persist('a failed digest post', () => store.deliveries.release(subscription.id, period.from, token, null, error.reason));
      pause(subscription, error.reason, failedAt);
      return;
    }
    const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : null;
    const retryAt = new Date(failedAt.getTime() + retryDelayMs(attempts, retryAfter, random));
    await persist('a failed digest post', () => store.deliveries.release(subscription.id, period.from, token, retryAt, errorText(error)));
    if (error instanceof DeliveryError) log.warn('digest post failed; will retry', { ...details, reason: error.reason, retryAt: retryAt.toISOString() });
    else log.error('digest post failed with an unclassified error; will retry', error, { ...details, retryAt: retryAt.toISOString() });
  }

  /** Records the outcome; false when the claim was lost or the record could not be written (both logged). */
  async function finish(subscription: Subscription, period: DigestPeriod, mark: () => boolean, details: Record<string, unknown>): Promise<boolean> {
    let marked: boolean;
    try {
      marked = await persist('a digest as sent', mark);
    } catch (error) {
      log.error('could not record a digest outcome; its claim stays, and after the lease the post is looked up on the platform, not posted again', error, details);
      return false;
    }
    if (!marked) {
      log.warn('digest claim lost before it was marked (subscription removed or claim taken over)', { subscription: subscription.id, period: period.from });
      return false;
    }
    finished.set(subscription.id, period.from);
    if (subscription.pausedReason) {
      store.subscriptions.resume(subscription.id);
      subscriptions = null;
      log.info('digest subscription resumed: posting works again', { subscription: subscription.id });
    }
    return true;
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
      // Any earlier attempt may have posted it: look before superseding, so its events are not announced twice.
      if ((older.state === 'posting' || older.attempts > 0) && poster.findPosted && (await reconcile(subscription, older, poster, now))) continue;
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
      if (found) return await persist('an earlier digest as sent', () => store.deliveries.markSent(subscription.id, older.periodFrom, token, found.messageId, older.eventIds, clock.now()));
    } catch (error) {
      log.warn('could not check whether an interrupted digest was posted', { subscription: subscription.id, period: older.periodFrom, reason: errorText(error) });
    }
    if (running) await persist('an earlier digest claim', () => store.deliveries.release(subscription.id, older.periodFrom, token, null, 'interrupted; not found on the platform'));
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
    // A probe that fails again is no news: only the moment it stops posting is worth telling.
    if (!subscription.pausedReason) deps.onPaused?.(subscription, reason);
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
    async drain(timeoutMs = DIGEST_DRAIN_MS) {
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

/** SQLite's "another connection holds the lock" (better-sqlite3 puts the extended code on the error). */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function errorText(error: unknown): string {
  if (error instanceof DeliveryError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
