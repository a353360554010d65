// Nothing found is an answer: relax one understood part at a time and say what does exist (another year,
// another place, a similar name).
import type { EventRecord } from '../dataset/event-schema.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import type { FuzzyNames } from '../search/fuzzy-names.js';
import type { Entity } from '../search/entity.js';
import { selectEvents, type Filters } from '../execute/select-events.js';
import { formatRange } from './format-event.js';

export function suggestNearest(filters: Filters, index: EventIndex, fullText: FullTextIndex, fuzzy: FuzzyNames): string[] {
  const without = (change: Partial<Filters>) => selectEvents({ ...filters, ...change }, index, fullText).positions.map((p) => index.events[p]).filter((e): e is EventRecord => e !== undefined);
  const notes: string[] = [];
  const formatted = formatRange(filters.range);
  const range = formatted && !/^(since|until)/.test(formatted) ? `in ${formatted}` : formatted;

  if (range) {
    const events = without({ range: { from: null, to: null } });
    if (events.length > 0) notes.push(`Nothing ${range}; the same question has answers in ${tally(events, (event) => event.start.slice(0, 4))}.`);
  }
  const byType = (type: Entity['type']) => filters.entities.filter((entity) => entity.type === type);
  const others = (type: Entity['type']) => filters.entities.filter((entity) => entity.type !== type);
  if (notes.length === 0 && byType('place').length > 0) {
    const events = without({ entities: others('place') });
    if (events.length > 0) notes.push(`Nothing in ${byType('place').map((e) => e.name).join(' or ')}; the same question has answers in ${tally(events, (event) => event.country ?? 'no place')}.`);
  }
  if (notes.length === 0 && byType('kind').length > 0) {
    const events = without({ entities: others('kind') });
    if (events.length > 0) notes.push(`No ${byType('kind').map((e) => e.name).join(' or ')} matches; without that there ${events.length === 1 ? 'is 1 event' : `are ${events.length} events`}.`);
  }
  if (notes.length === 0 && (byType('person').length > 0 || byType('organisation').length > 0)) {
    const named = [...byType('person'), ...byType('organisation')].map((e) => e.name).join(' and ');
    const events = without({ entities: filters.entities.filter((e) => e.type !== 'person' && e.type !== 'organisation') });
    if (events.length > 0) notes.push(`No post names ${named} for this; without that there ${events.length === 1 ? 'is 1 event' : `are ${events.length} events`}.`);
  }
  for (const word of filters.textWords) {
    if (fullText.hasWord(word)) continue;
    const similar = fuzzy.suggest(word, 3).map((alias) => alias.entity.name);
    notes.push(similar.length > 0 ? `I don't know "${word}". Did you mean ${similar.join(', ')}?` : `No post mentions "${word}". Try a name, a place, a year or words from the posts; "help" shows examples.`);
  }
  return notes;
}

/** "2022 (2), 2023 (3)": values with their counts, most frequent first for places, in order for years. */
function tally(events: readonly EventRecord[], key: (event: EventRecord) => string): string {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
  const entries = [...counts.entries()];
  const isYears = entries.every(([name]) => /^\d{4}$/.test(name));
  entries.sort(isYears ? (a, b) => a[0].localeCompare(b[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = entries.slice(0, 6).map(([name, count]) => `${name} (${count})`);
  return `${shown.join(', ')}${entries.length > 6 ? ', ...' : ''}`;
}
