// Nothing found is an answer: relax one understood part at a time and say what does exist (another year,
// another place, a similar name).
import type { EventRecord } from '../dataset/event-schema.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import type { FuzzyNames } from '../search/fuzzy-names.js';
import type { Entity } from '../search/entity.js';
import type { Phrasebook } from './phrasebook.js';
import { selectEvents, type Filters } from '../execute/select-events.js';
import { formatRange } from './format-event.js';

export function suggestNearest(
  filters: Filters,
  index: EventIndex,
  fullText: FullTextIndex,
  fuzzy: FuzzyNames,
  pb: Phrasebook,
): string[] {
  const without = (change: Partial<Filters>) =>
    selectEvents({ ...filters, ...change }, index, fullText)
      .positions.map((p) => index.events[p])
      .filter((e): e is EventRecord => e !== undefined);
  const notes: string[] = [];
  const range = formatRange(filters.range, pb);
  // "since ..." and "until ..." are said as they are; a closed range is "in" it.
  const open = !filters.range.from || !filters.range.to;

  if (range) {
    const events = without({ range: { from: null, to: null } });
    if (events.length > 0)
      notes.push(
        pb.say(open ? 'suggest.otherYearsOpen' : 'suggest.otherYears', {
          range,
          tally: tally(events, (event) => event.start.slice(0, 4)),
        }),
      );
  }
  const byType = (type: Entity['type']) => filters.entities.filter((entity) => entity.type === type);
  const others = (type: Entity['type']) => filters.entities.filter((entity) => entity.type !== type);
  if (notes.length === 0 && byType('place').length > 0) {
    const events = without({ entities: others('place') });
    const places = pb.chain(
      byType('place').map((e) => e.name),
      'or',
    );
    if (events.length > 0)
      notes.push(
        pb.say('suggest.otherPlaces', {
          places,
          tally: tally(events, (event) => event.country ?? pb.say('place.unknown')),
        }),
      );
  }
  if (notes.length === 0 && byType('kind').length > 0) {
    const events = without({ entities: others('kind') });
    const kinds = byType('kind').map((e) => e.name);
    const plurals = kinds.map((kind) => pb.sayIf(`kinds.${kind}`) ?? kind);
    if (events.length > 0)
      notes.push(
        pb.say('suggest.withoutKind', {
          kinds: pb.chain(kinds, 'or'),
          kindsPlural: pb.chain(plurals, 'or'),
          count: events.length,
        }),
      );
  }
  if (notes.length === 0 && (byType('person').length > 0 || byType('organisation').length > 0)) {
    const named = pb.chain(
      [...byType('person'), ...byType('organisation')].map((e) => e.name),
      'and',
    );
    const events = without({
      entities: filters.entities.filter((e) => e.type !== 'person' && e.type !== 'organisation'),
    });
    if (events.length > 0) notes.push(pb.say('suggest.withoutNamed', { named, count: events.length }));
  }
  for (const word of filters.textWords) {
    if (fullText.hasWord(word)) continue;
    const similar = fuzzy.suggest(word, 3).map((alias) => alias.entity.name);
    notes.push(
      similar.length > 0
        ? pb.say('suggest.didYouMean', { word, similar: similar.join(', ') })
        : pb.say('suggest.unknownWord', { word }),
    );
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
