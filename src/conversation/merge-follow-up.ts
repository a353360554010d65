// A follow-up read against the previous question: what it names replaces the same kind of thing ("what about
// Budva" changes the place, "and in 2022?" the year), adds when it says so ("also in Albania"), and keeps the
// rest; exclusions add up ("without Sojati"); a new intent, order or grouping asks again of the same events.
import type { Entity } from '../search/entity.js';
import type { ParsedQuestion } from '../query/parse-question.js';
import type { Query } from '../query/query.js';
import { isOpen } from '../dates/day-range.js';
import { namesByType } from '../query/entity-names.js';

export function mergeFollowUp(previous: ParsedQuestion, next: ParsedQuestion, additive: boolean): ParsedQuestion {
  const nextQuery = next.query;
  // "he" in a follow-up is the person asked about before, not the default reading of a pronoun.
  const pronoun = nextQuery.pronoun;
  const nextEntities = pronoun && previous.entities.some((entity) => entity.type === 'person') ? next.entities.filter((entity) => !(entity.type === 'person' && entity.name === pronoun)) : next.entities;
  const byType = (list: readonly Entity[], type: Entity['type']) => list.filter((entity) => entity.type === type);
  const types: Entity['type'][] = ['person', 'place', 'organisation', 'kind'];
  let entities = types.flatMap((type) => {
    const mine = byType(nextEntities, type);
    if (mine.length === 0) return byType(previous.entities, type);
    return additive ? [...new Set([...byType(previous.entities, type), ...mine])] : mine;
  });
  const excludedNow = new Set(next.excluded);
  entities = entities.filter((entity) => !excludedNow.has(entity));
  const included = new Set(entities);
  const excluded = [...new Set([...previous.excluded.filter((entity) => !included.has(entity)), ...next.excluded])];

  const before = previous.query;
  const range = isOpen(nextQuery.range) ? before.range : nextQuery.range;
  const explicitIntent = nextQuery.intent !== 'list';
  const textWords = next.textWords.length > 0 ? next.textWords : previous.textWords;
  const query: Query = {
    ...before,
    intent: explicitIntent ? nextQuery.intent : before.intent === 'yesno' ? 'list' : before.intent,
    ...namesByType(entities),
    range,
    text: textWords.length > 0 ? textWords.join(' ') : null,
    limit: nextQuery.limit ?? (nextQuery.order || nextQuery.aggregate ? null : before.limit),
    exclude: {
      ...namesByType(excluded),
      ranges: [...before.exclude.ranges, ...nextQuery.exclude.ranges],
      text: [...new Set([...before.exclude.text, ...nextQuery.exclude.text])],
    },
    anchor: nextQuery.anchor ?? (before.anchor && { ...before.anchor, targets: before.anchor.targets.map((target) => ({ ...target, words: target.words ?? previous.words })) }),
    order: nextQuery.order ?? (nextQuery.aggregate ? null : before.order),
    aggregate: nextQuery.aggregate ?? (explicitIntent || nextQuery.order ? null : before.aggregate),
    duration: nextQuery.duration ?? before.duration,
    unsupported: nextQuery.unsupported,
    pronoun: pronoun && !previous.entities.some((entity) => entity.type === 'person') ? pronoun : before.pronoun,
    upcoming: nextQuery.upcoming || (before.upcoming && isOpen(nextQuery.range)),
    // A new way of asking drops the old role or detail question unless it asks one itself.
    role: nextQuery.role ?? (explicitIntent ? null : before.role),
    detail: nextQuery.detail ?? (explicitIntent ? null : before.detail),
  };
  return { query, entities, excluded, textWords, typos: next.typos, words: next.words, ...(previous.focus ? { focus: previous.focus } : {}) };
}

/**
 * "the second one", "who organised it": the question is about that event alone, asked the new way. The words
 * that pointed at it ("second") were a position in the last answer, not in this one.
 */
export function focusOn(next: ParsedQuestion, ids: readonly string[], positional = false): ParsedQuestion {
  return { ...next, focus: ids, query: positional ? { ...next.query, order: null, limit: null, intent: next.query.intent === 'first' || next.query.intent === 'latest' ? 'list' : next.query.intent } : next.query };
}
