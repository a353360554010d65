// Plan + execution -> the neutral Answer: the interpretation (the query as JSON), the first line, the groups
// or events it presents, notes, and the plain-text rendering.
import type { Answer, AnswerGroup, AnswerRole, Interpretation, PersonMention } from './answer.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { EventIndex } from '../search/event-index.js';
import type { Plan } from '../plan/plan.js';
import type { Execution } from '../execute/execute-plan.js';
import type { Phrasebook } from './phrasebook.js';
import { describePlan } from './describe-query.js';
import { formatDays, formatPlace, titleOf } from './format-event.js';
import { quotePost } from './quote-post.js';
import { detailHeadline, recordLines, roleHeadline } from './detail-answer.js';
import { helpText } from './help-text.js';
import { headlineOf } from './headline.js';
import { caveatsOf } from './caveats.js';
import { renderText } from './render-text.js';
import { intersectRanges } from '../dates/day-range.js';

export interface AnswerParts {
  question: string;
  plan: Plan;
  execution: Execution;
  index: EventIndex;
  /** Events in the same scope that do not name the person asked about ("where" questions). */
  alsoWithout: readonly EventRecord[];
  suggestions: readonly string[];
  today: string;
  /** Read against the previous question of a conversation (said in the understood line). */
  followUp: boolean;
  /** The bot's words in the answer's language. */
  pb: Phrasebook;
}

/** The answer but for the conversation state, which the engine adds. */
export type AnswerBody = Omit<Answer, 'conversation'>;

export function buildAnswer(parts: AnswerParts): AnswerBody {
  const { question, plan, execution, index, followUp, pb } = parts;
  const query = plan.parsed.query;
  const interpretation = interpretationOf(plan, pb);
  const described = describePlan(plan, pb);
  const understood = followUp ? pb.say('understood.followUp', { understood: described }) : described;
  if (query.intent === 'help') {
    const headline = pb.say('help.headline');
    return { question, interpretation, understood, understoodLine: pb.say('text.understood', { understood }), headline, count: 0, events: [], people: [], groups: [], verdict: null, roles: [], quotes: [], record: false, notes: [], text: helpText(pb), followUp: false };
  }
  const eventsAt = (positions: readonly number[]) => positions.map((position) => index.events[position]).filter((event): event is EventRecord => event !== undefined);
  // Groups present every event behind them; otherwise the order and position decide what is shown.
  const grouped = execution.grouping && [...new Set(execution.grouping.groups.flatMap((group) => group.positions))].sort((a, b) => a - b);
  const events = eventsAt(grouped ?? execution.ordered.positions);
  const groups: AnswerGroup[] = (execution.grouping?.groups ?? []).map((group) => ({ value: group.value, count: group.count, events: eventsAt(group.positions).map((event) => event.id) }));
  const roles: AnswerRole[] = (execution.roles ?? []).flatMap(({ position, role }) => {
    const event = index.events[position];
    return event ? [{ eventId: event.id, role: role.role, holder: role.holder, holderType: role.holderType, of: role.of }] : [];
  });
  const people = query.intent === 'who' && !query.role?.asked ? mentionedPeople(events, [...query.people, ...query.exclude.people]) : [];
  const detail = query.detail;
  // Detail answers quote at most three posts; the whole record is for one event.
  const quotes = detail && detail !== 'record' ? events.slice(0, 3).flatMap((event) => quotePost(event, detail, plan.parsed.words, kindAsksWho(detail) ? query.people : []) ?? []) : [];
  const record = detail === 'record' && events.length === 1;

  const notes = [...parts.suggestions];
  if (parts.alsoWithout.length > 0) {
    const inline = (event: EventRecord) => ({ title: event.title, place: formatPlace(event, pb), days: formatDays(event.start, event.end, pb) });
    const list = parts.alsoWithout.slice(0, 3).map((event) => pb.say('notes.eventInline', inline(event))).join('; ');
    const tail = parts.alsoWithout.length > 3 ? '; ...' : '';
    const people = pb.chain(query.people, 'or');
    notes.push(pb.say('notes.alsoWithout', { count: parts.alsoWithout.length, people, list: `${list}${tail}` }));
  }
  const without = execution.grouping?.without ?? 0;
  if (without > 0 && plan.aggregate) notes.push(pb.say(`notes.noValue.${plan.aggregate.by}`, { count: without }));
  if (query.upcoming && events.length === 0) {
    // Say what is nearest: the next event after the window asked about, or else the latest one published.
    const to = plan.filters.range.to;
    const next = to ? index.events.find((event) => event.start > to) : undefined;
    const latest = index.events[index.events.length - 1];
    const event = next ?? latest;
    const params = event && { title: titleOf(event), place: formatPlace(event, pb), days: formatDays(event.start, event.end, pb) };
    if (params) notes.push(pb.say(next ? 'notes.nextPublished' : 'notes.latestPublished', params));
  }

  const caveats = caveatsOf(plan, execution.selection, events.length, pb);
  const headlineParts = { plan, events, total: execution.selection.positions.length, ordered: execution.ordered, grouping: execution.grouping, people, today: parts.today, pb };
  const first = plan.problem
    ? headlineOf(headlineParts)
    : query.role?.asked
    ? roleHeadline(roles, events, query.role, pb)
    : detail && detail !== 'record' && !plan.problem
      ? detailHeadline(detail, quotes, events, pb)
      : record
        ? pb.say('record.headline', { title: titleOf(events[0]!) })
        : headlineOf(headlineParts);
  const headline = [...caveats, first].join(' ');
  const verdict = query.intent === 'yesno' && !plan.problem ? (events.length > 0 ? 'yes' : 'no') : null;
  const text = renderText({
    headline,
    understood,
    events,
    people,
    groups,
    groupedBy: groups.length > 0 ? (plan.aggregate?.by ?? null) : null,
    notes,
    showLengths: query.intent === 'duration' || plan.order?.by === 'duration',
    quotes: quotes.slice(1).map((quote) => ({ quote, event: events.find((event) => event.id === quote.eventId) })),
    record: record ? recordLines(events[0]!, pb).slice(1) : null,
    pb,
  });
  return { question, interpretation, understood, understoodLine: pb.say('text.understood', { understood }), headline, count: events.length, events, people, groups, verdict, roles, quotes, record, notes, text, followUp };
}

