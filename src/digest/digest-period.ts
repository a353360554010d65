// Calendar periods a digest covers: weeks run Monday to Sunday, months are calendar months. Days are
// ISO strings (YYYY-MM-DD) in the subscriber's own calendar; the caller decides which local day it is.
import { addDays, splitDay } from '../dates/day.js';
import { monthRange, overlaps, weekRange } from '../dates/day-range.js';

export type DigestCadence = 'weekly' | 'monthly';

/** Whole days, inclusive. */
export interface DigestPeriod {
  cadence: DigestCadence;
  from: string;
  to: string;
}

/** The week (Monday to Sunday) or calendar month that contains `day`. */
export function periodContaining(cadence: DigestCadence, day: string): DigestPeriod {
  const [year, month] = splitDay(day);
  const range = cadence === 'weekly' ? weekRange(day) : monthRange(year, month);
  // Week and month ranges are always closed; the fallback only satisfies the type.
  return { cadence, from: range.from ?? day, to: range.to ?? day };
}

/** The last complete period before `day`: the one that ended on or before the day before. */
export function lastCompletePeriod(cadence: DigestCadence, day: string): DigestPeriod {
  return previousPeriod(periodContaining(cadence, day));
}

export function previousPeriod(period: DigestPeriod): DigestPeriod {
  return periodContaining(period.cadence, addDays(period.from, -1));
}

export function nextPeriod(period: DigestPeriod): DigestPeriod {
  return periodContaining(period.cadence, addDays(period.to, 1));
}

/** The core's one overlap rule: an event belongs to every period it has at least one day in. */
export function overlapsPeriod(event: { start: string; end: string }, period: DigestPeriod): boolean {
  return overlaps(event.start, event.end, period);
}
