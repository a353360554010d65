// Finding 1: concurrent `iisg ingest` runs, a hand edit saved during a run, and a writer killed mid-write.
// Every event is kept, a hand edit is merged rather than overwritten, and the dataset and its sidecar always
// come from the same run. Real processes where it matters (the compiled CLI, kill -9), in-process seams where
// a moment inside a run must be hit exactly.
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestIntoDataset } from '../../adapters/cli/ingest-command.js';
import { memoryFileFor } from '../../adapters/data/dataset-files.js';
import { DatasetLockError, lockFileFor, withDatasetLock } from '../../adapters/data/dataset-lock.js';
import { runIisg } from '../cli/cli-harness.js';
import { IISG_BIN, startNode } from '../processes/child-process.js';
import { newsOf, SEED_NEWS_FILE } from '../ingest/ingest-fixtures.js';

interface Record {
  id: string;
  title: string;
  city: string | null;
}

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iisg-writers-'));
  out = join(dir, 'events.json');
});

const readEvents = (): Record[] => JSON.parse(readFileSync(out, 'utf8')) as Record[];
const readSidecar = () =>
  JSON.parse(readFileSync(memoryFileFor(out), 'utf8')) as { posts: { [id: string]: { title: string } } };

/** `count` posts no other writer has, each of which ingest turns into one event. */
function postsOf(writer: string, count: number): { news: string; titles: string[] } {
  const titles = Array.from(
    { length: count },
    (_unused, n) => `Writer ${writer} post ${n + 1}: regional workshop on border security`,
  );
  const posts = titles.map(
    (title, n) =>
      [title, `The IISG Secretariat took part in a regional workshop in Tirana, Albania on ${n + 1} March 2022.`] as [
        string,
        string,
      ],
  );
  return { news: newsOf(...posts), titles };
}

function writeNews(name: string, news: string): string {
  const file = join(dir, name);
  writeFileSync(file, news);
  return file;
}

/** The sidecar remembers exactly the events ingest made: no event reads as deleted or made by hand. */
function expectConsistent(): void {
  const ids = readEvents()
    .map((event) => event.id)
    .sort();
  expect(Object.keys(readSidecar().posts).sort()).toEqual(ids);
}

