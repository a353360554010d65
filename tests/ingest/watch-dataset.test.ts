// Hot reload: a valid new dataset replaces the engine, an invalid one is logged and the last good engine
// keeps answering; bursts of changes reload once. Fake watcher and timers for the logic, one real
// file-system test for the wiring (waits on the outcome, not on a fixed delay).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatasetHolder, type WatchFolder } from '../../adapters/data/watch-dataset.js';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { writeJsonAtomic } from '../../adapters/data/write-dataset-atomic.js';
import { createMemoryLogger } from '../../adapters/log.js';

const NOW = new Date('2024-01-10T12:00:00Z');
const handMade = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { id: string }[];

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iisg-watch-'));
  file = join(dir, 'events.json');
  writeFileSync(file, JSON.stringify(handMade.slice(0, 3)));
});
afterEach(() => {
  vi.useRealTimers();
});

/** A watcher the test fires by hand. */
function fakeWatch() {
  const listeners: ((filename: string | null) => void)[] = [];
  let closed = 0;
  const watch: WatchFolder = (_folder, onChange) => {
    listeners.push(onChange);
    return { close: () => void closed++ };
  };
  return { watch, fire: (filename: string | null) => listeners.forEach((listener) => listener(filename)), closed: () => closed };
}

describe('createDatasetHolder', () => {
  it('swaps in a valid new dataset after the change settles', () => {
    vi.useFakeTimers();
    const log = createMemoryLogger();
    const fake = fakeWatch();
    const holder = createDatasetHolder(() => loadEngine({ eventsFile: file }), log, { files: [file], watch: fake.watch, debounceMs: 200 });
    const before = holder.engine();
    expect(before.events).toHaveLength(3);

    writeFileSync(file, JSON.stringify(handMade));
    fake.fire('events.json');
    expect(holder.engine()).toBe(before);
    vi.advanceTimersByTime(200);
    expect(holder.engine().events).toHaveLength(11);
    expect(holder.engine().ask('events in Montenegro', NOW).count).toBe(2);
    expect(log.lines.at(-1)).toMatch(/INFO .*dataset reloaded: 11 events \(was 3\)/);
    holder.close();
  });

  it('keeps answering from the last good dataset when the new one is invalid, and says why', () => {
    vi.useFakeTimers();
    const log = createMemoryLogger();
    const fake = fakeWatch();
    const holder = createDatasetHolder(() => loadEngine({ eventsFile: file }), log, { files: [file], watch: fake.watch });
    const good = holder.engine();

    writeFileSync(file, JSON.stringify([{ ...handMade[0], start: '2022-02-30' }]));
    fake.fire('events.json');
    vi.runAllTimers();
    expect(holder.engine()).toBe(good);
    expect(holder.engine().events).toHaveLength(3);
    const logged = log.lines.at(-1) ?? '';
    expect(logged).toMatch(/ERROR .*dataset reload rejected: still answering from the dataset loaded at .* \(3 events\)/);
    expect(logged).toContain(`${file}, record 1`);
    expect(logged).toContain('expected a date as YYYY-MM-DD, got "2022-02-30"');

    writeFileSync(file, '{ not json');
    expect(holder.reload()).toBe(false);
    expect(log.lines.at(-1)).toContain('expected valid JSON');

    writeFileSync(file, JSON.stringify(handMade));
    expect(holder.reload()).toBe(true);
    expect(holder.engine().events).toHaveLength(11);
    holder.close();
  });

  it('reloads once for a burst of changes, and ignores other files in the folder', () => {
    vi.useFakeTimers();
    const fake = fakeWatch();
    let loads = 0;
    const holder = createDatasetHolder(() => (loads++, loadEngine({ eventsFile: file })), createMemoryLogger(), { files: [file], watch: fake.watch, debounceMs: 300 });
    fake.fire('events.ingest.json');
    fake.fire('.events.json.123.abcd.tmp');
    vi.runAllTimers();
    expect(loads).toBe(1);
    for (let change = 0; change < 5; change++) {
      fake.fire('events.json');
      vi.advanceTimersByTime(100);
    }
    vi.runAllTimers();
    expect(loads).toBe(2);
    holder.close();
    expect(fake.closed()).toBe(1);
  });

  it('fails at start when the first dataset is invalid', () => {
    writeFileSync(file, '[');
    expect(() => createDatasetHolder(() => loadEngine({ eventsFile: file }), createMemoryLogger())).toThrow(/expected valid JSON/);
  });

  it('picks up a file replaced by the atomic write, with the real file watcher', async () => {
    const log = createMemoryLogger();
    const holder = createDatasetHolder(() => loadEngine({ eventsFile: file }), log, { files: [file], debounceMs: 20 });
    try {
      await writeJsonAtomic(file, handMade);
      await vi.waitFor(() => expect(holder.engine().events).toHaveLength(11), { timeout: 10_000, interval: 20 });
    } finally {
      holder.close();
    }
  });
});
