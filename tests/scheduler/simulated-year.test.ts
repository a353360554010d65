// A year of digests in a few seconds: seven subscriptions in four continents' time zones, a dataset that
// grows as the year goes (some events added months late), random restarts and downtime, rate limits, 5xx,
// crashes in the middle of a post, a channel that breaks for six weeks, and both DST switches. Expected
// run times are computed here from the wall clock (Intl), independently of croner.
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/index.js';
import { fakeEvent } from '../digest/dataset-events.js';
import { useTempDir } from '../store/temp-dir.js';
import { createHarness } from './scheduler-harness.js';
import type { Harness } from './scheduler-harness.js';
import type { Outcome } from './fake-poster.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = new Date('2024-01-01T00:00:00Z');
const END = new Date('2025-01-08T00:00:00Z');
const BROKEN_FROM = new Date('2024-05-01T00:00:00Z');
const BROKEN_UNTIL = new Date('2024-06-10T00:00:00Z');
const COUNTRIES = ['Albania', 'Montenegro', 'Serbia', 'North Macedonia', 'Kosovo', 'Bosnia and Herzegovina', 'Italy'];

interface Spec {
  channelId: string;
  platform: 'slack' | 'discord';
  cadence: 'weekly' | 'monthly';
  day: number;
  time: string;
  timeZone: string;
  filter?: string;
  quiet?: boolean;
  subscribeAt: Date;
}

const SPECS: Spec[] = [
  { channelId: 'C-TIRANE', platform: 'slack', cadence: 'weekly', day: 1, time: '09:00', timeZone: 'Europe/Tirane', subscribeAt: START },
  { channelId: 'C-NEW-YORK', platform: 'slack', cadence: 'monthly', day: 1, time: '08:30', timeZone: 'America/New_York', subscribeAt: START },
  { channelId: 'D-KOLKATA', platform: 'discord', cadence: 'weekly', day: 5, time: '17:30', timeZone: 'Asia/Kolkata', filter: 'Montenegro', quiet: true, subscribeAt: START },
  { channelId: 'D-AUCKLAND', platform: 'discord', cadence: 'monthly', day: 2, time: '07:00', timeZone: 'Pacific/Auckland', subscribeAt: START },
  // 02:30 does not exist in Tirana on 31 March 2024 and happens twice on 27 October 2024.
  { channelId: 'C-TIRANE-NIGHT', platform: 'slack', cadence: 'weekly', day: 7, time: '02:30', timeZone: 'Europe/Tirane', subscribeAt: START },
  // 01:30 happens twice in New York on 3 November 2024.
  { channelId: 'C-NEW-YORK-NIGHT', platform: 'slack', cadence: 'weekly', day: 7, time: '01:30', timeZone: 'America/New_York', quiet: true, subscribeAt: START },
  { channelId: 'D-MIDYEAR', platform: 'discord', cadence: 'weekly', day: 3, time: '12:00', timeZone: 'Asia/Kolkata', subscribeAt: new Date('2024-07-17T06:00:00Z') },
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// --- wall-clock arithmetic, independent of the code under test -------------------------------------
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: number, timeZone: string): { day: string; time: string } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The first instant on `day` whose wall clock shows `time` or later: after a DST gap, the gap's end. */
function runInstant(day: string, time: string, timeZone: string): number {
  const naive = Date.parse(`${day}T${time}:00Z`);
  const reached = (t: number) => {
    const wall = wallClock(t, timeZone);
    return `${wall.day} ${wall.time}` >= `${day} ${time}`;
  };
  // Hour steps to the first instant at or past the wall time, then back an hour in quarter-hour steps.
  for (let hour = naive - 15 * HOUR; hour <= naive + 15 * HOUR; hour += HOUR) {
    if (!reached(hour)) continue;
    for (let t = hour - HOUR; t <= hour; t += 15 * MINUTE) if (reached(t)) return t;
  }
  throw new Error(`no run on ${day}`);
}

const dayShift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

