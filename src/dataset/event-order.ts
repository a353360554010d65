// The order of events everywhere: in answers, in every index, and in data/events.json as ingest writes it
// (a file already in this order is sorted in one pass at start).
import type { EventRecord } from './event-schema.js';

/** By first day, then last day, then id. */
export function compareEvents(a: EventRecord, b: EventRecord): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEvents(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort(compareEvents);
}
