// A question ready to execute: the query's names turned into the index's entities, anchors turned into days
// (the event an anchor names found first, and required to be one event), and what the answer must admit.
import type { Aggregate, AnchorRelation, DurationFilter, Order } from '../query/query.js';
import type { ParsedQuestion } from '../query/parse-question.js';
import type { Filters } from '../execute/select-events.js';
import type { EventRecord } from '../dataset/event-schema.js';

export interface ResolvedAnchor {
  relation: AnchorRelation;
  /** The events the anchor names, one per description (a description may also name days). */
  events: EventRecord[];
  /** How each description reads ("the ohrid conference"). */
  phrases: string[];
  /** Only the nearest event on that side ("the meeting before X"). */
  nearest: boolean;
}

/** Something the answer must say first, instead of presenting a result as the answer. */
export type PlanProblem =
  | { kind: 'reference-missing'; message: string }
  | { kind: 'anchor-not-found'; phrase: string; relation: AnchorRelation }
  | { kind: 'anchor-ambiguous'; phrase: string; relation: AnchorRelation; candidates: readonly number[] };

export interface Plan {
  parsed: ParsedQuestion;
  filters: Filters;
  order: Order | null;
  limit: number | null;
  aggregate: Aggregate | null;
  duration: DurationFilter | null;
  anchor: ResolvedAnchor | null;
  problem: PlanProblem | null;
}
