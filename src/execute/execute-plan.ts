// Plan -> result over the indexes: select, order and pick, then group. The executor reads no words; it only
// follows the plan.
import type { Plan } from '../plan/plan.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import { selectEvents, type Filters, type Selection } from './select-events.js';
import { orderEvents, type Ordered } from './order-events.js';
import { groupEvents, type Grouping } from './group-events.js';

export interface ExecuteContext {
  index: EventIndex;
  fullText: FullTextIndex;
  kindsOf(position: number): readonly string[];
}

export interface Execution {
  selection: Selection;
  ordered: Ordered;
  grouping: Grouping | null;
}

export function executePlan(plan: Plan, context: ExecuteContext): Execution {
  const { index, fullText } = context;
  if (plan.problem) {
    const candidates = plan.problem.kind === 'anchor-ambiguous' ? [...plan.problem.candidates] : [];
    return { selection: { positions: candidates, unknownWords: [], unmatchedWords: [], rankedByText: false }, ordered: { positions: candidates, tie: false, beyond: false }, grouping: null };
  }
  const selection = selectEvents(plan.filters, index, fullText);
  const grouping = plan.aggregate ? groupsOf(plan, selection, context) : null;
  const ordered = orderEvents(selection.positions, index.events, {
    order: plan.order,
    limit: plan.limit,
    ranked: selection.rankedByText,
    chronological: plan.parsed.query.intent === 'where' || plan.aggregate !== null,
  });
  return { selection, ordered, grouping };
}

function groupsOf(plan: Plan, selection: Selection, context: ExecuteContext): Grouping {
  const aggregate = plan.aggregate!;
  const events = context.index.events;
  if (!aggregate.complement) return groupEvents(selection.positions, events, aggregate, context.kindsOf);
  // "which countries did he not visit": the scope's groups minus those of his own events.
  const excluded = plan.filters.excluded?.entities ?? [];
  const scope: Filters = { ...plan.filters, excluded: plan.filters.excluded && { ...plan.filters.excluded, entities: [] } };
  const all = { ...aggregate, pick: 'all' as const, minCount: null, maxCount: null };
  const own = groupEvents(selectEvents({ ...scope, entities: [...scope.entities, ...excluded] }, context.index, context.fullText).positions, events, all, context.kindsOf);
  const theirs = new Set(own.groups.map((group) => group.value));
  return groupEvents(selectEvents(scope, context.index, context.fullText).positions, events, aggregate, context.kindsOf, (value) => !theirs.has(value));
}
