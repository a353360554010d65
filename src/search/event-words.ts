// Every event's words, folded once and stored as word ids in one typed array: the exact indexes (which read
// posts for organisation and kind mentions) and the free-text index both read these instead of each folding
// and splitting 60 MB of text at 100k events.
import type { EventRecord } from '../dataset/event-schema.js';
import { foldWordBytes, type WordBuffer, type WordVisitor } from '../text/fold.js';
import { WordTable } from './word-table.js';
import { IntList } from './int-list.js';

/** The fields read, in storage order; title and summary are adjacent so mentions read them as one text. */
export const EVENT_FIELDS = ['title', 'summary', 'topics', 'names'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export interface EventWords {
  table: WordTable;
  /** Word ids of every event's fields, event after event, field after field. */
  ids: Int32Array;
  eventCount: number;
  /** Where field `f` of event `e` starts in `ids`: starts[e * EVENT_FIELDS.length + f]; one extra entry ends the last. */
  starts: Int32Array;
}

/** `events` in answer order; word ids are shared by every index built from the result. */
export function readEventWords(events: readonly EventRecord[]): EventWords {
  const table = new WordTable();
  const list = new IntList(events.length * 48);
  const starts = new Int32Array(events.length * EVENT_FIELDS.length + 1);
  const buffer: WordBuffer = { bytes: new Uint8Array(4096), length: 0 };
  const store: WordVisitor = (bytes, start, end) => list.push(table.internBytes(bytes, start, end));
  // Topics and names recur across thousands of events: each spelling is folded once, then copied as ids.
  const idsOfName = new Map<string, Int32Array>();
  const readName = (name: string) => {
    let ids = idsOfName.get(name);
    if (!ids) {
      const first = list.length;
      foldWordBytes(name, buffer, store);
      idsOfName.set(name, (ids = list.slice(first)));
      return;
    }
    for (const id of ids) list.push(id);
  };

  events.forEach((event, position) => {
    const base = position * EVENT_FIELDS.length;
    starts[base] = list.length;
    foldWordBytes(event.title, buffer, store);
    starts[base + 1] = list.length;
    foldWordBytes(event.summary, buffer, store);
    starts[base + 2] = list.length;
    for (const topic of event.topics) readName(topic);
    starts[base + 3] = list.length;
    for (const name of event.organisers) readName(name);
    for (const name of event.people) readName(name);
  });
  starts[events.length * EVENT_FIELDS.length] = list.length;
  return { table, ids: list.view(), eventCount: events.length, starts };
}

/** The [start, end) range in `ids` of one field of one event. */
export function fieldRange(words: EventWords, position: number, field: EventField): [number, number] {
  const index = position * EVENT_FIELDS.length + EVENT_FIELDS.indexOf(field);
  return [words.starts[index]!, words.starts[index + 1]!];
}

