// `iisg sync` end to end against the fake site: a backfill over pages with a low cap, the records' facts
// against what each post says, re-runs that change nothing, edited and new posts, hand edits kept, plain
// permalinks, and a dataset first ingested from news text.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSite, type FakeSite } from '../fakes/events-calendar-site.js';
import { LATE_POST, SITE_POSTS } from '../fixtures/site-events.js';
import { jsonLines, runIisg } from '../cli/cli-harness.js';
import { SEED_NEWS_FILE } from '../ingest/ingest-fixtures.js';
import { splitPosts } from '../../src/ingest/split-posts.js';
import { asWordPressShowsIt, lastDayOf, sitePosts, SITE_NOW, syncCli, tempDataset } from './sync-harness.js';

let site: FakeSite;
afterEach(async () => site?.close());

const start = (options: Parameters<typeof startFakeSite>[0] = {}) =>
  startFakeSite({ posts: sitePosts(), now: SITE_NOW, ...options }).then((started) => (site = started));

describe('iisg sync: a backfill', () => {
  it('reads every page and writes one record per event, with what each post says', async () => {
    await start({ maxPerPage: 7 });
    const data = tempDataset();
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${SITE_POSTS.length} posts: ${SITE_POSTS.length} added, 0 updated, 0 unchanged, 0 skipped`,
    );
    expect(run.stdout).toContain(`wrote ${data.out} and ${data.memory}`);

    const requests = site.eventRequests();
    expect(requests).toHaveLength(Math.ceil(SITE_POSTS.length / 7));
    for (const request of requests) {
      expect(request.query.get('start_date')?.slice(0, 10)).toBe('2020-01-01');
      expect(request.userAgent).toMatch(/^iisg-bot\/\d+\.\d+\.\d+ /);
    }

    const events = data.events();
    expect(events).toHaveLength(SITE_POSTS.length);
    for (const post of SITE_POSTS) {
      const event = events.find((one) => one.siteId === post.id);
      expect(event, post.title).toBeDefined();
      expect(event, post.title).toMatchObject({
        title: asWordPressShowsIt(post.title),
        start: post.start.slice(0, 10),
        end: lastDayOf(post),
        city: post.expect.city,
        country: post.expect.country,
        people: post.expect.people,
        source: `${site.url}/event/${post.slug}/`,
        summary: post.content.map(asWordPressShowsIt).join('\n\n'),
      });
      expect(event!.organisers, post.title).toEqual(expect.arrayContaining(post.expect.organisers));
    }
  });

  it('takes topics from categories, tags and the text', async () => {
    await start();
    const data = tempDataset();
    await syncCli(['--site', site.url, '--out', data.out]);
    const byId = new Map(data.events().map((event) => [event.siteId, event]));
    // Tags that name a known topic, a topic of their own, a region (not a topic); categories are sections.
    expect(byId.get(1047)!.topics).toEqual(
      expect.arrayContaining(['preventing violent extremism', 'counter-terrorism']),
    );
    expect(byId.get(1423)!.topics).toEqual(expect.arrayContaining(['preventing violent extremism', 'rule of law']));
    expect(byId.get(1021)!.topics).not.toContain('western balkans');
    expect(byId.get(1021)!.topics).not.toContain('meetings');
    expect(byId.get(1301)!.topics[0]).toBe('cybercrime');
  });

  it('answers questions from the synced file', async () => {
    await start();
    const data = tempDataset();
    await syncCli(['--site', site.url, '--out', data.out]);
    const [where] = jsonLines(
      (await runIisg(['ask', 'where was Sojati in 2023', '--json', '--data', data.out, '--now', '2026-11-28'])).stdout,
    );
    const expected = SITE_POSTS.filter(
      (post) => post.start.startsWith('2023') && post.expect.people.includes('Agron Sojati'),
    );
    expect(where).toMatchObject({ count: expected.length });
    expect((where?.events as { city: string }[]).map((event) => event.city).sort()).toEqual(
      expected.map((post) => post.expect.city).sort(),
    );
  });

  it('follows next_rest_url as given on a site with plain permalinks (index.php?rest_route=)', async () => {
    await start({ permalinks: 'plain', maxPerPage: 10 });
    const data = tempDataset();
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(0);
    expect(data.events()).toHaveLength(SITE_POSTS.length);
    const paths = site.requests.map(
      (request) => `${request.path}${request.query.has('rest_route') ? ' rest_route' : ''}`,
    );
    expect(paths[0]).toBe('/wp-json/tribe/events/v1/events');
    expect(paths.slice(1)).toEqual(
      Array.from({ length: Math.ceil(SITE_POSTS.length / 10) }, () => '/index.php rest_route'),
    );
    expect(data.events().find((event) => event.siteId === 1021)?.source).toBe(
      `${site.url}/?tribe_events=iisg-board-meeting-tirana-2020`,
    );
  });

  it('writes nothing with --dry-run, and prints the report as one JSON object with --json', async () => {
    await start();
    const data = tempDataset();
    const dry = await syncCli(['--site', site.url, '--out', data.out, '--dry-run', '--json']);
    const [report, ...rest] = jsonLines(dry.stdout);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      dryRun: true,
      written: false,
      fetched: { listed: SITE_POSTS.length, total: SITE_POSTS.length },
      report: { counts: { added: SITE_POSTS.length } },
    });
    expect(() => readFileSync(data.out)).toThrow();
  });
});

describe('iisg sync: the next runs', () => {
  it('changes nothing, byte for byte, when nothing changed on the site', async () => {
    await start({ maxPerPage: 9 });
    const data = tempDataset();
    await syncCli(['--site', site.url, '--out', data.out]);
    const before = data.bytes();
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.stdout).toContain(
      `${SITE_POSTS.length} posts: 0 added, 0 updated, ${SITE_POSTS.length} unchanged, 0 skipped`,
    );
    expect(run.stdout).toContain('already up to date: nothing written');
    expect(data.bytes()).toEqual(before);
  });

  it('updates the same record when a post is renamed, re-dated and rewritten', async () => {
    await start();
    const data = tempDataset();
    await syncCli(['--site', site.url, '--out', data.out]);
    const before = data.events().find((event) => event.siteId === 1301)!;
    const post = site.posts.find((one) => one.id === 1301)!;
    post.title = 'Cybercrime: regional workshop on electronic evidence, Novi Sad';
    post.start = '2023-01-31 09:00:00';
    post.end = '2023-02-01 16:00:00';
    post.venue = { name: 'Hotel Park', city: 'Novi Sad', country: 'Serbia' };
    post.content = [...post.content, 'The workshop was moved to Novi Sad at the request of the host.'];
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.stdout).toContain(`site event 1301 · updated · ${before.id}`);
    const after = data.events().filter((event) => event.siteId === 1301);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: before.id,
      title: post.title,
      start: '2023-01-31',
      end: '2023-02-01',
      city: 'Novi Sad',
      country: 'Serbia',
    });
    expect(after[0]!.summary).toContain('moved to Novi Sad');
    expect(data.events()).toHaveLength(SITE_POSTS.length);
  });

  it('keeps a hand edit and says so, while the rest follows the site', async () => {
    await start();
    const data = tempDataset();
    await syncCli(['--site', site.url, '--out', data.out]);
    const events = data.events();
    const edited = events.find((event) => event.siteId === 1315)!;
    edited.city = 'Kotor';
    edited.topics = ['serious crime'];
    writeFileSync(data.out, JSON.stringify(events, null, 2));
    site.posts.find((one) => one.id === 1315)!.content.push('The next meeting will be held in Rome.');
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.stdout).toContain('kept hand edit of city: "Kotor" (the site gives "Tivat")');
    expect(run.stdout).toContain('kept hand edit of topics');
    const after = data.events().find((event) => event.siteId === 1315)!;
    expect(after).toMatchObject({ city: 'Kotor', country: 'Montenegro', topics: ['serious crime'] });
    expect(after.summary).toMatch(/next meeting will be held in Rome\.$/);
  });

  it('adds a newly published post, keeps one removed from the site, and never re-adds one deleted by hand', async () => {
    await start();
    const data = tempDataset();
    await syncCli(['--site', site.url, '--out', data.out]);
    const deleted = data.events().find((event) => event.siteId === 1055)!;
    writeFileSync(
      data.out,
      JSON.stringify(
        data.events().filter((event) => event.siteId !== 1055),
        null,
        2,
      ),
    );
    site.posts.push(structuredClone(LATE_POST));
    site.posts.splice(
      site.posts.findIndex((post) => post.id === 1602),
      1,
    );
    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.stdout).toContain(
      `event ${deleted.id} was ingested before and has since been removed from the dataset by hand; not added again`,
    );
    const ids = data.events().map((event) => event.siteId);
    expect(ids).toContain(LATE_POST.id);
    expect(ids).toContain(1602);
    expect(ids).not.toContain(1055);
    expect(data.events().find((event) => event.siteId === LATE_POST.id)).toMatchObject({
      city: 'Podgorica',
      people: LATE_POST.expect.people,
    });
  });
});

describe('iisg sync after iisg ingest', () => {
  it('links the events ingested from news text to their site posts instead of adding them twice', async () => {
    await start();
    const data = tempDataset();
    await runIisg(['ingest', SEED_NEWS_FILE, '--out', data.out]);
    const seedTitles = new Set(splitPosts(readFileSync(SEED_NEWS_FILE, 'utf8')).map((post) => post.title));
    const onBoth = SITE_POSTS.filter((post) => seedTitles.has(asWordPressShowsIt(post.title)));
    expect(onBoth.length).toBeGreaterThanOrEqual(8);

    const run = await syncCli(['--site', site.url, '--out', data.out]);
    expect(run.code).toBe(0);
    const events = data.events();
    expect(events).toHaveLength(seedTitles.size + SITE_POSTS.length - onBoth.length);
    for (const post of onBoth) {
      const linked = events.filter((event) => event.siteId === post.id);
      expect(linked, post.title).toHaveLength(1);
      // What ingest wrote follows the site's full post: its text, its link, its venue.
      expect(linked[0], post.title).toMatchObject({
        source: `${site.url}/event/${post.slug}/`,
        city: post.expect.city,
        summary: post.content.map(asWordPressShowsIt).join('\n\n'),
      });
    }

    // The pasted news text no longer changes what the site gave.
    const before = data.bytes();
    const again = await runIisg(['ingest', SEED_NEWS_FILE, '--out', data.out]);
    expect(again.stdout).toContain('comes from the site');
    expect(data.bytes()).toEqual(before);
  });
});

describe('iisg sync: usage mistakes', () => {
  it.each([
    [['--site', 'wb-iisg.com'], '--site: expected the site\'s address, e.g. https://wb-iisg.com, got "wb-iisg.com"'],
    [['--since', '2020'], '--since: expected a day as YYYY-MM-DD, got "2020"'],
    [['--since', '2023-02-30'], '--since expects a real day as YYYY-MM-DD, got "2023-02-30"'],
    [['events.json'], 'expected no file names, got "events.json" (the dataset is --out FILE)'],
    [['--output', 'x.json'], "Unknown option '--output'"],
  ])('%j', async (args, message) => {
    const run = await syncCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
