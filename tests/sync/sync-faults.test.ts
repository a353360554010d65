// Every way the site can answer badly: the run ends with one line naming the address and the problem, exit
// 1, and the dataset and its sidecar are left byte for byte as they were. Retries happen only where they can
// help (5xx, a refused or reset connection), never after a timeout. A single bad event is skipped by id.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSite, type Fault, type FakeSite } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { sitePosts, SITE_NOW, syncCli, tempDataset, type TempDataset } from './sync-harness.js';

let site: FakeSite;
let data: TempDataset;
let before: { events: string; memory: string };
const RETRIES = 3;

beforeEach(async () => {
  site = await startFakeSite({ posts: sitePosts(), now: SITE_NOW, maxPerPage: 10 });
  data = tempDataset();
  expect((await syncCli(['--site', site.url, '--out', data.out])).code).toBe(0);
  before = data.bytes();
  site.posts.find((post) => post.id === 1021)!.title = 'IISG Board Meeting in Tirana, renamed';
  site.requests.length = 0;
});
afterEach(async () => site.close());

/** The one line a failed run prints, naming the events API address it failed on. */
const failureLine = (problem: RegExp) =>
  new RegExp(
    `^iisg sync: http://127\\.0\\.0\\.1:\\d+/wp-json/tribe/events/v1/events\\?\\S*: ${problem.source}; nothing written\\n$`,
  );

describe('a bad answer ends the run and leaves the dataset as it was', () => {
  it.each<[string, Fault, RegExp, number]>([
    ['a server error, after the retries', 'server-error', /HTTP 500 Internal Server Error/, 1 + RETRIES],
    [
      'an HTML page with status 200',
      'html-page',
      /expected JSON from the API, got an HTML page \("Just a moment\.\.\. – IISG"\)/,
      1,
    ],
    ['malformed JSON', 'malformed-json', /malformed JSON \(.+\)/, 1],
    [
      'JSON that is not an events archive',
      'not-an-archive',
      /expected the API's answer \(an object with an "events" list\), got a list/,
      1,
    ],
    ['a connection reset every time, after the retries', 'reset', /request failed: .+/, 1 + RETRIES],
  ])('%s', async (_name, fault, problem, requests) => {
    site.fail(fault, { times: 10 });
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(failureLine(problem));
    expect(site.eventRequests()).toHaveLength(requests);
    expect(data.bytes()).toEqual(before);
  });

  it('a hang: one timeout ends the run, without a retry', async () => {
    site.fail('hang', { times: 10 });
    const run = await syncCli(['--site', site.url, '--out', data.out], { client: { timeoutMs: 300 } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(failureLine(/no complete answer within 300 ms \(timed out; not retried\)/));
    expect(site.eventRequests()).toHaveLength(1);
    expect(data.bytes()).toEqual(before);
  });

  it('events none of which can be read (not the API expected)', async () => {
    for (const post of site.posts) post.mangle = (json) => void delete json.start_date;
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      failureLine(
        new RegExp(`none of the ${SITE_POSTS.length} events listed could be read \\(site event 1021: no start_date\\)`),
      ),
    );
    expect(data.bytes()).toEqual(before);
  });

  it('a failure on a later page: nothing of the earlier pages is written', async () => {
    site.fail('malformed-json', { fromPage: 3 });
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/events\/\?\S*page=3: malformed JSON/);
    expect(site.eventRequests()).toHaveLength(3);
    expect(data.bytes()).toEqual(before);
  });

  it('the Events Calendar API switched off (rest_no_route)', async () => {
    site.options.apiOff = true;
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      failureLine(
        /the site has no Events Calendar API here \(HTTP 404: rest_no_route \(No route was found matching the URL and request method\.\)\): is The Events Calendar active, with its REST API on\?/,
      ),
    );
    expect(data.bytes()).toEqual(before);
  });

  it('a refused connection, after the retries', async () => {
    const port = await closedPort();
    let retries = 0;
    const run = await syncCli(['--site', `http://127.0.0.1:${port}`, '--out', data.out], {
      client: { onRetry: () => retries++ },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^iisg sync: http://127\\.0\\.0\\.1:${port}/wp-json/tribe/events/v1/events\\?\\S*: connection refused \\(is the site up\\?\\); nothing written\\n$`,
      ),
    );
    expect(retries).toBe(RETRIES);
    expect(data.bytes()).toEqual(before);
  });

  it.each<[string, (next: string, origin: string) => string, RegExp]>([
    [
      'a next_rest_url that loops back',
      (next) => next.replace(/&page=\d+$/, '&page=1'),
      /next_rest_url points back to a page already read/,
    ],
    [
      'a next_rest_url that leads off the site',
      (next, origin) => next.replace(origin, 'http://wb-iisg.example.org'),
      /next_rest_url leads off the site \(http:\/\/wb-iisg\.example\.org\); not followed/,
    ],
  ])('%s', async (_name, rewrite, problem) => {
    site.rewriteNext = (next) => rewrite(next, site.url);
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(problem);
    expect(data.bytes()).toEqual(before);
  });

  it.each<[string, Parameters<typeof syncCli>[1], RegExp]>([
    [
      'more pages than a run may read',
      { limits: { maxPages: 2 } },
      /the listing goes on past 2 pages \(the limit per run\); nothing synced/,
    ],
    [
      'more bytes than a run may read',
      { client: { maxBytes: 40_000 } },
      /this run's answers passed the limit of 39 KB per run; stopped reading/,
    ],
  ])('%s', async (_name, options, problem) => {
    const run = await syncCli(['--site', site.url, '--out', data.out], options);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(problem);
    expect(data.bytes()).toEqual(before);
  });
});

