// Whole-day arithmetic on ISO strings (YYYY-MM-DD). Days are calendar days with no time zone: UTC is used
// only as a neutral calendar, never as the reader's zone.
const MS_PER_DAY = 86_400_000;

export function toIsoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Mar - 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = splitDay(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  return toIsoDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date, last));
}

/** Month 1-12. Arithmetic, not a Date: every event's two days are checked at each start. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function splitDay(day: string): [year: number, month: number, date: number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Monday = 0 ... Sunday = 6. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}
