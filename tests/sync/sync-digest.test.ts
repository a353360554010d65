// A post published on the site after a channel subscribed reaches that channel's next digest once: the sync
// adds it to the dataset, the bot reloads, and the digest's "also added" shows it; the following digests do
// not, even after further syncs (the record keeps its id, so the channel's history knows it).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../adapters/log.js';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createDatasetHolder } from '../../adapters/data/watch-dataset.js';
import { runSync } from '../../adapters/site/run-sync.js';
import { createDigestScheduler } from '../../adapters/scheduler/digest-scheduler.js';
import { createEngineDigestSource } from '../../adapters/scheduler/digest-source.js';
import { saveSubscription } from '../../adapters/digest/save-subscription.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import { startFakeSite, type FakeSite } from '../fakes/events-calendar-site.js';
import { LATE_POST } from '../fixtures/site-events.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import { createFakePoster } from '../scheduler/fake-poster.js';
import { sitePosts, tempDataset } from './sync-harness.js';

let site: FakeSite;
afterEach(async () => site?.close());

describe('a newly published event and the digests', () => {
  it('reaches the next digest of a channel once, as "also added"', async () => {
    const clock = createFakeClock(new Date('2026-11-27T10:00:00Z'));
    site = await startFakeSite({ posts: sitePosts(), now: clock.now() });
    const data = tempDataset();
    const sync = () =>
      runSync({ site: site.url, out: data.out, since: '2020-01-01', now: clock.now(), client: { retryDelayMs: 5 } });
    await sync();

    const log = createMemoryLogger();
    const dataset = createDatasetHolder(() => loadEngine({ eventsFile: data.out }), log);
    const store = openDigestStore(join(data.dir, 'state.db'));
    const poster = createFakePoster(clock, { canFindPosted: true, platform: 'slack' });
    const source = createEngineDigestSource(dataset.engine);
    const scheduler = createDigestScheduler({
      store,
      posters: { slack: poster },
      source,
      clock,
      log,
      random: () => 0.5,
    });
    saveSubscription(
      store.subscriptions,
      source.events(),
      {
        platform: 'slack',
        workspaceId: 'T0IISG',
        channelId: 'C-EVENTS',
        channelName: null,
        cadence: 'weekly',
        day: 1,
        time: '09:00',
        timeZone: 'Europe/Tirane',
        filter: null,
        quiet: true,
        createdBy: 'U0ADMIN',
      },
      clock.now(),
    );
    scheduler.start();

    // Published on the site after the subscription, about a workshop held two weeks earlier.
    site.posts.push(structuredClone(LATE_POST));
    expect((await sync()).written).toBe(true);
    expect(dataset.reload()).toBe(true);
    const late = dataset.engine().events.find((event) => event.siteId === LATE_POST.id)!;
    expect(late).toBeDefined();

    const weeks = ['2026-11-30T09:00:00Z', '2026-12-07T09:00:00Z', '2026-12-14T09:00:00Z'];
    for (const week of weeks) {
      await clock.advanceTo(new Date(week));
      await scheduler.idle();
      expect((await sync()).written).toBe(false);
      dataset.reload();
    }
    expect(poster.posted.map((post) => post.periodFrom)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(poster.posted.map((post) => post.alsoAddedIds)).toEqual([[late.id], [], []]);
    const announced = poster.posted.flatMap((post) => [...post.eventIds, ...post.alsoAddedIds]);
    expect(announced.filter((id) => id === late.id)).toHaveLength(1);
    // The event of the week 7-13 December (the annual meeting) comes in its own week's digest.
    expect(poster.posted[2]!.eventIds).toEqual([dataset.engine().events.find((event) => event.siteId === 1641)!.id]);

    scheduler.stop();
    store.close();
    dataset.close();
  });
});
