// Each event's words folded once (the costly step at 100k events), shared by the exact indexes and the
// free-text index instead of each folding the same text again.
import type { EventRecord } from '../dataset/event-schema.js';
import { foldWords } from '../text/fold.js';

export interface FoldedEvent {
  title: string;
  summary: string;
  topics: string;
  /** People and organisers. */
  names: string;
}

export function foldEvent(event: EventRecord): FoldedEvent {
  return {
    title: foldWords(event.title),
    summary: foldWords(event.summary),
    topics: foldWords(event.topics.join(' ')),
    names: foldWords([...event.organisers, ...event.people].join(' ')),
  };
}

/** Events in answer order: by first day, then last day, then id. */
export function sortEvents(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
