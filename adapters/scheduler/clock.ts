// Time as a dependency: the scheduler asks a Clock for "now" and for wake-ups, so tests drive it through
// a simulated year with a fake clock and production uses the real one.
export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): Date;
  /** Calls `callback` once, `delayMs` from now (clamped at 0). */
  setTimer(delayMs: number, callback: () => void): TimerHandle;
}

// setTimeout fires at once for delays over 2^31-1 ms (~24.8 days); longer waits are chained.
const MAX_TIMEOUT_MS = 2_147_483_647;

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(delayMs, callback) {
    let timer: NodeJS.Timeout;
    const due = Date.now() + Math.max(0, delayMs);
    const arm = () => {
      const left = due - Date.now();
      timer = setTimeout(left > MAX_TIMEOUT_MS ? arm : callback, Math.min(Math.max(0, left), MAX_TIMEOUT_MS));
      timer.unref?.();
    };
    arm();
    return { cancel: () => clearTimeout(timer) };
  },
};