function periodOf(cadence: Spec['cadence'], runDay: string): { from: string; to: string } {
  if (cadence === 'weekly') {
    const monday = dayShift(runDay, 1 - isoWeekday(runDay));
    return { from: dayShift(monday, -7), to: dayShift(monday, -1) };
  }
  const firstOfMonth = `${runDay.slice(0, 8)}01`;
  return { from: `${dayShift(firstOfMonth, -1).slice(0, 8)}01`, to: dayShift(firstOfMonth, -1) };
}

function containingPeriodFrom(cadence: Spec['cadence'], day: string): string {
  return cadence === 'weekly' ? dayShift(day, 1 - isoWeekday(day)) : `${day.slice(0, 8)}01`;
}

interface Run {
  at: number;
  period: { from: string; to: string };
}

function runsOf(spec: Spec, subscribedAt: number, end: number): Run[] {
  const firstPeriodFrom = containingPeriodFrom(spec.cadence, wallClock(subscribedAt, spec.timeZone).day);
  const runs: Run[] = [];
  for (let day = wallClock(subscribedAt, spec.timeZone).day; day <= wallClock(end, spec.timeZone).day; day = dayShift(day, 1)) {
    const matches = spec.cadence === 'weekly' ? isoWeekday(day) === spec.day : Number(day.slice(8)) === spec.day;
    if (!matches) continue;
    const at = runInstant(day, spec.time, spec.timeZone);
    const period = periodOf(spec.cadence, day);
    if (at <= end && period.from >= firstPeriodFrom) runs.push({ at, period });
  }
  return runs;
}

// --- the dataset: events that appear a few days after they happen, some much later -----------------
interface TimedEvent {
  event: EventRecord;
  addedAt: Date;
}

function generateDataset(random: () => number): TimedEvent[] {
  const events: TimedEvent[] = [];
  const first = Date.parse('2023-09-01T00:00:00Z');
  const span = Date.parse('2024-12-31T00:00:00Z') - first;
  for (let i = 0; i < 190; i++) {
    const start = new Date(first + Math.floor(random() * (span / DAY)) * DAY);
    const end = new Date(start.getTime() + Math.floor(random() * 3) * DAY);
    const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)] ?? 'Albania';
    const roll = random();
    const lagDays = roll < 0.8 ? random() * 5 : roll < 0.95 ? 6 + random() * 34 : 60 + random() * 140;
    const addedAt = end < START ? new Date(START.getTime() - DAY) : new Date(end.getTime() + DAY + lagDays * DAY);
    events.push({ event: fakeEvent(`ev-${i}`, iso(start), iso(end), { country, city: null }), addedAt });
  }
  // History that reaches the dataset mid-year (an archive import): old-dated, never seen before.
  for (let i = 0; i < 8; i++) {
    const start = new Date(Date.parse('2023-02-01T00:00:00Z') + Math.floor(random() * 200) * DAY);
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'Albania';
    events.push({ event: fakeEvent(`archive-${i}`, iso(start), iso(start), { country, city: null }), addedAt: new Date(Date.parse('2024-08-20T10:00:00Z') + i * HOUR) });
  }
  return events;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

// --- the year ----------------------------------------------------------------------------------------
interface Downtime {
  from: number;
  until: number;
}

interface YearResult {
  harness: Harness;
  downtimes: Downtime[];
  subscribedAt: Map<string, number>;
  dataset: TimedEvent[];
  pausedSeen: Set<string>;
}

