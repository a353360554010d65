// When a subscription posts: a croner job (never started; used only to compute run times) in the
// subscription's IANA zone. Croner treats a fixed time in a DST gap as the first valid time after it,
// and a time that occurs twice as its first occurrence; we rely on that rather than on our own arithmetic.
import { Cron } from 'croner';
import type { DigestPeriod } from '../../src/index.js';
import { lastCompletePeriod, localDayOf } from '../../src/index.js';

export interface ScheduleSettings {
  cadence: 'weekly' | 'monthly';
  /** Weekly: ISO weekday 1..7 (Monday..Sunday). Monthly: 1..28. */
  day: number;
  /** HH:MM, 24-hour. */
  time: string;
  timeZone: string;
}

export interface DigestSchedule {
  /** The latest run at or before `now`, or null. */
  latestRun(now: Date): Date | null;
  /** The first run after `now`, or null. */
  nextRun(now: Date): Date | null;
  /** The period a run at `runAt` posts: the last complete one before its local day. */
  periodOf(runAt: Date): DigestPeriod;
}

/** A cron pattern (minute hour day-of-month month day-of-week) for the settings. */
export function cronPattern(settings: ScheduleSettings): string {
  const [hour, minute] = settings.time.split(':').map(Number);
  return settings.cadence === 'weekly' ? `${minute} ${hour} * * ${settings.day % 7}` : `${minute} ${hour} ${settings.day} * *`;
}

export function createDigestSchedule(settings: ScheduleSettings): DigestSchedule {
  const job = new Cron(cronPattern(settings), { timezone: settings.timeZone, mode: '5-part' });
  return {
    // previousRuns is exclusive of its reference: look from just after now so a run exactly now counts.
    latestRun: (now) => job.previousRuns(1, new Date(now.getTime() + 1))[0] ?? null,
    nextRun: (now) => job.nextRun(now),
    periodOf: (runAt) => lastCompletePeriod(settings.cadence, localDayOf(runAt, settings.timeZone)),
  };
}
