// Runs the site sync at start and then every interval, one run at a time: a run still going when the next
// is due makes that one wait (it starts when the run ends, never beside it). stop() aborts a run in flight
// and waits for it, so the bot can shut down without a request left hanging.
import type { Clock, TimerHandle } from '../scheduler/clock.js';
import type { Logger } from '../log.js';

export interface SyncScheduleDeps {
  everyMs: number;
  /** One run; `signal` aborts it (requests in flight, waiting retries). */
  run: (signal: AbortSignal) => Promise<void>;
  clock: Clock;
  log: Logger;
}

export interface SyncSchedule {
  start(): void;
  /** Runs now unless a run is in flight (then resolves when that one ends); false when it did not run. */
  runNow(): Promise<boolean>;
  stop(): Promise<void>;
}

export function createSyncSchedule(deps: SyncScheduleDeps): SyncSchedule {
  const { everyMs, clock, log } = deps;
  let timer: TimerHandle | null = null;
  let inFlight: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let stopped = false;

  const arm = (delayMs: number) => {
    timer?.cancel();
    timer = stopped ? null : clock.setTimer(delayMs, () => void runNow());
  };

  const runNow = async (): Promise<boolean> => {
    if (stopped) return false;
    if (inFlight) {
      log.info('sync: a run is still going; this one waits for it');
      await inFlight;
      return false;
    }
    const startedAt = clock.now().getTime();
    controller = new AbortController();
    inFlight = deps
      .run(controller.signal)
      .catch((error: unknown) => log.error('sync: the run failed unexpectedly', error))
      .finally(() => {
        inFlight = null;
        controller = null;
        // Every interval from the start of the previous run; a run longer than that is followed at once.
        arm(Math.max(0, startedAt + everyMs - clock.now().getTime()));
      });
    await inFlight;
    return true;
  };

  return {
    start() {
      if (stopped || timer || inFlight) return;
      arm(0);
    },
    runNow,
    async stop() {
      stopped = true;
      timer?.cancel();
      timer = null;
      controller?.abort();
      await inFlight;
    },
  };
}
