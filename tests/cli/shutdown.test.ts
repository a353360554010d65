// The shutdown sequence: the hook first (readiness goes false before anything stops), groups in order and
// the steps of a group together, a failing step logged without stopping the rest, and an overall deadline
// that a step which never ends cannot outlast.
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../adapters/log.js';
import { shutDownBot } from '../../adapters/start-bot.js';

describe('shutDownBot', () => {
  it('runs the hook first, then each group in order, and reports a clean finish', async () => {
    const order: string[] = [];
    const step = (name: string) => ({ name, run: async () => void order.push(name) });
    const clean = await shutDownBot(
      [[step('digests'), step('slack')], [step('discord')], [step('dataset watcher')]],
      createMemoryLogger(),
      1_000,
      () => order.push('not ready'),
    );
    expect(clean).toBe(true);
    expect(order).toEqual(['not ready', 'digests', 'slack', 'discord', 'dataset watcher']);
  });

  it('logs a step that fails and still runs the others', async () => {
    const log = createMemoryLogger();
    const ran: string[] = [];
    const clean = await shutDownBot(
      [
        [{ name: 'slack', run: async () => Promise.reject(new Error('socket already closed')) }],
        [{ name: 'dataset watcher', run: () => void ran.push('dataset watcher') }],
      ],
      log,
      1_000,
    );
    expect(clean).toBe(true);
    expect(ran).toEqual(['dataset watcher']);
    expect(
      log.lines.some(
        (line) => line.includes('shutdown: slack failed while stopping') && line.includes('socket already closed'),
      ),
    ).toBe(true);
  });

  it('returns at the deadline when a step never ends, naming it', async () => {
    const log = createMemoryLogger();
    const clean = await shutDownBot(
      [
        [
          { name: 'digests', run: () => new Promise<void>(() => {}) },
          { name: 'slack', run: async () => {} },
        ],
      ],
      log,
      50,
    );
    expect(clean).toBe(false);
    expect(log.lines.at(-1)).toMatch(/ERROR .*shutdown: deadline of 50 ms reached; leaving unfinished: digests$/);
  });
});
