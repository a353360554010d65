// The bot's sync schedule: a run at start, then one every interval; never two at once; stop() aborts the
// run in flight and no run starts after it. Driven by the fake clock, with runs the test finishes by hand.
import { describe, expect, it } from 'vitest';
import { createSyncSchedule } from '../../adapters/site/sync-schedule.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { createFakeClock } from '../scheduler/fake-clock.js';

const MINUTE = 60_000;

function harness() {
  const clock = createFakeClock(new Date('2026-11-28T09:00:00Z'));
  const runs: { at: Date; signal: AbortSignal; finish: () => void }[] = [];
  const schedule = createSyncSchedule({
    everyMs: 30 * MINUTE,
    clock,
    log: createMemoryLogger(),
    run: (signal) =>
      new Promise<void>((resolve) => {
        runs.push({ at: clock.now(), signal, finish: resolve });
        signal.addEventListener('abort', () => resolve());
      }),
  });
  const finishLast = async () => {
    runs.at(-1)?.finish();
    await clock.settle();
  };
  return { clock, runs, schedule, finishLast };
}

describe('the sync schedule', () => {
  it('runs at start, then every interval from the start of the previous run', async () => {
    const { clock, runs, schedule, finishLast } = harness();
    schedule.start();
    await clock.advanceBy(0);
    expect(runs.map((run) => run.at.toISOString())).toEqual(['2026-11-28T09:00:00.000Z']);
    await clock.advanceBy(5 * MINUTE);
    await finishLast();
    await clock.advanceBy(25 * MINUTE);
    await finishLast();
    await clock.advanceBy(30 * MINUTE);
    expect(runs.map((run) => run.at.toISOString())).toEqual([
      '2026-11-28T09:00:00.000Z',
      '2026-11-28T09:30:00.000Z',
      '2026-11-28T10:00:00.000Z',
    ]);
    await schedule.stop();
  });

  it('never runs twice at once: a run longer than the interval is followed right after it ends', async () => {
    const { clock, runs, schedule, finishLast } = harness();
    schedule.start();
    await clock.advanceBy(0);
    await clock.advanceBy(45 * MINUTE);
    expect(runs).toHaveLength(1);
    const waiting = schedule.runNow();
    expect(runs).toHaveLength(1);
    await finishLast();
    expect(await waiting).toBe(false);
    await clock.advanceBy(0);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.at.toISOString()).toBe('2026-11-28T09:45:00.000Z');
    await schedule.stop();
  });

  it('stop() aborts the run in flight, waits for it, and nothing runs after', async () => {
    const { clock, runs, schedule } = harness();
    schedule.start();
    await clock.advanceBy(0);
    await schedule.stop();
    expect(runs[0]!.signal.aborted).toBe(true);
    await clock.advanceBy(120 * MINUTE);
    expect(runs).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
  });
});