describe('what a run survives', () => {
  it('retries a 503 and goes on', async () => {
    site.fail('unavailable', { times: 2 });
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(site.eventRequests()).toHaveLength(2 + Math.ceil(SITE_POSTS.length / 10));
    expect(data.events().find((event) => event.siteId === 1021)?.title).toBe('IISG Board Meeting in Tirana, renamed');
  });

  it("follows a next_rest_url that names the site by another loopback name, on the site's own address", async () => {
    site.rewriteNext = (next) => next.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'http://localhost');
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(0);
    expect(site.eventRequests()).toHaveLength(Math.ceil(SITE_POSTS.length / 10));
    expect(data.events()).toHaveLength(SITE_POSTS.length);
  });

  it('keeps a permalink on this machine (localhost) as the source', async () => {
    site.posts.find((post) => post.id === 1301)!.mangle = (json) =>
      void (json.url = 'http://localhost:8080/event/electronic-evidence/');
    await syncCli(['--site', site.url, '--out', data.out]);
    expect(data.events().find((event) => event.siteId === 1301)?.source).toBe(
      'http://localhost:8080/event/electronic-evidence/',
    );
  });

  it('a page past the end (events removed during the run) ends the listing with a note', async () => {
    site.afterPage = (page) => {
      if (page === 1) site.posts.splice(0, 30);
    };
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /note: the site had fewer pages than it announced \(\S+&page=2 is past the end: events were removed during the run\)/,
    );
    // Nothing dropped: the events no longer listed are still in the dataset.
    expect(data.events()).toHaveLength(SITE_POSTS.length);
  });

  it.each<[string, (json: Record<string, unknown>) => void, RegExp]>([
    ['without a start_date', (json) => delete json.start_date, /no start_date/],
    [
      'without dates at all',
      (json) => {
        delete json.start_date;
        delete json.end_date;
      },
      /no start_date/,
    ],
    [
      'that ends before it starts',
      (json) => void (json.end_date = '2021-01-01 10:00:00'),
      /end_date "2021-01-01 10:00:00" is before start_date "2023-01-24 09:00:00"/,
    ],
    [
      'with a date that is not a day',
      (json) => void (json.start_date = '2023-02-30 09:00:00'),
      /start_date: expected a date as YYYY-MM-DD HH:MM:SS, got "2023-02-30 09:00:00"/,
    ],
    ['with a title that is not text', (json) => void (json.title = 42), /field "title": expected a string, got 42/],
  ])('a single bad event (%s) is reported by id and skipped; the rest are synced', async (_name, mangle, reason) => {
    site.posts.find((post) => post.id === 1301)!.mangle = mangle;
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^iisg sync: skipped site event 1301 \\(http://127\\.0\\.0\\.1:\\d+/event/regional-workshop-electronic-evidence-belgrade/\\): ${reason.source}`,
      ),
    );
    expect(run.stdout).toMatch(/site event 1301 · skipped/);
    expect(data.events().find((event) => event.siteId === 1021)?.title).toBe('IISG Board Meeting in Tirana, renamed');
    // The event synced before is kept as it was.
    expect(data.events().filter((event) => event.siteId === 1301)).toHaveLength(1);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
