// Hot reload: a valid new dataset replaces the engine, an invalid one is logged and the last good engine
// keeps answering; bursts of changes reload once. Fake watcher and timers for the logic, real file-system
// tests for the wiring and for deployments that swap a data folder or a release symlink (finding 8); they
// wait on the outcome, not on a fixed delay.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const holder = createDatasetHolder(() => loadEngine({ eventsFile: file }), log, { files: [file], watch: fake.watch, debounceMs: 200, pollMs: 0 });
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
    const holder = createDatasetHolder(() => loadEngine({ eventsFile: file }), log, { files: [file], watch: fake.watch, pollMs: 0 });
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
    const holder = createDatasetHolder(() => (loads++, loadEngine({ eventsFile: file })), createMemoryLogger(), { files: [file], watch: fake.watch, debounceMs: 300, pollMs: 0 });
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

  describe('follows the dataset when its folder or a symlink on its path is swapped', () => {
    const events = (count: number) => `${JSON.stringify(handMade.slice(0, count))}\n`;
    const release = (name: string, count: number) => {
      mkdirSync(join(dir, 'releases', name), { recursive: true });
      writeFileSync(join(dir, 'releases', name, 'events.json'), events(count));
      return join(dir, 'releases', name);
    };
    /** Replaces a symlink in one step, as `ln -sfn` plus `mv -T` (or a deploy tool) does. */
    const swapLink = (link: string, target: string) => {
      symlinkSync(target, `${link}.next`);
      renameSync(`${link}.next`, link);
    };

    it.each([
      [
        'the data folder renamed away and a new one renamed into its place',
        () => {
          mkdirSync(join(dir, 'data'));
          writeFileSync(join(dir, 'data', 'events.json'), events(3));
          return join(dir, 'data', 'events.json');
        },
        () => {
          mkdirSync(join(dir, 'data.next'));
          writeFileSync(join(dir, 'data.next', 'events.json'), events(11));
          renameSync(join(dir, 'data'), join(dir, 'data.previous'));
          renameSync(join(dir, 'data.next'), join(dir, 'data'));
          return join(dir, 'data', 'events.json');
        },
      ],
      [
        'a release symlink on the path switched to a new release',
        () => {
          symlinkSync(release('v1', 3), join(dir, 'current'));
          return join(dir, 'current', 'events.json');
        },
        () => {
          swapLink(join(dir, 'current'), release('v2', 11));
          return join(dir, 'releases', 'v2', 'events.json');
        },
      ],
      [
        'the events file itself a symlink, switched to another release',
        () => {
          symlinkSync(join(release('v1', 3), 'events.json'), join(dir, 'linked-events.json'));
          return join(dir, 'linked-events.json');
        },
        () => {
          swapLink(join(dir, 'linked-events.json'), join(release('v2', 11), 'events.json'));
          return join(dir, 'releases', 'v2', 'events.json');
        },
      ],
    ])('%s, and keeps following later saves', async (_name, setUp, swap) => {
      const path = setUp();
      const holder = createDatasetHolder(() => loadEngine({ eventsFile: path }), createMemoryLogger(), { files: [path], debounceMs: 20, pollMs: 50 });
      try {
        expect(holder.engine().events).toHaveLength(3);
        const swapped = swap();
        await vi.waitFor(() => expect(holder.engine().events).toHaveLength(11), { timeout: 5_000, interval: 20 });
        // A save inside the new folder or release is seen too: the watcher moved with the path.
        await writeJsonAtomic(swapped, handMade.slice(0, 5));
        await vi.waitFor(() => expect(holder.engine().events).toHaveLength(5), { timeout: 5_000, interval: 20 });
      } finally {
        holder.close();
      }
    });
  });
});
