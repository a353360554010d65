// Runs `iisg sync` in-process against the fake site, with a pinned "now", fast retries and short timeouts,
// and reads what it wrote.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyncCommand, type SyncCommandOptions } from '../../adapters/cli/sync-command.js';
import type { EventRecord } from '../../src/index.js';
import type { SitePostFixture } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { runIisg, type CliRun } from '../cli/cli-harness.js';

/** The site's and the bot's "now" in these tests. */
export const SITE_NOW = new Date('2026-11-28T12:00:00Z');

export interface TempDataset {
  dir: string;
  out: string;
  memory: string;
  events(): EventRecord[];
  bytes(): { events: string; memory: string };
}

export function tempDataset(): TempDataset {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-sync-'));
  const out = join(dir, 'events.json');
  const memory = join(dir, 'events.ingest.json');
  return {
    dir,
    out,
    memory,
    events: () => JSON.parse(readFileSync(out, 'utf8')) as EventRecord[],
    bytes: () => ({ events: readFileSync(out, 'utf8'), memory: readFileSync(memory, 'utf8') }),
  };
}

export function syncCli(args: string[], options: SyncCommandOptions = {}): Promise<CliRun> {
  const command = createSyncCommand({
    env: {},
    clock: () => SITE_NOW,
    ...options,
    client: { retryDelayMs: 5, timeoutMs: 5_000, ...options.client },
  });
  return runIisg(['sync', ...args], '', { sync: async () => command });
}

/** A fresh copy of the site's posts, to change in one test without touching the others. */
export function sitePosts(): SitePostFixture[] {
  return SITE_POSTS.map((post) => ({
    ...post,
    venue: structuredClone(post.venue),
    content: [...post.content],
    expect: structuredClone(post.expect),
  }));
}

/** A post's last day as a reader of the site sees it: an event that ends at midnight ended the day before. */
export function lastDayOf(post: SitePostFixture): string {
  const [day, time] = post.end.split(' ');
  if (time !== '00:00:00' || day! <= post.start.slice(0, 10)) return day!;
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Text as WordPress shows it: straight apostrophes curled, a spaced hyphen an en dash. */
export function asWordPressShowsIt(text: string): string {
  return text.replace(/'/g, '’').replace(/ - /g, ' – ');
}
