import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../adapters/slack/work-queue.js';

/** A task the test finishes by hand, recording how many tasks were running when it started. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('createWorkQueue', () => {
  it('runs at most `concurrency` tasks at once, in arrival order, and drains', async () => {
    const queue = createWorkQueue(2);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const runs = gates.map((g, n) =>
      queue.run(async () => {
        started.push(n);
        running += 1;
        peak = Math.max(peak, running);
        await g.opened;
        running -= 1;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.pending).toBe(5);
    let drained = false;
    const draining = queue.drain().then(() => {
      drained = true;
    });
    for (const g of gates) {
      g.open();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(runs);
    await draining;
    expect(drained).toBe(true);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(queue.pending).toBe(0);
  });

  it('frees the slot when a task fails, and reports the failure to its caller', async () => {
    const queue = createWorkQueue(1);
    await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let ran = false;
    await queue.run(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    await queue.drain();
  });
});
