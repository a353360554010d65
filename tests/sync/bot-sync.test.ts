// `npm start` and the site sync: the console chat syncs only when asked to; when it is, the synced events
// are answered without a restart; with no network it still answers and stops at once.
import { copyFileSync, readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot } from '../../adapters/start-bot.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { defaultEventsFile } from '../../adapters/data/load-dataset.js';
import { startFakeSite, type FakeSite } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { sitePosts, SITE_NOW, tempDataset } from './sync-harness.js';

let site: FakeSite | undefined;
afterEach(async () => site?.close());

function copyOfTheDataset(): string {
  const data = tempDataset();
  copyFileSync(defaultEventsFile(), data.out);
  return data.out;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

describe('the console chat and the site sync', () => {
  it('does not sync when IISG_SYNC_EVERY is not set', async () => {
    site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW });
    const file = copyOfTheDataset();
    const before = readFileSync(file, 'utf8');
    const bot = await startBot(
      { IISG_DATA_FILE: file, IISG_SITE_URL: site.url },
      { stdin: Readable.from(['help\n']), stdout: { write: () => true }, stderr: { write: () => true } },
      { log: createMemoryLogger() },
    );
    await bot.stopped;
    expect(site.requests).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('syncs at start when asked to, and answers from the synced events without a restart', async () => {
    site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW });
    const file = copyOfTheDataset();
    const stdin = new PassThrough();
    let stdout = '';
    const log = createMemoryLogger();
    const bot = await startBot(
      { IISG_DATA_FILE: file, IISG_SITE_URL: site.url, IISG_SYNC_EVERY: '1h' },
      { stdin, stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: () => true } },
      { clock: () => SITE_NOW, log, syncClient: { retryDelayMs: 5 } },
    );
    await until(
      () => log.lines.some((line) => line.includes('dataset reloaded')),
      'the sync to write and the bot to reload',
    );
    stdin.end('how many events in 2025\n');
    await bot.stopped;
    const expected = SITE_POSTS.filter((post) => post.start.startsWith('2025')).length;
    expect(stdout).toMatch(new RegExp(`> how many events in 2025\\n${expected} events\\.`));
    expect(log.lines.some((line) => /sync: \d+ added, \d+ updated/.test(line))).toBe(true);
  });

  it('with no network (the real site out of reach) still answers, logs the failure, and stops at once', async () => {
    const file = copyOfTheDataset();
    const before = readFileSync(file, 'utf8');
    const stdin = new PassThrough();
    let stdout = '';
    const log = createMemoryLogger();
    const bot = await startBot(
      { IISG_DATA_FILE: file, IISG_SYNC_EVERY: '30m' },
      { stdin, stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: () => true } },
      { clock: () => SITE_NOW, log, syncClient: { retryDelayMs: 5 } },
    );
    await until(
      () =>
        log.lines.some(
          (line) => line.includes('ERROR') && line.includes('sync: https://wb-iisg.com/wp-json/tribe/events/v1/events'),
        ),
      'the failed run to be logged',
    );
    stdin.end('how many events in 2022\n');
    await bot.stopped;
    expect(stdout).toMatch(/> how many events in 2022\n6 events\./);
    expect(log.lines.find((line) => line.includes('ERROR'))).toMatch(
      /the dataset is unchanged, the next run tries again/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
