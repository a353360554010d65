// Exact indexes over the events, built once per dataset: by person, place, organisation and kind, so that
// structured questions filter by set lookups and stay fast and exact at any size.
import type { EventRecord } from '../dataset/event-schema.js';
import type { EntityCatalogue } from './build-entities.js';
import type { Entity } from './entity.js';
import type { DayRange } from '../query/query.js';
import { fieldRange, type EventWords } from './event-words.js';
import { createMentionFinder } from './mention-finder.js';

export interface EventIndex {
  /** Events sorted by start (then end, then id). */
  events: readonly EventRecord[];
  /** Positions in `events` of the events tagged with this entity. */
  positionsOf(entity: Entity): readonly number[];
  /** Positions, ascending, of the events with at least one day in the range (binary search, not a scan). */
  positionsInRange(range: DayRange): number[];
}

/** `sorted` in answer order (sortEvents), `words` read from `sorted`. */
export function buildEventIndex(sorted: readonly EventRecord[], words: EventWords, catalogue: EntityCatalogue): EventIndex {
  const mentionable = createMentionFinder(
    words.table,
    catalogue.aliases.filter(({ entity }) => entity.type === 'organisation' || entity.type === 'kind').map(({ phrase, entity }) => ({ phrase, value: entity })),
  );
  // Keyed by the catalogue's entity itself: one entity per type and folded name, so no key strings to build.
  const postings = new Map<Entity, number[]>();

  const tag = (position: number, entity: Entity | undefined) => {
    if (!entity) return;
    const list = postings.get(entity);
    if (!list) postings.set(entity, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };

  sorted.forEach((event, position) => {
    for (const person of event.people) tag(position, catalogue.find('person', person));
    for (const organiser of event.organisers) tag(position, catalogue.find('organisation', organiser));
    if (event.city) tag(position, catalogue.find('place', event.city));
    if (event.country) tag(position, catalogue.find('place', event.country));
    // Kinds and organisations are also read from the post's own words ("workshop", "organised by the OSCE").
    const [start] = fieldRange(words, position, 'title');
    const [, end] = fieldRange(words, position, 'summary');
    mentionable.findIn(words.ids, start, end, (entities) => {
      for (const entity of entities) tag(position, entity);
    });
  });

  // A region stands for its countries (merged once, on first use); a country entity may list itself.
  const regionPositions = new Map<Entity, number[]>();
  const positionsOfPlace = (entity: Entity): readonly number[] => {
    const own = postings.get(entity) ?? [];
    if (entity.isCity || entity.countries.length <= 1) return own;
    let merged = regionPositions.get(entity);
    if (!merged) {
      const all = new Set(own);
      for (const country of entity.countries) {
        const member = catalogue.find('place', country);
        for (const position of (member && postings.get(member)) ?? []) all.add(position);
      }
      regionPositions.set(entity, (merged = [...all].sort((a, b) => a - b)));
    }
    return merged;
  };

  // Events are sorted by start, so those starting by `to` are a prefix; the running maximum of end days says
  // where events that may still run on `from` begin. A year of 100k events is found without a full scan.
  const starts = sorted.map((event) => event.start);
  const latestEndSoFar: string[] = [];
  for (const event of sorted) latestEndSoFar.push(event.end > (latestEndSoFar[latestEndSoFar.length - 1] ?? '') ? event.end : (latestEndSoFar[latestEndSoFar.length - 1] ?? ''));
  const positionsInRange = ({ from, to }: DayRange): number[] => {
    const first = from === null ? 0 : firstIndex(latestEndSoFar, (end) => end >= from);
    const stop = to === null ? sorted.length : firstIndex(starts, (start) => start > to);
    const positions: number[] = [];
    for (let position = first; position < stop; position++) if (from === null || (sorted[position]?.end ?? '') >= from) positions.push(position);
    return positions;
  };

  return {
    events: sorted,
    positionsOf: (entity) => (entity.type === 'place' ? positionsOfPlace(entity) : (postings.get(entity) ?? [])),
    positionsInRange,
  };
}

/** The first index whose value passes `test`, in a list where passing values come after failing ones. */
function firstIndex(values: readonly string[], test: (value: string) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(values[middle] ?? '')) high = middle;
    else low = middle + 1;
  }
  return low;
}
