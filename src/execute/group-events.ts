// Groups of events for "which countries", "events per month", "the busiest year": each value with how many of
// the selected events have it, and which ones. An event with several values (organisers, people, topics)
// counts once in each of them; an event without one (no place given) is counted apart, never invented.
import type { Aggregate, Dimension } from '../query/query.js';
import type { EventRecord } from '../dataset/event-schema.js';
import { MONTH_NAMES } from '../dates/month-names.js';

export interface Group {
  value: string;
  count: number;
  /** Positions of its events, ascending. */
  positions: number[];
}

export interface Grouping {
  groups: Group[];
  /** Selected events that have no value for the dimension (no city given, no organiser named). */
  without: number;
}

/** Kinds are read from the posts' words, not stored: `kindsOf` gives an event's kinds. */
/** `keep`: which values may be groups at all (a complement leaves some out before the busiest is picked). */
export function groupEvents(positions: readonly number[], events: readonly EventRecord[], aggregate: Aggregate, kindsOf: (position: number) => readonly string[], keep: (value: string) => boolean = () => true): Grouping {
  const byValue = new Map<string, number[]>();
  let without = 0;
  for (const position of positions) {
    const event = events[position];
    if (!event) continue;
    const values = valuesOf(event, aggregate.by, () => kindsOf(position));
    if (values.length === 0) without++;
    for (const value of new Set(values)) {
      const list = byValue.get(value);
      if (list) list.push(position);
      else byValue.set(value, [position]);
    }
  }
  let groups = [...byValue.entries()].filter(([value]) => keep(value)).map(([value, list]) => ({ value, count: list.length, positions: list.sort((a, b) => a - b) }));
  groups = groups.filter((group) => (aggregate.minCount === null || group.count >= aggregate.minCount) && (aggregate.maxCount === null || group.count <= aggregate.maxCount));
  groups.sort(isTime(aggregate.by) ? (a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0) : (a, b) => b.count - a.count || a.value.localeCompare(b.value));
  if (aggregate.pick !== 'all' && groups.length > 0) {
    const counts = groups.map((group) => group.count);
    const wanted = aggregate.pick === 'most' ? Math.max(...counts) : Math.min(...counts);
    groups = groups.filter((group) => group.count === wanted);
  }
  return { groups, without };
}

export function isTime(dimension: Dimension): boolean {
  return dimension === 'year' || dimension === 'month';
}

function valuesOf(event: EventRecord, by: Dimension, kinds: () => readonly string[]): readonly string[] {
  switch (by) {
    case 'country':
      return event.country ? [event.country] : [];
    case 'city':
      return event.city ? [event.city] : [];
    case 'organisation':
      return event.organisers;
    case 'person':
      return event.people;
    case 'kind':
      return kinds();
    case 'topic':
      return event.topics;
    case 'year':
      return [event.start.slice(0, 4)];
    case 'month':
      return [`${MONTH_NAMES[Number(event.start.slice(5, 7)) - 1] ?? ''} ${event.start.slice(0, 4)}`];
  }
}
