import { describe, expect, it } from 'vitest';
import { fakeEvent } from '../digest/dataset-events.js';
import { useTempDir } from '../store/temp-dir.js';
import { createHarness } from './scheduler-harness.js';
import type { Harness, HarnessOptions } from './scheduler-harness.js';

// Wednesday 3 January 2024, 11:00 in Tirana (UTC+1 in winter).
const START = new Date('2024-01-03T10:00:00Z');
// Monday 09:00 in Tirana is 08:00 UTC until the end of March.
const MONDAY_8_JAN = new Date('2024-01-08T08:00:00Z');
const MONDAY_15_JAN = new Date('2024-01-15T08:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const TIRANE_WEEKLY = { channelId: 'C0TIRANE', cadence: 'weekly', day: 1, time: '09:00', timeZone: 'Europe/Tirane' } as const;

describe('digest scheduler', () => {
  const tempDir = useTempDir('iisg-scheduler-');
  const harnesses: Harness[] = [];
  function setup(options: Partial<HarnessOptions> = {}): Harness {
    const harness = createHarness({ dir: tempDir(), start: START, ...options });
    harnesses.push(harness);
    harness.addEvent(fakeEvent('old', '2023-12-20'), new Date('2023-12-21T00:00:00Z'));
    harness.addEvent(fakeEvent('this-week', '2024-01-02'), new Date('2024-01-02T18:00:00Z'));
    harness.addEvent(fakeEvent('next-week', '2024-01-09', '2024-01-10'), new Date('2024-01-10T18:00:00Z'));
    harness.start();
    return harness;
  }
  const cleanup = () => harnesses.splice(0).forEach((h) => h.close());

  it('posts the period it was subscribed in, at the local time, without earlier history', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() - 1000));
    expect(h.posters.slack.posted).toEqual([]);
    await h.clock.advanceTo(MONDAY_8_JAN);
    expect(h.posters.slack.posted).toMatchObject([{ channelId: 'C0TIRANE', at: MONDAY_8_JAN, periodFrom: '2024-01-01', eventIds: ['this-week'], alsoAddedIds: [] }]);
    expect(h.posters.slack.posted[0]?.text).toMatch(/^IISG weekly digest · 1–7 January 2024\n1 event\n/);
    const row = h.store().deliveries.get(1, '2024-01-01');
    expect(row).toMatchObject({ state: 'sent', messageId: 'slack-1', attempts: 1 });
    cleanup();
  });

  it('never posts a period twice across restarts', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    await h.clock.advanceTo(MONDAY_8_JAN);
    for (const minutes of [1, 30, 600]) {
      await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + minutes * MINUTE));
      h.restart();
    }
    await h.clock.advanceTo(new Date(MONDAY_15_JAN.getTime() - 1000));
    expect(h.posters.slack.posted).toHaveLength(1);
    await h.clock.advanceTo(MONDAY_15_JAN);
    expect(h.posters.slack.posted.map((p) => [p.periodFrom, p.eventIds])).toEqual([
      ['2024-01-01', ['this-week']],
      ['2024-01-08', ['next-week']],
    ]);
    cleanup();
  });

  it('after downtime posts only the latest missed period, once, carrying the skipped events as "also added"', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    h.crash();
    const back = new Date('2024-01-24T12:00:00Z'); // down for three Mondays
    await h.clock.advanceTo(back);
    h.addEvent(fakeEvent('third-week', '2024-01-16'), new Date('2024-01-16T00:00:00Z'));
    h.start();
    await h.clock.settle();
    expect(h.posters.slack.posted).toMatchObject([{ at: back, periodFrom: '2024-01-15', eventIds: ['third-week'], alsoAddedIds: ['this-week', 'next-week'] }]);
    h.restart();
    await h.clock.advanceTo(new Date('2024-01-29T07:59:00Z'));
    expect(h.posters.slack.posted).toHaveLength(1);
    cleanup();
  });

  it.each([true, false])('posts once after a crash between claim and post (platform never got it; lookup available: %s)', async (canFindPosted) => {
    const h = setup({ canFindPosted });
    h.subscribe(TIRANE_WEEKLY);
    let crashes = 0;
    h.posters.slack.decide = () => (crashes === 0 ? 'hang' : 'ok');
    h.posters.slack.onHang = () => void crashes++;
    await h.clock.advanceTo(MONDAY_8_JAN);
    expect(crashes).toBe(1);
    h.restart();
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + 4 * MINUTE));
    expect(h.posters.slack.posted).toHaveLength(0); // the dead process's claim still holds
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + 5 * MINUTE));
    expect(h.posters.slack.posted).toMatchObject([{ periodFrom: '2024-01-01', eventIds: ['this-week'] }]);
    expect(h.store().deliveries.get(1, '2024-01-01')).toMatchObject({ state: 'sent', attempts: 2 });
    await h.clock.advanceTo(new Date(MONDAY_15_JAN.getTime() - 1000));
    expect(h.posters.slack.posted).toHaveLength(1);
    cleanup();
  });

  it('recognises its own post after a crash between the platform accepting it and the sent mark', async () => {
    const h = setup({ canFindPosted: true });
    h.subscribe(TIRANE_WEEKLY);
    h.posters.slack.decide = () => (h.posters.slack.attempts.length === 0 ? 'post-then-hang' : 'ok');
    await h.clock.advanceTo(MONDAY_8_JAN);
    h.restart();
    await h.clock.advanceTo(new Date(MONDAY_15_JAN.getTime() - 1000));
    expect(h.posters.slack.posted).toHaveLength(1);
    expect(h.store().deliveries.get(1, '2024-01-01')).toMatchObject({ state: 'sent', messageId: h.posters.slack.posted[0]?.messageId });
    expect([...h.store().deliveries.announcedIds(1)]).toContain('this-week');
    cleanup();
  });

  it('without a lookup, that same narrow window posts twice (at-least-once, documented)', async () => {
    const h = setup({ canFindPosted: false });
    h.subscribe(TIRANE_WEEKLY);
    h.posters.slack.decide = () => (h.posters.slack.attempts.length === 0 ? 'post-then-hang' : 'ok');
    await h.clock.advanceTo(MONDAY_8_JAN);
    h.restart();
    await h.clock.advanceTo(new Date(MONDAY_15_JAN.getTime() - 1000));
    expect(h.posters.slack.posted.map((p) => p.periodFrom)).toEqual(['2024-01-01', '2024-01-01']);
    cleanup();
  });

  it('retries rate limits after Retry-After and 5xx with backoff, then posts once', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    const script = ['rate-limit', 'server-error', 'server-error', 'ok'] as const;
    h.posters.slack.decide = () => script[h.posters.slack.attempts.length] ?? 'ok';
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + 2 * HOUR));
    const times = h.posters.slack.attempts.map((a) => (a.at.getTime() - MONDAY_8_JAN.getTime()) / 1000);
    // random() is 0.5: Retry-After 30 s + 0.5 s jitter; then 60 s and 120 s backoff (attempts 2 and 3).
    expect(times).toEqual([0, 30.5, 90.5, 210.5]);
    expect(h.posters.slack.posted).toHaveLength(1);
    expect(h.store().deliveries.get(1, '2024-01-01')).toMatchObject({ state: 'sent', attempts: 4 });
    cleanup();
  });

  it('keeps retrying an unclassified error, and logs it as an error', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    const post = h.posters.slack.post.bind(h.posters.slack);
    let calls = 0;
    h.posters.slack.post = async (channel, digest) => {
      if (calls++ === 0) throw new TypeError('socket hang up');
      return post(channel, digest);
    };
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + HOUR));
    expect(h.posters.slack.posted).toHaveLength(1);
    expect(h.log.lines.some((line) => line.includes('ERROR') && line.includes('unclassified') && line.includes('socket hang up'))).toBe(true);
    cleanup();
  });

  it('pauses a subscription on a permanent failure, without delaying other channels, and resumes when fixed', async () => {
    const h = setup();
    const broken = h.subscribe(TIRANE_WEEKLY);
    const healthy = h.subscribe({ ...TIRANE_WEEKLY, channelId: 'C0HEALTHY' });
    let fixed = false;
    h.posters.slack.decide = (channel) => (channel === 'C0TIRANE' && !fixed ? 'permanent' : 'ok');
    await h.clock.advanceTo(MONDAY_8_JAN);
    expect(h.posters.slack.posted.map((p) => [p.channelId, p.at])).toEqual([['C0HEALTHY', MONDAY_8_JAN]]);
    expect(h.store().subscriptions.get(broken.id)).toMatchObject({ pausedReason: 'the bot is not in this channel', pausedAt: MONDAY_8_JAN });

    // Paused: no retries in between; the next scheduled run is a probe, which still fails.
    await h.clock.advanceTo(MONDAY_15_JAN);
    expect(h.posters.slack.attempts.filter((a) => a.channelId === 'C0TIRANE').map((a) => a.at)).toEqual([MONDAY_8_JAN, MONDAY_15_JAN]);

    // Fixed (the bot was invited back); a resume takes effect at once and posts the latest period with
    // what the channel missed as "also added".
    fixed = true;
    await h.clock.advanceBy(DAY);
    h.store().subscriptions.resume(broken.id);
    h.scheduler().refresh();
    await h.clock.advanceBy(0);
    const resumed = h.posters.slack.posted.filter((p) => p.channelId === 'C0TIRANE');
    expect(resumed).toMatchObject([{ periodFrom: '2024-01-08', eventIds: ['next-week'], alsoAddedIds: ['this-week'] }]);
    expect(h.store().subscriptions.get(broken.id)?.pausedReason).toBeNull();
    expect(h.posters.slack.posted.filter((p) => p.channelId === 'C0HEALTHY')).toHaveLength(2);
    expect(healthy.id).not.toBe(broken.id);
    cleanup();
  });

  it('resumes by itself at the next scheduled run once posting works again', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    let fixed = false;
    h.posters.slack.decide = () => (fixed ? 'ok' : 'permanent');
    await h.clock.advanceTo(MONDAY_8_JAN);
    fixed = true;
    await h.clock.advanceTo(new Date(MONDAY_15_JAN.getTime() - 1000));
    expect(h.posters.slack.posted).toHaveLength(0);
    await h.clock.advanceTo(MONDAY_15_JAN);
    expect(h.posters.slack.posted).toMatchObject([{ at: MONDAY_15_JAN, periodFrom: '2024-01-08', alsoAddedIds: ['this-week'] }]);
    expect(h.store().subscriptions.get(1)?.pausedReason).toBeNull();
    expect(h.store().deliveries.get(1, '2024-01-01')?.state).toBe('superseded');
    cleanup();
  });

  it('does not let a channel whose post hangs hold up another', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    h.subscribe({ ...TIRANE_WEEKLY, channelId: 'C0OTHER', platform: 'discord' });
    h.posters.slack.decide = () => 'hang';
    await h.clock.advanceTo(MONDAY_8_JAN);
    expect(h.posters.discord.posted.map((p) => p.at)).toEqual([MONDAY_8_JAN]);
    cleanup();
  });

  it('posts nothing for an empty period unless the subscription is quiet', async () => {
    const h = setup();
    const loud = h.subscribe({ ...TIRANE_WEEKLY, filter: 'Montenegro' });
    const quiet = h.subscribe({ ...TIRANE_WEEKLY, channelId: 'C0QUIET', filter: 'Montenegro', quiet: true });
    await h.clock.advanceTo(MONDAY_8_JAN);
    expect(h.posters.slack.posted.map((p) => [p.channelId, p.eventIds])).toEqual([['C0QUIET', []]]);
    expect(h.posters.slack.posted[0]?.text).toContain('No activities recorded in this period · filter: Montenegro');
    expect(h.store().deliveries.get(loud.id, '2024-01-01')?.state).toBe('empty');
    expect(h.store().deliveries.get(quiet.id, '2024-01-01')?.state).toBe('sent');
    cleanup();
  });

  it('announces a late, old-dated event once, in the next digest, and only where the filter matches', async () => {
    const h = setup();
    h.subscribe(TIRANE_WEEKLY);
    const filtered = h.subscribe({ ...TIRANE_WEEKLY, channelId: 'C0MNE', filter: 'Montenegro', quiet: true });
    await h.clock.advanceTo(MONDAY_8_JAN);
    h.addEvent(fakeEvent('late-budva', '2024-01-03', '2024-01-03', { city: 'Budva', country: 'Montenegro' }));
    h.addEvent(fakeEvent('late-history', '2023-06-01'));
    await h.clock.advanceTo(new Date(MONDAY_15_JAN.getTime() + 7 * DAY));
    const byChannel = (channel: string) => h.posters.slack.posted.filter((p) => p.channelId === channel).map((p) => [p.periodFrom, p.eventIds, p.alsoAddedIds]);
    expect(byChannel('C0TIRANE')).toEqual([
      ['2024-01-01', ['this-week'], []],
      ['2024-01-08', ['next-week'], ['late-history', 'late-budva']],
    ]);
    expect(byChannel('C0MNE')).toEqual([
      ['2024-01-01', [], []],
      ['2024-01-08', [], ['late-budva']],
      ['2024-01-15', [], []],
    ]);
    expect(filtered.filter).toBe('Montenegro');
    cleanup();
  });
});

