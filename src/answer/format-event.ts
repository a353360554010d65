// Plain-text pieces every rendering shares: an event's days and place. Dates are whole days, printed as
// words in the answer's language ("9 March 2023", "9. marta 2023.", "9 март 2023"), never as platform
// timestamp tokens that would shift them into the reader's time zone. English unless a phrasebook is given.
import type { EventRecord } from '../dataset/event-schema.js';
import type { DayRange } from '../query/query.js';
import type { ReplyKey } from './english-replies.js';
import { splitDay, daysInMonth } from '../dates/day.js';
import { ENGLISH_PHRASEBOOK, type Phrasebook } from './phrasebook.js';

/** "March" as in "March 2023", and as in "9 March 2023" (BCMS: "mart", "9. marta"). */
const monthName = (pb: Phrasebook, month: number) => pb.say(`date.month.${month}` as ReplyKey);
const monthOfDay = (pb: Phrasebook, month: number) => pb.say(`date.monthOfDay.${month}` as ReplyKey);

/** "9 March 2023", "5–6 September 2023", "30 May – 2 June 2022", "30 December 2022 – 2 January 2023". */
export function formatDays(start: string, end: string, pb: Phrasebook = ENGLISH_PHRASEBOOK): string {
  const [sy, sm, sd] = splitDay(start);
  const [ey, em, ed] = splitDay(end);
  const day = (d: number, m: number, y: number) => pb.say('date.day', { day: d, month: monthOfDay(pb, m), year: y });
  if (start === end) return day(sd, sm, sy);
  if (sy === ey && sm === em)
    return pb.say('date.daysInMonth', { from: sd, to: ed, month: monthOfDay(pb, sm), year: sy });
  if (sy === ey)
    return pb.say('date.daysInYear', {
      fromDay: sd,
      fromMonth: monthOfDay(pb, sm),
      toDay: ed,
      toMonth: monthOfDay(pb, em),
      year: sy,
    });
  return pb.say('date.daysAcrossYears', { from: day(sd, sm, sy), to: day(ed, em, ey) });
}

/** "Tivat, Montenegro"; an online event with no place says so rather than printing nothing. */
export function formatPlace(event: Pick<EventRecord, 'city' | 'country'>, pb: Phrasebook = ENGLISH_PHRASEBOOK): string {
  return [event.city, event.country].filter(Boolean).join(', ') || pb.say('place.none');
}

/** A date range as people say it: "2023", "May 2022", "Q2 2022", "since 1 January 2022". */
export function formatRange(range: DayRange, pb: Phrasebook = ENGLISH_PHRASEBOOK): string | null {
  const { from, to } = range;
  if (from && to) return formatClosedRange(from, to, pb);
  if (from) return pb.say('date.since', { day: formatDays(from, from, pb) });
  if (to) return pb.say('date.until', { day: formatDays(to, to, pb) });
  return null;
}

function formatClosedRange(from: string, to: string, pb: Phrasebook): string {
  const [fy, fm, fd] = splitDay(from);
  const [ty, tm, td] = splitDay(to);
  const wholeMonths = fd === 1 && td === daysInMonth(ty, tm);
  if (!wholeMonths) return formatDays(from, to, pb);
  if (fm === 1 && tm === 12)
    return fy === ty ? pb.say('date.year', { year: fy }) : pb.say('date.years', { from: fy, to: ty });
  if (fy === ty && fm === tm) return pb.say('date.month', { month: monthName(pb, fm), year: fy });
  if (fy === ty && tm - fm === 2 && fm % 3 === 1) {
    const quarter = (fm + 2) / 3;
    return pb.say('date.quarter', { quarter, ordinal: pb.ordinal(quarter), year: fy });
  }
  if (fy === ty) return pb.say('date.months', { from: monthName(pb, fm), to: monthName(pb, tm), year: fy });
  return pb.say('date.monthsAcrossYears', { from: monthName(pb, fm), fromYear: fy, to: monthName(pb, tm), toYear: ty });
}

/** One line per event: "9 March 2023 · Tivat, Montenegro · <title>". */
export function formatEventLine(event: EventRecord, pb: Phrasebook = ENGLISH_PHRASEBOOK): string {
  const people = event.people.length > 0 ? ` (${event.people.join(', ')})` : '';
  return `${formatDays(event.start, event.end, pb)} · ${formatPlace(event, pb)} · ${event.title}${people}`;
}

/** A title inside a sentence: without the full stop or colon some posts end their titles with. */
export function titleOf(event: Pick<EventRecord, 'title'>): string {
  return event.title.replace(/[\s.:;,]+$/, '');
}
