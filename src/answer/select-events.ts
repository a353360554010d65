// Which events answer a parsed question: exact filters for what was understood (people and organisations
// all required, any of the places or kinds, days overlapping the range), then free text ranking within them.
import type { ParsedQuestion } from '../query/parse-question.js';
import type { DayRange } from '../query/query.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import type { Entity } from '../search/entity.js';
import { isOpen, overlaps } from '../dates/day-range.js';

export interface Selection {
  /** Positions in the event index, in answer order (before any limit). */
  positions: number[];
  /** Free-text words that occur in no post (ignored, and said so). */
  unknownWords: string[];
  /** Free-text words that occur in posts, but in none of the structurally matching events. */
  unmatchedWords: string[];
  /** Did the free text decide or rank the result? */
  rankedByText: boolean;
}

export interface Filters {
  entities: readonly Entity[];
  range: DayRange;
  textWords: readonly string[];
}

export function filtersOf(parsed: ParsedQuestion): Filters {
  return { entities: parsed.entities, range: parsed.query.range, textWords: parsed.textWords };
}

export function hasStructure(filters: Filters): boolean {
  return filters.entities.length > 0 || !isOpen(filters.range);
}

export function selectEvents(filters: Filters, index: EventIndex, fullText: FullTextIndex): Selection {
  const structured = filterStructured(filters, index);
  if (filters.textWords.length === 0) return { positions: structured ?? index.events.map((_, i) => i), unknownWords: [], unmatchedWords: [], rankedByText: false };

  const { hits, unknown } = fullText.search(filters.textWords);
  const allowed = structured ? new Set(structured) : null;
  const inScope = allowed ? hits.filter((hit) => allowed.has(hit.position)) : hits;
  // A loop, not Math.max(...hits): a common word can hit more events than a call may take arguments.
  let best = 0;
  for (const hit of inScope) best = Math.max(best, hit.words.length);
  const ranked = inScope.filter((hit) => hit.words.length === best).sort((a, b) => b.score - a.score || a.position - b.position);
  const knownWords = filters.textWords.filter((word) => !unknown.includes(word));

  if (ranked.length > 0) {
    return { positions: ranked.map((hit) => hit.position), unknownWords: unknown, unmatchedWords: [], rankedByText: true };
  }
  // Words the posts never use, or use elsewhere only, never empty an answer the understood parts give.
  return { positions: structured ?? [], unknownWords: unknown, unmatchedWords: structured ? knownWords : [], rankedByText: false };
}

/** Null when nothing structural was asked (every event qualifies). */
function filterStructured(filters: Filters, index: EventIndex): number[] | null {
  const sets: number[][] = [];
  const byType = (type: Entity['type']) => filters.entities.filter((entity) => entity.type === type);
  for (const entity of [...byType('person'), ...byType('organisation')]) sets.push([...index.positionsOf(entity)]);
  for (const type of ['place', 'kind'] as const) {
    const any = byType(type);
    if (any.length > 0) sets.push([...new Set(any.flatMap((entity) => [...index.positionsOf(entity)]))]);
  }
  let result: number[] | null = null;
  for (const set of sets.sort((a, b) => a.length - b.length)) {
    if (result === null) result = set;
    else {
      const keep = new Set(set);
      result = result.filter((position) => keep.has(position));
    }
  }
  if (!isOpen(filters.range)) {
    const inRange = (position: number) => {
      const event = index.events[position];
      return event !== undefined && overlaps(event.start, event.end, filters.range);
    };
    result = result === null ? index.positionsInRange(filters.range) : result.filter(inRange);
  }
  return result === null ? null : result.sort((a, b) => a - b);
}