describe('digest scheduler shutdown', () => {
  const tempDir = useTempDir('iisg-drain-');

  it('drains: starts nothing new, records a post that finishes in time, and leaves a hung one to its lease', async () => {
    const h = createHarness({ dir: tempDir(), start: START });
    h.addEvent(fakeEvent('this-week', '2024-01-02'), new Date('2024-01-02T18:00:00Z'));
    h.start();
    h.subscribe(TIRANE_WEEKLY);
    h.subscribe({ ...TIRANE_WEEKLY, channelId: 'C0HUNG' });
    const post = h.posters.slack.post.bind(h.posters.slack);
    let finishSlowPost: () => void = () => {};
    h.posters.slack.post = (channel, digest) =>
      channel === 'C0HUNG' ? new Promise(() => {}) : new Promise((resolve) => (finishSlowPost = () => resolve(post(channel, digest))));
    await h.clock.advanceTo(MONDAY_8_JAN);
    const drained = h.scheduler().drain(30_000);
    finishSlowPost();
    await h.clock.advanceBy(30_000);
    await drained;
    expect(h.store().deliveries.get(1, '2024-01-01')?.state).toBe('sent');
    expect(h.store().deliveries.get(2, '2024-01-01')?.state).toBe('posting');
    expect(h.log.lines.some((line) => line.includes('still unanswered at shutdown'))).toBe(true);
    // Nothing new starts after a drain, even when due.
    await h.clock.advanceTo(MONDAY_15_JAN);
    expect(h.store().deliveries.get(1, '2024-01-08')).toBeNull();
    h.close();
  });
});

describe('digest scheduler and bugs', () => {
  const tempDir = useTempDir('iisg-bug-');

  it('waits a minute after an unexpected error before composing the digest again (no busy loop)', async () => {
    const h = createHarness({ dir: tempDir(), start: START });
    h.addEvent(fakeEvent('this-week', '2024-01-02'), new Date('2024-01-02T18:00:00Z'));
    h.start();
    h.subscribe({ ...TIRANE_WEEKLY, filter: 'Albania' });
    const store = h.store();
    const announced = store.deliveries.announcedIds.bind(store.deliveries);
    let failures = 0;
    store.deliveries.announcedIds = (id) => {
      if (failures++ < 2) throw new Error('disk I/O error');
      return announced(id);
    };
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + 59_999));
    expect(failures).toBe(1);
    await h.clock.advanceTo(new Date(MONDAY_8_JAN.getTime() + 2 * 60_000));
    expect(h.posters.slack.posted.map((p) => p.at.getTime() - MONDAY_8_JAN.getTime())).toEqual([120_000]);
    expect(h.log.lines.filter((line) => line.includes('failed unexpectedly') && line.includes('disk I/O error'))).toHaveLength(2);
    h.close();
  });
});