async function simulateYear(dir: string, seed: number): Promise<YearResult> {
  const random = mulberry32(seed);
  const harness = createHarness({ dir, start: START, canFindPosted: true, random });
  const dataset = generateDataset(random);
  for (const entry of dataset) harness.addEvent(entry.event, entry.addedAt);
  const downtimes: Downtime[] = [];
  const subscribedAt = new Map<string, number>();
  const pausedSeen = new Set<string>();
  let crashRequested = false;

  // Crashes mid-post happen at random too; these make sure each kind happens at least twice a year.
  const forced = new Map<number, Outcome>([[40, 'hang'], [90, 'post-then-hang'], [160, 'hang'], [230, 'post-then-hang']]);
  let attempt = 0;
  const decide = (channelId: string, at: Date): Outcome => {
    if (channelId === 'D-KOLKATA' && at >= BROKEN_FROM && at < BROKEN_UNTIL) return 'permanent';
    const scripted = forced.get(++attempt);
    if (scripted) return scripted;
    const roll = random();
    if (roll < 0.015) return random() < 0.5 ? 'hang' : 'post-then-hang';
    if (roll < 0.075) return 'rate-limit';
    if (roll < 0.135) return 'server-error';
    return 'ok';
  };
  for (const poster of Object.values(harness.posters)) {
    poster.decide = (channelId, _digest, at) => decide(channelId, at);
    poster.onHang = () => void (crashRequested = true);
  }

  const restarts = Array.from({ length: 30 }, () => {
    const at = Math.floor(START.getTime() + DAY + random() * (END.getTime() - START.getTime() - 3 * DAY));
    const roll = random();
    const down = roll < 0.7 ? random() * 30 * MINUTE : roll < 0.95 ? HOUR + random() * 29 * HOUR : 5 * DAY + random() * 15 * DAY;
    return { at, down: Math.floor(down) };
  }).sort((a, b) => a.at - b.at);

  type Milestone = { at: number; run: () => Promise<void> };
  const goDown = async (down: number) => {
    const from = harness.clock.now().getTime();
    harness.crash();
    await harness.clock.advanceTo(new Date(from + down));
    downtimes.push({ from, until: harness.clock.now().getTime() });
    harness.start();
  };
  const milestones: Milestone[] = [
    ...restarts.map((restart) => ({ at: restart.at, run: () => goDown(restart.down) })),
    ...SPECS.map((spec) => ({
      at: spec.subscribeAt.getTime(),
      run: async () => {
        const { subscribeAt: _ignored, ...settings } = spec;
        harness.subscribe({ ...settings, filter: spec.filter ?? null, quiet: spec.quiet ?? false });
        subscribedAt.set(spec.channelId, harness.clock.now().getTime());
      },
    })),
    // Look at `list` material while the channel is broken.
    { at: Date.parse('2024-05-20T00:00:00Z'), run: async () => void recordPaused(harness, pausedSeen) },
  ].sort((a, b) => a.at - b.at);

  harness.start();
  for (const milestone of milestones) {
    while (harness.clock.now().getTime() < milestone.at) {
      await harness.clock.advanceTo(new Date(milestone.at), () => crashRequested);
      if (crashRequested) {
        crashRequested = false;
        await goDown(Math.floor(random() * 20 * MINUTE));
      }
    }
    await milestone.run();
  }
  while (harness.clock.now() < END) {
    await harness.clock.advanceTo(END, () => crashRequested);
    if (crashRequested) {
      crashRequested = false;
      await goDown(Math.floor(random() * 20 * MINUTE));
    }
  }
  // The platforms recover; two more hours let every retry still owed finish (backoff is capped at 1 h).
  for (const poster of Object.values(harness.posters)) poster.decide = () => 'ok';
  await harness.clock.advanceBy(2 * HOUR);
  return { harness, downtimes, subscribedAt, dataset, pausedSeen };
}

function recordPaused(harness: Harness, seen: Set<string>): void {
  for (const subscription of harness.store().subscriptions.list()) if (subscription.pausedReason) seen.add(`${subscription.channelId}: ${subscription.pausedReason}`);
}

