// The baseline the engine is measured against: one plain fuse.js search over every field of every event,
// with the question as typed and fuse.js's default settings. It scans all events on every query. (With
// ignoreLocation, so that whole summaries count, it is about ten times slower still on this data.)
import Fuse from 'fuse.js';
import type { EventRecord } from '../src/index.js';

export interface Baseline {
  /** Every match, best first. */
  search(question: string): EventRecord[];
}

export function createFuseBaseline(events: readonly EventRecord[]): Baseline {
  const fuse = new Fuse([...events], {
    keys: ['title', 'summary', 'city', 'country', 'people', 'organisers', 'topics'],
  });
  return { search: (question) => fuse.search(question).map((result) => result.item) };
}
