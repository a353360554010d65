// Plan -> result over the indexes: select, order and pick, then group. The executor reads no words; it only
// follows the plan.
import type { Plan } from '../plan/plan.js';
import type { EventIndex } from '../search/event-index.js';
import type { FullTextIndex } from '../search/full-text.js';
import { selectEvents, type Filters, type Selection } from './select-events.js';
import { orderEvents, type Ordered } from './order-events.js';
import { groupEvents, type Grouping } from './group-events.js';
import { findRoleHolders, type HeldRole } from './find-role-holders.js';
import { FILLER_WORDS } from '../query/filler-words.js';
import { OPERATOR_WORDS } from '../query/operator-words.js';

export interface ExecuteContext {
  index: EventIndex;
  fullText: FullTextIndex;
  kindsOf(position: number): readonly string[];
}

export interface Execution {
  selection: Selection;
  ordered: Ordered;
  grouping: Grouping | null;
  /** "who organised X": the roles that answer, in event order; null when no role was asked. */
  roles: HeldRole[] | null;
}

export function executePlan(plan: Plan, context: ExecuteContext): Execution {
  const { index, fullText } = context;
  if (plan.problem) {
    const candidates = plan.problem.kind === 'anchor-ambiguous' ? [...plan.problem.candidates] : [];
    return { selection: { positions: candidates, unknownWords: [], unmatchedWords: [], rankedByText: false }, ordered: { positions: candidates, tie: false, beyond: false }, grouping: null, roles: null };
  }
  let selection = selectEvents(plan.filters, index, fullText);
  const role = plan.parsed.query.role;
  let roles: HeldRole[] | null = null;
  if (role?.asked) {
    // Every content word may say what the role was of, names too ("the Moldovan side").
    const describing = plan.parsed.words.filter((word) => !FILLER_WORDS.has(word) && !OPERATOR_WORDS.has(word));
    // "who led the Moldovan side": words no post uses may still say what the role was of, in any event.
    const broad = selection.positions.length === 0 && plan.filters.entities.length === 0 && plan.parsed.textWords.length > 0;
    const found = findRoleHolders(broad ? index.events.map((_, position) => position) : selection.positions, index.events, role, describing);
    roles = broad && !found.fitted ? [] : found.held;
    if (broad && roles.length > 0) {
      const positions = [...new Set(roles.map((held) => held.position))].sort((a, b) => a - b);
      selection = { positions, unknownWords: [], unmatchedWords: [], rankedByText: false };
    }
  }
  const grouping = plan.aggregate ? groupsOf(plan, selection, context) : null;
  const ordered = orderEvents(selection.positions, index.events, {
    order: plan.order,
    limit: plan.limit,
    ranked: selection.rankedByText,
    chronological: plan.parsed.query.intent === 'where' || plan.aggregate !== null,
  });
  return { selection, ordered, grouping, roles };
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
