// A clock tests move by hand: timers fire in time order as the test advances, and async work started by a
// timer settles (the fake poster and SQLite never wait on real I/O) before the next timer fires.
import type { Clock, TimerHandle } from '../../adapters/scheduler/clock.js';

interface FakeTimer {
  at: number;
  seq: number;
  callback: () => void;
  cancelled: boolean;
}

export interface FakeClock extends Clock {
  /**
   * Runs every timer due up to `until` (inclusive), then leaves the clock at `until`. With `stopWhen`, stops
   * right after the first timer that makes it true (the clock stays at that timer's time).
   */
  advanceTo(until: Date, stopWhen?: () => boolean): Promise<void>;
  advanceBy(ms: number): Promise<void>;
  /** Lets promise chains started so far run to completion. */
  settle(): Promise<void>;
  pendingTimers(): number;
}

export function createFakeClock(start: Date): FakeClock {
  let now = start.getTime();
  let seq = 0;
  let sameInstant = 0;
  const timers: FakeTimer[] = [];

  const settle = async () => {
    for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  const clock: FakeClock = {
    now: () => new Date(now),
    setTimer(delayMs: number, callback: () => void): TimerHandle {
      const timer: FakeTimer = { at: now + Math.max(0, delayMs), seq: seq++, callback, cancelled: false };
      timers.push(timer);
      return { cancel: () => void (timer.cancelled = true) };
    },
    async advanceTo(until: Date, stopWhen?: () => boolean) {
      const end = until.getTime();
      await settle();
      for (;;) {
        const live = timers.filter((timer) => !timer.cancelled);
        timers.splice(0, timers.length, ...live);
        const next = live.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
        if (!next) break;
        timers.splice(timers.indexOf(next), 1);
        sameInstant = next.at === now ? sameInstant + 1 : 0;
        if (sameInstant > 10_000) throw new Error(`timers keep firing at ${new Date(now).toISOString()}: a busy loop`);
        now = Math.max(now, next.at);
        next.callback();
        await settle();
        if (stopWhen?.()) return;
      }
      now = Math.max(now, end);
    },
    advanceBy: (ms: number) => clock.advanceTo(new Date(now + ms)),
    settle,
    pendingTimers: () => timers.filter((timer) => !timer.cancelled).length,
  };
  return clock;
}
