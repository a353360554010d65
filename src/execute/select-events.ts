// Which events answer a plan: exact filters for what was understood (people and organisations all required,
// any of the places or kinds, days overlapping the range), minus what is excluded, within a length, then free
// text ranking within them.
import type { DayRange, DurationFilter, RoleQuery } from '../query/query.js';
import { holdsRole } from './find-role-holders.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import type { Entity } from '../search/entity.js';
import { daysBetween, isOpen, overlaps } from '../dates/day-range.js';

export interface Selection {
  /** Positions in the event index, in answer order (before any limit); may be an index's own list. */
  positions: readonly number[];
  /** Free-text words that occur in no post (ignored, and said so). */
  unknownWords: string[];
  /** Free-text words that occur in posts, but in none of the structurally matching events. */
  unmatchedWords: string[];
  /** Did the free text decide or rank the result? */
  rankedByText: boolean;
}

/** Any one of these leaves an event out. */
export interface Exclusions {
  entities: readonly Entity[];
  ranges: readonly DayRange[];
  textWords: readonly string[];
  /** Events excluded by position (the event an anchor names). */
  positions: readonly number[];
}

export interface Filters {
  entities: readonly Entity[];
  /** At least one of an event's days falls inside. */
  range: DayRange;
  /** All of an event's days fall inside ("after the Ohrid conference": begun after it ended). */
  contained?: DayRange | null;
  textWords: readonly string[];
  /** Only these events (a conversation's "the second one"); positions ascending. */
  only?: readonly number[] | null;
  excluded?: Exclusions;
  duration?: DurationFilter | null;
  /** Events where this holder has one of these roles ("which meetings did the RCC chair"). */
  role?: Pick<RoleQuery, 'kinds' | 'holder'> | null;
}

export function hasStructure(filters: Filters): boolean {
  return filters.entities.length > 0 || !isOpen(filters.range) || Boolean(filters.contained) || Boolean(filters.only) || Boolean(filters.role) || hasExclusions(filters) || Boolean(filters.duration);
}

function hasExclusions(filters: Filters): boolean {
  const excluded = filters.excluded;
  return excluded !== undefined && (excluded.entities.length > 0 || excluded.ranges.length > 0 || excluded.textWords.length > 0 || excluded.positions.length > 0);
}

export function selectEvents(filters: Filters, index: EventIndex, fullText: FullTextIndex): Selection {
  const structured = narrow(filterStructured(filters, index), filters, index, fullText);
  if (filters.textWords.length === 0) return { positions: structured ?? index.events.map((_, i) => i), unknownWords: [], unmatchedWords: [], rankedByText: false };

  const { positions: ranked, unknown } = fullText.search(filters.textWords, structured);
  const knownWords = filters.textWords.filter((word) => !unknown.includes(word));

  if (ranked.length > 0) {
    return { positions: ranked, unknownWords: unknown, unmatchedWords: [], rankedByText: true };
  }
  // Words the posts never use, or use elsewhere only, never empty an answer the understood parts give.
  return { positions: structured ?? [], unknownWords: unknown, unmatchedWords: structured ? knownWords : [], rankedByText: false };
}

/** Null when nothing structural was asked (every event qualifies). Positions ascending. */
function filterStructured(filters: Filters, index: EventIndex): readonly number[] | null {
  // Every posting list is ascending, so intersections and unions are merges: no copies, sets or sorts of
  // lists that can hold most of 100k events.
  const lists: (readonly number[])[] = [];
  const byType = (type: Entity['type']) => filters.entities.filter((entity) => entity.type === type);
  for (const entity of [...byType('person'), ...byType('organisation')]) lists.push(index.positionsOf(entity));
  for (const type of ['place', 'kind'] as const) {
    const any = byType(type);
    if (any.length > 0) lists.push(any.map((entity) => index.positionsOf(entity)).reduce(union));
  }
  let result = lists.length > 0 ? lists.sort((a, b) => a.length - b.length).reduce(intersection) : null;
  if (!isOpen(filters.range)) {
    const inRange = (position: number) => {
      const event = index.events[position];
      return event !== undefined && overlaps(event.start, event.end, filters.range);
    };
    result = result === null ? index.positionsInRange(filters.range) : result.filter(inRange);
  }
  if (filters.only) {
    const only = new Set(filters.only);
    result = result === null ? [...filters.only] : result.filter((position) => only.has(position));
  }
  const role = filters.role;
  if (role) result = (result ?? index.events.map((_, position) => position)).filter((position) => holdsRole(index.events[position]!, role));
  const contained = filters.contained;
  if (contained) {
    const inside = (position: number) => {
      const event = index.events[position];
      return event !== undefined && (contained.from === null || event.start >= contained.from) && (contained.to === null || event.end <= contained.to);
    };
    result = (result ?? index.positionsInRange(contained)).filter(inside);
  }
  return result;
}

/** Exclusions and lengths; null stays null when neither applies (every event still qualifies). */
function narrow(scope: readonly number[] | null, filters: Filters, index: EventIndex, fullText: FullTextIndex): readonly number[] | null {
  const duration = filters.duration;
  if (!hasExclusions(filters) && !duration) return scope;
  const excluded = filters.excluded;
  const out = new Uint8Array(index.events.length);
  if (excluded) {
    for (const entity of excluded.entities) for (const position of index.positionsOf(entity)) out[position] = 1;
    for (const position of excluded.positions) out[position] = 1;
    for (const word of excluded.textWords) for (const position of fullText.search([word]).positions) out[position] = 1;
  }
  const ranges = excluded?.ranges ?? [];
  const keep = (position: number) => {
    if (out[position] === 1) return false;
    const event = index.events[position];
    if (!event) return false;
    if (ranges.some((range) => overlaps(event.start, event.end, range))) return false;
    if (!duration) return true;
    const days = daysBetween(event.start, event.end);
    return (duration.min === null || days >= duration.min) && (duration.max === null || days <= duration.max);
  };
  if (scope !== null) return scope.filter(keep);
  const kept: number[] = [];
  for (let position = 0; position < index.events.length; position++) if (keep(position)) kept.push(position);
  return kept;
}

function intersection(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both.push(a[i]!);
      i++;
      j++;
    }
  }
  return both;
}

function union(a: readonly number[], b: readonly number[]): number[] {
  const either: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (either[either.length - 1] !== next) either.push(next);
  }
  return either;
}
