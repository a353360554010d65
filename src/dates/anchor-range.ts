// The days an anchor stands for: "after X" is the day after X ends onwards, "within 2 weeks of X" two weeks
// either side of X, "between X and Y" the days between them. An event anchor is exclusive of the event
// ("after the Rome conference" starts the day after it); a day anchor keeps its days where people mean them
// ("between March and May" includes both months).
import type { Anchor, DayRange } from '../query/query.js';
import { addDays, addMonths } from './day.js';
import { weekRange } from './day-range.js';

/** How far "around X" reaches, in days either side. */
export const AROUND_DAYS = 3;

export interface AnchorSide {
  range: DayRange;
  /** Is it an event (exclusive) rather than named days (inclusive)? */
  isEvent: boolean;
}

export function anchorRange(anchor: Pick<Anchor, 'relation' | 'distance'>, sides: readonly AnchorSide[]): DayRange {
  const [first, second] = sides;
  const start = first?.range.from ?? null;
  const end = first?.range.to ?? null;
  if (!start || !end) return { from: null, to: null };
  const shift = (day: string, sign: 1 | -1) => {
    const distance = anchor.distance;
    if (!distance) return day;
    const n = distance.count * sign;
    if (distance.unit === 'day') return addDays(day, n);
    if (distance.unit === 'week') return addDays(day, 7 * n);
    return addMonths(day, distance.unit === 'month' ? n : 12 * n);
  };
  const exclusive = first?.isEvent === true;
  switch (anchor.relation) {
    case 'before':
      return { from: anchor.distance ? shift(start, -1) : null, to: addDays(start, -1) };
    case 'after':
      return { from: addDays(end, 1), to: anchor.distance ? shift(end, 1) : null };
    case 'between': {
      const last = second?.range;
      if (!last?.from || !last.to) return { from: null, to: null };
      return { from: exclusive ? addDays(end, 1) : start, to: second?.isEvent ? addDays(last.from, -1) : last.to };
    }
    case 'within':
      return { from: shift(start, -1), to: shift(end, 1) };
    case 'around':
      return { from: addDays(start, -AROUND_DAYS), to: addDays(end, AROUND_DAYS) };
    case 'week-of':
      return { from: weekRange(start).from, to: weekRange(end).to };
    case 'during': {
      const unit = anchor.distance?.unit;
      if (unit === 'week') return { from: weekRange(start).from, to: weekRange(end).to };
      if (unit === 'month') return { from: `${start.slice(0, 8)}01`, to: addDays(addMonths(`${end.slice(0, 8)}01`, 1), -1) };
      if (unit === 'year') return { from: `${start.slice(0, 4)}-01-01`, to: `${end.slice(0, 4)}-12-31` };
      return { from: start, to: end };
    }
  }
}