describe('dataset writers', () => {
  it('keeps every event when four ingest processes write the same dataset at once, round after round', async () => {
    const writers = ['a', 'b', 'c', 'd'];
    const rounds = 3;
    const expected: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      const runs = writers.map((writer) => {
        const { news, titles } = postsOf(`${writer}${round}`, 5);
        expected.push(...titles);
        return startNode(IISG_BIN, ['ingest', writeNews(`news-${writer}${round}.txt`, news), '--out', out]);
      });
      const codes = await Promise.all(runs.map((run) => run.exited));
      expect(codes, runs.map((run) => run.stderr()).join('\n')).toEqual(writers.map(() => 0));
    }
    expect(
      readEvents()
        .map((event) => event.title)
        .sort(),
    ).toEqual(expected.sort());
    expectConsistent();
    expect(readdirSync(dir).filter((name) => name.startsWith('.') || name.endsWith('.lock'))).toEqual([]);
  });

  it.each([
    [
      'a field changed by hand',
      (events: Record[]) => events.map((event) => (event.city === 'Tivat' ? { ...event, city: 'Kotor' } : event)),
      (events: Record[]) =>
        expect(events.find((event) => event.title.includes('Tivat') || event.city === 'Kotor')?.city).toBe('Kotor'),
    ],
    [
      'an event added by hand',
      (events: Record[]) => [...events, { ...events[0]!, id: 'hand-made-briefing', title: 'Briefing written by hand' }],
      (events: Record[]) => expect(events.map((event) => event.id)).toContain('hand-made-briefing'),
    ],
    [
      'an event deleted by hand',
      (events: Record[]) => events.slice(1),
      (events: Record[], deleted: string) => expect(events.map((event) => event.id)).not.toContain(deleted),
    ],
  ])('keeps %s while an ingest runs, and adds the new posts too', async (_name, edit, check) => {
    expect((await runIisg(['ingest', SEED_NEWS_FILE, '--out', out])).code).toBe(0);
    const seeded = readEvents();
    const deleted = seeded[0]!.id;
    const { news, titles } = postsOf('late', 2);
    let edits = 0;
    const { result, written } = await ingestIntoDataset({
      news: `${readFileSync(SEED_NEWS_FILE, 'utf8')}\n\n${news}`,
      out,
      hooks: {
        // The hand edit lands after the run has read and merged, just before it would write.
        beforeCommit: () => {
          if (edits++ === 0) writeFileSync(out, `${JSON.stringify(edit(readEvents()), null, 2)}\n`);
        },
      },
    });
    expect(written).toBe(true);
    expect(edits).toBe(2); // merged twice: once before the edit, once after it
    const after = readEvents();
    check(after, deleted);
    for (const title of titles) expect(after.map((event) => event.title)).toContain(title);
    expect(result.report.counts.added).toBe(2);
  });

  it.each([
    ['after its commit point (between the two renames): the next writer completes it', 'betweenRenames', true],
    ['before its commit point: the next writer finds the old files and no leftovers', 'beforeCommit', false],
  ])('a writer killed -9 %s', async (_name, stopAt, completed) => {
    expect((await runIisg(['ingest', SEED_NEWS_FILE, '--out', out])).code).toBe(0);
    const killed = postsOf('killed', 3);
    const writer = startNode(new URL('../processes/ingest-then-hang.mjs', import.meta.url).pathname, [
      writeNews('killed.txt', killed.news),
      out,
      stopAt,
    ]);
    await writer.waitForLine(stopAt);
    writer.process.kill('SIGKILL');
    await writer.exited;
    expect(existsSync(lockFileFor(out))).toBe(true); // left behind by the dead writer

    // The next run: the same posts again, and new ones.
    const next = postsOf('next', 2);
    const run = await runIisg(['ingest', writeNews('next.txt', `${killed.news}\n${next.news}`), '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('deleted by hand');
    const titles = readEvents().map((event) => event.title);
    for (const title of [...killed.titles, ...next.titles]) expect(titles).toContain(title);
    expect(run.stdout).toContain(completed ? '5 posts: 2 added, 0 updated, 3 unchanged' : '5 posts: 5 added');
    expectConsistent();
    expect(readdirSync(dir).filter((name) => name.startsWith('.') || name.endsWith('.lock'))).toEqual([]);
  });
});

describe('withDatasetLock', () => {
  it('breaks a lock whose process is gone', async () => {
    writeFileSync(
      lockFileFor(out),
      JSON.stringify({
        pid: 2 ** 22 + 17,
        host: (await import('node:os')).hostname(),
        token: 'dead',
        since: '2024-01-01T00:00:00Z',
        command: 'iisg ingest',
      }),
    );
    await expect(withDatasetLock(out, async () => 'ran')).resolves.toBe('ran');
    expect(existsSync(lockFileFor(out))).toBe(false);
  });

  it('breaks a lock nobody has refreshed for staleMs (a frozen writer, or one on another host)', async () => {
    writeFileSync(
      lockFileFor(out),
      JSON.stringify({
        pid: process.ppid,
        host: 'other-host',
        token: 'frozen',
        since: '2024-01-01T00:00:00Z',
        command: 'iisg ingest',
      }),
    );
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFileFor(out), old, old);
    await expect(withDatasetLock(out, async () => 'ran', { staleMs: 30_000 })).resolves.toBe('ran');
  });

  it('waits for a live writer, and names it when the wait runs out', async () => {
    let release: () => void = () => {};
    const holding = withDatasetLock(out, () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => existsSync(lockFileFor(out))).toBe(true);
    const waiting = withDatasetLock(out, async () => 'second', { waitMs: 100 });
    await expect(waiting).rejects.toThrow(DatasetLockError);
    await expect(withDatasetLock(out, async () => 'x', { waitMs: 100 })).rejects.toThrow(
      new RegExp(`another writer holds the dataset lock ${lockFileFor(out)}: pid ${process.pid} on `),
    );
    const queued = withDatasetLock(out, async () => 'after the first');
    release();
    await holding;
    await expect(queued).resolves.toBe('after the first');
  });
});
