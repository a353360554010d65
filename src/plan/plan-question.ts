// Question -> Plan. Parses, then resolves an anchor: its description is read as a question of its own and
// must find exactly one event (a description that finds nothing is shortened from the end, giving its last
// words back to the question: "after the Ohrid conference in 2023"). The event then becomes days, never a
// filter, and is itself left out of the answer.
import type { DayRange, Order } from '../query/query.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { Plan, PlanProblem, ResolvedAnchor } from './plan.js';
import { parseQuestion, type ParseOptions, type ParsedQuestion, type ParserVocabulary } from '../query/parse-question.js';
import { selectEvents, type Filters } from '../execute/select-events.js';
import { anchorRange } from '../dates/anchor-range.js';
import { intersectRanges, isOpen } from '../dates/day-range.js';

export interface PlanContext {
  vocabulary: ParserVocabulary;
  index: EventIndex;
  fullText: FullTextIndex;
  /** Positions of events by id (a conversation's "the second one"). */
  positionsOf(ids: readonly string[]): number[];
}

/** What an anchor's description found: an event, days, several events, or nothing. */
type Target =
  | { kind: 'event'; position: number; end: number }
  | { kind: 'days'; range: DayRange; end: number }
  | { kind: 'ambiguous'; positions: readonly number[]; end: number }
  | { kind: 'none'; end: number };

export function planQuestion(question: string, today: string, context: PlanContext, options: ParseOptions = {}): Plan {
  return planParsed(settleAnchor(question, today, context, options), today, context);
}

/**
 * Parses, and shortens an anchor's description that finds nothing from the end, giving its last words back to
 * the question ("after the Ohrid conference with Sojati": the conference, and "with Sojati" for the question).
 */
export function settleAnchor(question: string, today: string, context: PlanContext, options: ParseOptions = {}): ParsedQuestion {
  const parsed = parseQuestion(question, today, context.vocabulary, options);
  const anchor = parsed.query.anchor;
  if (!anchor) return parsed;
  const ends = anchor.targets.map((target) => resolveTarget(parsed.words, target.start, target.end, today, context, true).end);
  return ends.every((end, i) => end === anchor.targets[i]?.end) ? parsed : parseQuestion(question, today, context.vocabulary, { ...options, anchorEnds: ends });
}

/** A parsed (or merged) question -> Plan: its anchor's descriptions are read as they stand. */
export function planParsed(parsed: ParsedQuestion, today: string, context: PlanContext): Plan {
  const focus = parsed.focus ? context.positionsOf(parsed.focus) : null;
  const anchor = parsed.query.anchor;
  if (!anchor) return planOf(parsed, null, null, [], null, null, focus);

  const targets = anchor.targets.map((target) => resolveTarget(target.words ?? parsed.words, target.start, target.end, today, context, false));
  const phrases = anchor.targets.map((target) => target.phrase);
  const failed = targets.findIndex((target) => target.kind === 'none' || target.kind === 'ambiguous');
  if (failed >= 0) {
    const target = targets[failed]!;
    const problem: PlanProblem =
      target.kind === 'ambiguous'
        ? { kind: 'anchor-ambiguous', phrase: phrases[failed] ?? '', relation: anchor.relation, candidates: target.positions }
        : { kind: 'anchor-not-found', phrase: phrases[failed] ?? '', relation: anchor.relation };
    return planOf(parsed, null, problem, [], null);
  }
  const events = targets.flatMap((target) => (target.kind === 'event' ? [context.index.events[target.position]!] : []));
  const range = anchorRange(anchor, targets.map((target) => (target.kind === 'event' ? { range: spanOf(context.index.events[target.position]!), isEvent: true } : { range: target.kind === 'days' ? target.range : { from: null, to: null }, isEvent: false })));
  const nearestOnly = anchor.nearest && !parsed.query.order;
  // "the next event after X", "the last meeting before X": the order says nearest.
  const order = parsed.query.order;
  const nearestByOrder = order?.by === 'start' && (parsed.query.limit === 1 || order.position === 1) && order.direction === (anchor.relation === 'before' ? 'desc' : 'asc');
  const resolved: ResolvedAnchor = { relation: anchor.relation, events, phrases, nearest: nearestOnly || (nearestByOrder && ['before', 'after'].includes(anchor.relation)) };
  const excluded = targets.flatMap((target) => (target.kind === 'event' ? [target.position] : []));
  // "the meeting before X", "right after X": only the nearest one on that side.
  const nearest: Order | null = nearestOnly ? { by: 'start', direction: anchor.relation === 'before' ? 'desc' : 'asc', position: 1, ties: true } : null;
  return planOf(parsed, resolved, null, excluded, range, nearest, focus);
}

/** Before, after and between an event mean wholly on that side of it; near it means overlapping the days. */
const WHOLLY = new Set(['before', 'after', 'between']);

function planOf(
  parsed: ParsedQuestion,
  anchor: ResolvedAnchor | null,
  problem: PlanProblem | null,
  anchorPositions: readonly number[],
  anchorDays: DayRange | null,
  nearest: Order | null = null,
  focus: readonly number[] | null = null,
): Plan {
  const { query } = parsed;
  const wholly = anchor !== null && WHOLLY.has(anchor.relation);
  const range = anchorDays && !wholly ? intersectRanges(query.range, anchorDays) : query.range;
  const filters: Filters = {
    entities: parsed.entities,
    range,
    contained: wholly ? anchorDays : null,
    only: focus,
    role: query.role && !query.role.asked ? query.role : null,
    textWords: parsed.textWords,
    // "who else, apart from Sojati, was at X": he is left out of the people named, not his events out of X.
    excluded: { entities: whoElse(parsed) ? parsed.excluded.filter((entity) => entity.type !== 'person') : parsed.excluded, ranges: query.exclude.ranges, textWords: query.exclude.text, positions: anchorPositions },
    duration: query.duration,
  };
  return { parsed, filters, order: nearest ?? query.order, limit: nearest ? null : query.limit, aggregate: query.aggregate, duration: query.duration, anchor, problem };
}

function whoElse(parsed: ParsedQuestion): boolean {
  return parsed.query.intent === 'who' && !parsed.query.role;
}

/** `shorten`: try shorter descriptions when the whole one finds nothing. */
function resolveTarget(words: readonly string[], start: number, end: number, today: string, context: PlanContext, shorten: boolean): Target {
  let ambiguous: Target | null = null;
  for (let stop = end; stop > (shorten ? start : end - 1); stop--) {
    const sub = parseQuestion(words.slice(start, stop).join(' '), today, context.vocabulary);
    const onlyDays = sub.entities.length === 0 && sub.textWords.length === 0 && !isOpen(sub.query.range);
    if (onlyDays) return { kind: 'days', range: sub.query.range, end: stop };
    if (sub.entities.length === 0 && sub.textWords.length === 0) continue;
    const selection = selectEvents({ entities: sub.entities, range: sub.query.range, textWords: sub.textWords }, context.index, context.fullText);
    // A description whose words the posts never use found nothing, even if the rest of it found events.
    if (selection.unknownWords.length > 0 || selection.unmatchedWords.length > 0) continue;
    if (selection.positions.length === 1) return { kind: 'event', position: selection.positions[0]!, end: stop };
    if (selection.positions.length > 1 && !ambiguous) ambiguous = { kind: 'ambiguous', positions: selection.positions, end: stop };
  }
  return ambiguous ?? { kind: 'none', end };
}

function spanOf(event: EventRecord): DayRange {
  return { from: event.start, to: event.end };
}
