// Calendar periods as inclusive day ranges, and the one overlap rule used everywhere: an event matches a
// range when at least one of its days falls inside it.
import type { DayRange } from '../query/query.js';
import { addDays, daysInMonth, toIsoDay, weekdayIndex } from './day.js';

export function yearRange(year: number): DayRange {
  return { from: toIsoDay(year, 1, 1), to: toIsoDay(year, 12, 31) };
}

export function monthRange(year: number, month: number): DayRange {
  return { from: toIsoDay(year, month, 1), to: toIsoDay(year, month, daysInMonth(year, month)) };
}

/** Months `first`..`last` of one year (last may exceed 12 to run into the next year). */
export function monthSpan(year: number, first: number, last: number): DayRange {
  const end = monthRange(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1);
  return { from: toIsoDay(year, first, 1), to: end.to };
}

export function quarterRange(year: number, quarter: number): DayRange {
  return monthSpan(year, quarter * 3 - 2, quarter * 3);
}

export function halfRange(year: number, half: number): DayRange {
  return monthSpan(year, half * 6 - 5, half * 6);
}

/** The Monday-to-Sunday week containing `day`. */
export function weekRange(day: string): DayRange {
  const monday = addDays(day, -weekdayIndex(day));
  return { from: monday, to: addDays(monday, 6) };
}

export function overlaps(start: string, end: string, range: DayRange): boolean {
  return (range.to === null || start <= range.to) && (range.from === null || end >= range.from);
}

export function isOpen(range: DayRange): boolean {
  return range.from === null && range.to === null;
}

/** The smallest range covering both (used when a question names two separate periods). */
export function coverRanges(a: DayRange, b: DayRange): DayRange {
  return {
    from: a.from === null || b.from === null ? null : a.from < b.from ? a.from : b.from,
    to: a.to === null || b.to === null ? null : a.to > b.to ? a.to : b.to,
  };
}

/** Days in both; from > to when they do not meet (nothing overlaps such a range). */
export function intersectRanges(a: DayRange, b: DayRange): DayRange {
  return {
    from: a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from,
    to: a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to,
  };
}

/** Days an event lasts, counting both ends. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}
