// The real dataset, validated, for digest tests (dates and titles as the secretariat published them).
import { readFileSync } from 'node:fs';
import { EventSchema } from '../../src/index.js';
import type { EventRecord } from '../../src/index.js';

export function datasetEvents(): EventRecord[] {
  const raw = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as unknown[];
  return raw.map((event) => EventSchema.parse(event));
}

export function fakeEvent(id: string, start: string, end = start, extra: Partial<EventRecord> = {}): EventRecord {
  return EventSchema.parse({ id, title: `Event ${id}`, start, end, city: 'Tirana', country: 'Albania', ...extra });
}
