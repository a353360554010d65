// Puts the selected events in the order the question asks (by start or by length, from either end) and picks
// a position or a number of them. Ties are never broken silently: "the shortest event" when three last one
// day is all three, and "the first event" when two began the same day is both.
import type { Order } from '../query/query.js';
import type { EventRecord } from '../dataset/event-schema.js';
import { daysBetween } from '../dates/day-range.js';

export interface Ordered {
  /** Positions to present, in order. */
  positions: number[];
  /** More than one event shares the picked place (same start, or same length). */
  tie: boolean;
  /** The asked position is past the end ("the 9th" of 6 events). */
  beyond: boolean;
}

export interface OrderRequest {
  order: Order | null;
  limit: number | null;
  /** The selection came ranked by free text (best first), not in date order. */
  ranked: boolean;
  /** Keep date order even for ranked selections ("where" answers read as an itinerary). */
  chronological: boolean;
}

export function orderEvents(selected: readonly number[], events: readonly EventRecord[], request: OrderRequest): Ordered {
  const { order, limit } = request;
  const eventAt = (position: number) => events[position]!;
  const length = (position: number) => daysBetween(eventAt(position).start, eventAt(position).end);
  // A selection not ranked by text is already in answer order (ascending): no sort for "latest 5" of 100k.
  let positions = [...selected];
  if (order?.by === 'duration') {
    const sign = order.direction === 'desc' ? -1 : 1;
    positions.sort((a, b) => sign * (length(a) - length(b)) || a - b);
  } else if (order?.direction === 'desc') {
    if (request.ranked) positions.sort((a, b) => b - a);
    else positions.reverse();
  } else if (request.ranked && (order?.direction === 'asc' || request.chronological)) positions.sort((a, b) => a - b);

  const keyOf = (position: number) => (order?.by === 'duration' ? String(length(position)) : eventAt(position).start);
  const withTies = (at: number): number[] => {
    const key = keyOf(positions[at]!);
    let first = at;
    let last = at;
    while (first > 0 && keyOf(positions[first - 1]!) === key) first--;
    while (last + 1 < positions.length && keyOf(positions[last + 1]!) === key) last++;
    return positions.slice(first, last + 1);
  };

  if (order?.position != null) {
    const at = order.position - 1;
    if (at >= positions.length) return { positions: [], tie: false, beyond: true };
    const picked = order.ties ? withTies(at) : [positions[at]!];
    return { positions: picked, tie: picked.length > 1, beyond: false };
  }
  if (limit === 1 && order && positions.length > 1) {
    const picked = withTies(0);
    return { positions: picked, tie: picked.length > 1, beyond: false };
  }
  if (limit !== null) positions = positions.slice(0, limit);
  return { positions, tie: false, beyond: false };
}
