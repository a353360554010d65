// Runs answers after their acknowledgement, a few at a time. Acknowledgements must beat Slack's
// 3-second deadline even in a burst; unbounded answer work competes with them for the event loop,
// while queued work costs nothing until it starts (a response URL stays valid for 30 minutes).

export interface WorkQueue {
  /** Resolves when `work` has run (its errors are the caller's to catch inside `work`). */
  run(work: () => Promise<void>): Promise<void>;
  /** Resolves when everything queued so far has finished. */
  drain(): Promise<void>;
  readonly pending: number;
}

export function createWorkQueue(concurrency: number): WorkQueue {
  const waiting: Array<() => void> = [];
  const idle: Array<() => void> = [];
  let active = 0;

  const release = () => {
    active -= 1;
    const next = waiting.shift();
    if (next) {
      active += 1;
      next();
    } else if (active === 0) {
      for (const resolve of idle.splice(0)) resolve();
    }
  };

  return {
    async run(work) {
      if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
      else active += 1;
      try {
        await work();
      } finally {
        release();
      }
    },
    drain() {
      return active === 0 && waiting.length === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve));
    },
    get pending() {
      return active + waiting.length;
    },
  };
}
