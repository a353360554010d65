// One bot process's digest machinery over a real SQLite file, with a fake clock and fake platforms, that
// a test can crash and restart at will. Events carry the moment they were added to the dataset.
import { join } from 'node:path';
import { createMemoryLogger } from '../../adapters/log.js';
import { createDigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestScheduler, DigestSchedulerDeps } from '../../adapters/scheduler/digest-scheduler.js';
import type { DigestSource } from '../../adapters/scheduler/digest-source.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { DigestStore } from '../../adapters/store/digest-store.js';
import type { Subscription } from '../../adapters/store/subscription-store.js';
import { saveSubscription } from '../../adapters/digest/save-subscription.js';
import type { NewSubscription } from '../../adapters/digest/save-subscription.js';
import type { EventRecord } from '../../src/index.js';
import { createFakeClock } from './fake-clock.js';
import type { FakeClock } from './fake-clock.js';
import { createFakePoster } from './fake-poster.js';
import type { FakePoster } from './fake-poster.js';

export interface TimedEvent {
  event: EventRecord;
  addedAt: Date;
}

export interface HarnessOptions {
  dir: string;
  start: Date;
  canFindPosted?: boolean;
  random?: () => number;
  overrides?: Partial<DigestSchedulerDeps>;
}

export interface Harness {
  clock: FakeClock;
  posters: { slack: FakePoster; discord: FakePoster };
  dataset: TimedEvent[];
  log: ReturnType<typeof createMemoryLogger>;
  store(): DigestStore;
  scheduler(): DigestScheduler;
  running(): boolean;
  start(): void;
  /** The process dies: no more timers, no more writes, posts in flight never answer. */
  crash(): void;
  restart(): void;
  subscribe(settings: Partial<NewSubscription> & Pick<NewSubscription, 'channelId' | 'cadence' | 'day' | 'time' | 'timeZone'>): Subscription;
  addEvent(event: EventRecord, addedAt?: Date): void;
  close(): void;
}

export function createHarness(options: HarnessOptions): Harness {
  const path = join(options.dir, 'state', 'iisg.db');
  const clock = createFakeClock(options.start);
  const posters = {
    slack: createFakePoster(clock, { canFindPosted: options.canFindPosted ?? true, platform: 'slack' }),
    discord: createFakePoster(clock, { canFindPosted: options.canFindPosted ?? true, platform: 'discord' }),
  };
  const dataset: TimedEvent[] = [];
  const log = createMemoryLogger();
  const source: DigestSource = {
    events: () => dataset.filter((entry) => entry.addedAt <= clock.now()).map((entry) => entry.event),
    // A stand-in for the question engine: the filter names a country.
    matcher: (filter) => (event) => event.country === filter,
  };
  let store: DigestStore | null = null;
  let scheduler: DigestScheduler | null = null;

  const boot = () => {
    store = openDigestStore(path, { synchronous: 'NORMAL' });
    scheduler = createDigestScheduler({ store, posters, source, clock, log, random: options.random ?? (() => 0.5), ...options.overrides });
    scheduler.start();
  };
  const current = <T>(value: T | null, what: string): T => {
    if (!value) throw new Error(`no ${what}: the process is down`);
    return value;
  };

  const harness: Harness = {
    clock,
    posters,
    dataset,
    log,
    store: () => current(store, 'store'),
    scheduler: () => current(scheduler, 'scheduler'),
    running: () => scheduler !== null,
    start: boot,
    crash() {
      scheduler?.stop();
      store?.close();
      scheduler = null;
      store = null;
    },
    restart() {
      harness.crash();
      boot();
    },
    subscribe(settings) {
      const { subscription } = saveSubscription(
        harness.store().subscriptions,
        source.events(),
        { platform: 'slack', workspaceId: 'T0IISG', channelName: null, filter: null, quiet: false, createdBy: 'U0ADMIN', ...settings },
        clock.now(),
      );
      harness.scheduler().refresh();
      return subscription;
    },
    addEvent(event, addedAt = clock.now()) {
      dataset.push({ event, addedAt });
    },
    close() {
      harness.crash();
    },
  };
  return harness;
}