describe('a simulated year of digests', () => {
  const tempDir = useTempDir('iisg-year-');

  it.each([20240101, 7, 424242])('posts every period once, at its local time, loses nothing and repeats nothing (seed %i)', async (seed) => {
    const { harness, downtimes, subscribedAt, dataset, pausedSeen } = await simulateYear(tempDir(), seed);
    const isDown = (t: number) => downtimes.some((d) => t > d.from && t < d.until);
    const upAfter = (t: number) => downtimes.find((d) => t > d.from && t < d.until)?.until ?? t;
    const store = harness.store();
    let checkedPeriods = 0;

    for (const spec of SPECS) {
      const poster = harness.posters[spec.platform];
      const subscription = store.subscriptions.find(spec.platform, spec.channelId, spec.cadence);
      expect(subscription, spec.channelId).not.toBeNull();
      if (!subscription) continue;
      const keyOf = (from: string) => `iisg:${subscription.id}:${from}`;
      const posts = poster.posted.filter((p) => p.channelId === spec.channelId);
      const attempts = poster.attempts.filter((a) => a.channelId === spec.channelId);

      // Exactly once: no period reached the channel twice.
      const keys = posts.map((p) => p.key);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i), `${spec.channelId} periods posted twice`).toEqual([]);

      const runs = runsOf(spec, subscribedAt.get(spec.channelId) ?? 0, harness.clock.now().getTime());
      expect(runs.length).toBeGreaterThan(spec.cadence === 'weekly' ? 20 : 6);
      for (const [index, run] of runs.entries()) {
        const next = runs[index + 1]?.at ?? Infinity;
        const due = isDown(run.at) ? upAfter(run.at) : run.at;
        const superseded = due >= next;
        const broken = spec.channelId === 'D-KOLKATA' && due >= BROKEN_FROM.getTime() && due < BROKEN_UNTIL.getTime();
        const row = store.deliveries.get(subscription.id, run.period.from);
        const post = posts.find((p) => p.key === keyOf(run.period.from));
        const label = `${spec.channelId} period ${run.period.from} due ${new Date(due).toISOString()}`;
        if (superseded) {
          expect(post, label).toBeUndefined();
          continue;
        }
        if (broken) {
          expect(post, label).toBeUndefined();
          expect(attempts.find((a) => a.key === keyOf(run.period.from))?.at.getTime(), label).toBe(due);
          continue;
        }
        checkedPeriods++;
        // Right local time: the first attempt happens exactly at the run (or at restart after downtime).
        const firstTry = attempts.find((a) => a.key === keyOf(run.period.from))?.at.getTime() ?? row?.finishedAt?.getTime();
        expect(firstTry, label).toBe(due);
        if (due === run.at) {
          const wall = wallClock(run.at, spec.timeZone).time;
          const gapDay = spec.channelId === 'C-TIRANE-NIGHT' && wallClock(run.at, spec.timeZone).day === '2024-03-31';
          expect(wall, label).toBe(gapDay ? '03:00' : spec.time);
        }
        if (spec.quiet || post) {
          expect(post, label).toBeDefined();
          expect(post!.at.getTime(), label).toBeLessThan(next);
          expect(row?.state, label).toBe('sent');
        } else {
          expect(row?.state, label).toBe('empty');
        }
      }

      // Nothing lost, nothing repeated: every event the channel should know of by its last digest was
      // announced exactly once, where it belongs; the history before subscribing never was.
      const subscribed = subscribedAt.get(spec.channelId) ?? 0;
      const firstPeriodFrom = containingPeriodFrom(spec.cadence, wallClock(subscribed, spec.timeZone).day);
      const announced = new Map<string, number>();
      for (const post of posts) {
        for (const id of [...post.eventIds, ...post.alsoAddedIds]) announced.set(id, (announced.get(id) ?? 0) + 1);
        const period = runs.find((run) => keyOf(run.period.from) === post.key)?.period;
        for (const id of post.eventIds) {
          const event = dataset.find((entry) => entry.event.id === id)!.event;
          expect(event.start <= period!.to && event.end >= period!.from, `${id} in ${post.key}`).toBe(true);
        }
        for (const id of post.alsoAddedIds) expect(dataset.find((entry) => entry.event.id === id)!.event.end < period!.from).toBe(true);
      }
      const last = posts.at(-1);
      const lastPeriod = runs.find((run) => keyOf(run.period.from) === last?.key)?.period;
      for (const { event, addedAt } of dataset) {
        const count = announced.get(event.id) ?? 0;
        const matches = !spec.filter || event.country === spec.filter;
        const history = addedAt.getTime() <= subscribed && event.end < firstPeriodFrom;
        if (!matches || history) {
          expect(count, `${spec.channelId} must not announce ${event.id}`).toBe(0);
        } else if (last && lastPeriod && addedAt < last.at && event.start <= lastPeriod.to) {
          expect(count, `${spec.channelId} must announce ${event.id} once`).toBe(1);
        } else {
          expect(count).toBeLessThanOrEqual(1);
        }
      }
      expect(subscription.pausedReason).toBeNull();
    }

    // The archive import reached the unfiltered channels once, as "also added".
    const tirane = harness.posters.slack.posted.filter((p) => p.channelId === 'C-TIRANE');
    expect(tirane.flatMap((p) => p.alsoAddedIds).filter((id) => id.startsWith('archive-')).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `archive-${i}`));
    // The broken channel was seen paused, with its reason, and came back.
    expect([...pausedSeen]).toContain('D-KOLKATA: the bot is not in this channel');
    // The year really exercised restarts, failures and crashes mid-post.
    expect(downtimes.length).toBeGreaterThanOrEqual(30);
    const outcomes = new Set([...harness.posters.slack.attempts, ...harness.posters.discord.attempts].map((a) => a.outcome));
    expect([...outcomes].sort()).toEqual(['hang', 'ok', 'permanent', 'post-then-hang', 'rate-limit', 'server-error']);
    expect(checkedPeriods).toBeGreaterThan(150);
    harness.close();
  });

  it('posts on DST nights at the first valid time after a gap, and once when the time happens twice', async () => {
    const harness = createHarness({ dir: tempDir(), start: new Date('2024-03-20T00:00:00Z') });
    harness.addEvent(fakeEvent('spring', '2024-03-27'), new Date('2024-03-28T00:00:00Z'));
    harness.start();
    harness.subscribe({ channelId: 'C-TIRANE-NIGHT', cadence: 'weekly', day: 7, time: '02:30', timeZone: 'Europe/Tirane', quiet: true });
    harness.subscribe({ channelId: 'C-NEW-YORK-NIGHT', cadence: 'weekly', day: 7, time: '01:30', timeZone: 'America/New_York', quiet: true });
    await harness.clock.advanceTo(new Date('2024-11-10T00:00:00Z'));
    const times = (channel: string) => harness.posters.slack.posted.filter((p) => p.channelId === channel).map((p) => p.at.toISOString());
    const tirane = times('C-TIRANE-NIGHT');
    const newYork = times('C-NEW-YORK-NIGHT');
    // 02:30 does not exist on 31 March in Tirana: 03:00 CEST (01:00 UTC). On 27 October it happens twice:
    // the first, 02:30 CEST (00:30 UTC), and not again an hour later.
    expect(tirane).toContain('2024-03-31T01:00:00.000Z');
    expect(tirane).toContain('2024-10-27T00:30:00.000Z');
    expect(tirane).not.toContain('2024-10-27T01:30:00.000Z');
    expect(tirane.filter((t) => t.startsWith('2024-10-27'))).toHaveLength(1);
    // New York: 01:30 EDT (05:30 UTC) on 3 November, not 01:30 EST (06:30 UTC) as well.
    expect(newYork.filter((t) => t.startsWith('2024-11-03'))).toEqual(['2024-11-03T05:30:00.000Z']);
    // Every week once, each at its own local 02:30 / 01:30 (03:00 on the gap night).
    expect(new Set(tirane).size).toBe(tirane.length);
    for (const instant of tirane) expect(wallClock(Date.parse(instant), 'Europe/Tirane').time).toBe(instant === '2024-03-31T01:00:00.000Z' ? '03:00' : '02:30');
    for (const instant of newYork) expect(wallClock(Date.parse(instant), 'America/New_York').time).toBe('01:30');
    expect(tirane).toHaveLength(32); // Sundays 31 March .. 3 November
    harness.close();
  });
});