/** Details that are someone's doing: "what did Sojati present" must quote Sojati. */
function kindAsksWho(detail: string): boolean {
  return detail === 'presented';
}

function interpretationOf(plan: Plan, pb: Phrasebook): Interpretation {
  const { query } = plan.parsed;
  const anchor = query.anchor;
  return {
    intent: query.intent,
    people: query.people,
    places: query.places,
    organisations: query.organisations,
    kinds: query.kinds,
    from: effective(plan).from,
    to: effective(plan).to,
    text: query.text,
    limit: plan.limit,
    exclude: query.exclude,
    anchor: anchor && {
      relation: anchor.relation,
      phrases: plan.anchor?.phrases ?? anchor.targets.map((target) => target.phrase),
      events: (plan.anchor?.events ?? []).map(({ id, title, start, end }) => ({ id, title, start, end })),
      distance: anchor.distance,
      nearest: anchor.nearest,
    },
    order: plan.order,
    aggregate: query.aggregate,
    duration: query.duration,
    unsupported: query.unsupported,
    pronoun: query.pronoun,
    upcoming: query.upcoming,
    role: query.role,
    detail: query.detail,
    language: pb.language,
    script: pb.script,
  };
}

/** The days the answer covers: the question's range, narrowed by an anchor's. */
function effective(plan: Plan): { from: string | null; to: string | null } {
  const contained = plan.filters.contained;
  return contained ? intersectRanges(plan.filters.range, contained) : plan.filters.range;
}

function mentionedPeople(events: readonly EventRecord[], asked: readonly string[]): PersonMention[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const person of event.people) if (!asked.includes(person)) counts.set(person, (counts.get(person) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => ({ name, events: count }));
}
