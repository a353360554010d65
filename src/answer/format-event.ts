// Plain-text pieces every rendering shares: an event's days and place. Dates are whole days, printed as
// words, never as platform timestamp tokens that would shift them into the reader's time zone.
import type { EventRecord } from '../dataset/event-schema.js';
import type { DayRange } from '../query/query.js';
import { splitDay, daysInMonth } from '../dates/day.js';
import { MONTH_NAMES } from '../dates/month-names.js';

const monthName = (month: number) => MONTH_NAMES[month - 1] ?? '';

/** "9 March 2023", "5–6 September 2023", "30 May – 2 June 2022", "30 December 2022 – 2 January 2023". */
export function formatDays(start: string, end: string): string {
  const [sy, sm, sd] = splitDay(start);
  const [ey, em, ed] = splitDay(end);
  if (start === end) return `${sd} ${monthName(sm)} ${sy}`;
  if (sy === ey && sm === em) return `${sd}–${ed} ${monthName(sm)} ${sy}`;
  if (sy === ey) return `${sd} ${monthName(sm)} – ${ed} ${monthName(em)} ${sy}`;
  return `${sd} ${monthName(sm)} ${sy} – ${ed} ${monthName(em)} ${ey}`;
}

/** "Tivat, Montenegro"; an online event with no place says so rather than printing nothing. */
export function formatPlace(event: Pick<EventRecord, 'city' | 'country'>): string {
  return [event.city, event.country].filter(Boolean).join(', ') || 'no place given';
}

/** A date range as people say it: "2023", "May 2022", "Q2 2022", "since 1 January 2022". */
export function formatRange(range: DayRange): string | null {
  const { from, to } = range;
  if (from && to) return formatClosedRange(from, to);
  if (from) return `since ${formatDays(from, from)}`;
  if (to) return `until ${formatDays(to, to)}`;
  return null;
}

function formatClosedRange(from: string, to: string): string {
  const [fy, fm, fd] = splitDay(from);
  const [ty, tm, td] = splitDay(to);
  const wholeMonths = fd === 1 && td === daysInMonth(ty, tm);
  if (!wholeMonths) return formatDays(from, to);
  if (fm === 1 && tm === 12) return fy === ty ? `${fy}` : `${fy}–${ty}`;
  if (fy === ty && fm === tm) return `${monthName(fm)} ${fy}`;
  if (fy === ty && (tm - fm === 2 && fm % 3 === 1)) return `Q${(fm + 2) / 3} ${fy}`;
  if (fy === ty) return `${monthName(fm)}–${monthName(tm)} ${fy}`;
  return `${monthName(fm)} ${fy} – ${monthName(tm)} ${ty}`;
}

/** One line per event: "9 March 2023 · Tivat, Montenegro · <title>". */
export function formatEventLine(event: EventRecord): string {
  const people = event.people.length > 0 ? ` (${event.people.join(', ')})` : '';
  return `${formatDays(event.start, event.end)} · ${formatPlace(event)} · ${event.title}${people}`;
}

/** A title inside a sentence: without the full stop or colon some posts end their titles with. */
export function titleOf(event: Pick<EventRecord, 'title'>): string {
  return event.title.replace(/[\s.:;,]+$/, '');
}
