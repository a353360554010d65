// The first line of an answer, in the unit the question asked for: a number of countries for "how many
// countries", Yes or No for "did ...", days for "how long", the busiest month for "busiest month". What could
// not be applied comes first (see caveats.ts), so no result is presented as the answer to another question.
import type { Plan } from '../plan/plan.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { Grouping } from '../execute/group-events.js';
import type { Ordered } from '../execute/order-events.js';
import type { PersonMention } from './answer.js';
import { isTime } from '../execute/group-events.js';
import { formatDays, formatPlace, titleOf } from './format-event.js';
import { DIMENSION_NOUNS } from './dimension-names.js';
import { joinList, ordinal, plural } from './wording.js';
import { daysBetween } from '../dates/day-range.js';

export interface HeadlineParts {
  plan: Plan;
  events: readonly EventRecord[];
  /** Matches before a position or limit picked some. */
  total: number;
  ordered: Ordered;
  grouping: Grouping | null;
  people: readonly PersonMention[];
  today: string;
}

const SHOWN_VALUES = 6;
const SHOWN_TIME_VALUES = 12;

export function headlineOf(parts: HeadlineParts): string {
  const { plan, events } = parts;
  const query = plan.parsed.query;
  const n = events.length;
  const counted = plural(n, 'event');
  if (plan.problem) return problemOf(parts);
  if (query.intent === 'yesno') return n > 0 ? `Yes: ${yesOf(parts)}` : query.people.length > 0 ? `No: no post names ${joinList(query.people)} for this.` : 'No: no event matches.';
  if (parts.grouping) return groupsHeadline(parts);
  if (query.intent === 'duration') return durationHeadline(events);
  if (plan.order?.by === 'duration') return lengthHeadline(parts);
  if (plan.anchor?.nearest) return nearestHeadline(parts);
  if (plan.order?.position != null) return positionHeadline(parts);
  if (query.upcoming) return upcomingHeadline(parts);
  if (n === 0) return 'No matching events.';
  const first = events[0];
  const tie = parts.ordered.tie ? ` (${n}, on the same day)` : '';
  switch (query.intent) {
    case 'count':
      return `${counted}.`;
    case 'where':
      return query.people.length > 0 ? `${query.people.join(' and ')}: ${counted}, in ${placesOf(events)}.` : `${counted}, in ${placesOf(events)}.`;
    case 'when':
      return n === 1 && first ? `${formatDays(first.start, first.end)}: ${first.title}` : `${counted}:`;
    case 'who':
      if (parts.people.length > 0) return `${parts.people.map((p) => p.name).join(', ')} (named in ${counted}).`;
      return n === 1 ? `The post of this event names no one${query.people.length > 0 ? ' else' : ''}.` : `The posts of these ${counted} name no one${query.people.length > 0 ? ' else' : ''}.`;
    case 'latest':
      return n === 1 ? 'The latest event:' : parts.ordered.tie ? `The latest events${tie}:` : `The latest ${n} events:`;
    case 'first':
      return n === 1 ? 'The first event:' : parts.ordered.tie ? `The first events${tie}:` : `The first ${n} events:`;
    default:
      return `${counted}:`;
  }
}

function problemOf({ plan }: HeadlineParts): string {
  const problem = plan.problem!;
  if (problem.kind === 'reference-missing') return problem.message;
  const cue = plan.parsed.query.anchor?.relation ?? problem.relation;
  if (problem.kind === 'anchor-not-found') return `I could not find the event "${problem.phrase}" that "${cue}" refers to, so I cannot answer this.`;
  return `"${problem.phrase}" could be ${plural(problem.candidates.length, 'event')}; say which one (its place or date) and ask again:`;
}

function yesOf({ events, plan }: HeadlineParts): string {
  const first = events[0]!;
  if (events.length === 1) return `${formatDays(first.start, first.end)}, ${formatPlace(first)}: ${titleOf(first)}.`;
  const people = plan.parsed.query.people;
  return `${plural(events.length, 'event')}${people.length > 0 ? ` naming ${people.join(' and ')}` : ''}, in ${placesOf(events)}.`;
}

function groupsHeadline({ plan, grouping, events }: HeadlineParts): string {
  const aggregate = plan.aggregate!;
  const groups = grouping!.groups;
  const [one, many] = DIMENSION_NOUNS[aggregate.by];
  const query = plan.parsed.query;
  // Years and months read as a series: up to a year's worth of them on the first line.
  const shown = isTime(aggregate.by) ? SHOWN_TIME_VALUES : SHOWN_VALUES;
  const values = groups.slice(0, shown).map((group) => `${group.value} (${group.count})`);
  const list = `${values.join(', ')}${groups.length > shown ? `, and ${groups.length - shown} more` : ''}`;
  const who = query.people.length > 0 ? `${query.people.join(' and ')}: ` : '';
  if (groups.length === 0) return aggregate.complement ? `Every ${one} in these events has a post naming ${joinList(plan.parsed.excluded.map((e) => e.name))}.` : events.length === 0 ? 'No matching events.' : `No ${one} fits.`;
  if (aggregate.pick !== 'all') {
    const top = groups[0]!;
    const adjective = isTime(aggregate.by) ? (aggregate.pick === 'most' ? 'busiest' : 'quietest') : aggregate.pick === 'most' ? 'most frequent' : 'least frequent';
    if (groups.length === 1) return `${who}The ${adjective} ${one}: ${top.value}, with ${plural(top.count, 'event')}.`;
    return `${who}A tie: ${groups.length} ${many} have ${plural(top.count, 'event')} each: ${joinList(groups.map((group) => group.value))}.`;
  }
  if (aggregate.complement) return `${plural(groups.length, one, many)} where no post names ${joinList(plan.parsed.excluded.map((e) => e.name), 'or')}: ${list}.`;
  if (aggregate.per || (isTime(aggregate.by) && query.intent !== 'count')) return `${who}Events per ${one}: ${list}.`;
  return `${who}${plural(groups.length, one, many)}: ${list}.`;
}

function durationHeadline(events: readonly EventRecord[]): string {
  if (events.length === 0) return 'No matching events.';
  if (events.length === 1) {
    const event = events[0]!;
    return `${plural(daysBetween(event.start, event.end), 'day')}: ${formatDays(event.start, event.end)} (${event.title}).`;
  }
  return `${plural(events.length, 'event')}, ${plural(distinctDays(events), 'day')} in all:`;
}

function distinctDays(events: readonly EventRecord[]): number {
  const days = new Set<number>();
  for (const event of events) {
    const start = Date.parse(`${event.start}T00:00:00Z`) / 86_400_000;
    for (let day = 0; day < daysBetween(event.start, event.end); day++) days.add(start + day);
  }
  return days.size;
}

function lengthHeadline({ plan, events, ordered }: HeadlineParts): string {
  const order = plan.order!;
  const word = order.direction === 'desc' ? 'longest' : 'shortest';
  if (events.length === 0) return ordered.beyond ? `There are not that many matching events.` : 'No matching events.';
  if (order.position === null) return `The ${events.length} ${word} events:`;
  const days = plural(daysBetween(events[0]!.start, events[0]!.end), 'day');
  const place = order.position > 1 ? `${ordinal(order.position)} ` : '';
  return events.length === 1 ? `The ${place}${word} event lasted ${days}:` : `The ${place}${word} events lasted ${days} each (${events.length} events):`;
}

function nearestHeadline({ plan, events }: HeadlineParts): string {
  const anchor = plan.anchor!;
  const side = anchor.relation === 'before' ? 'before' : 'after';
  const named = anchor.events.map(titleOf).join(' and ');
  if (events.length === 0) return `Nothing ${side} ${named}.`;
  const which = side === 'before' ? 'last' : 'first';
  return events.length === 1 ? `The ${which} event ${side} ${named}:` : `The ${which} events ${side} ${named} (${events.length}, on the same day):`;
}

function positionHeadline({ plan, events, total, ordered }: HeadlineParts): string {
  const order = plan.order!;
  const which = `${ordinal(order.position ?? 1)}${order.direction === 'desc' ? ' most recent' : ''}`;
  if (ordered.beyond) return total === 0 ? 'No matching events.' : `There ${total === 1 ? 'is only 1 matching event' : `are only ${total} matching events`}, so there is no ${which}:`;
  if (events.length > 1) return `A tie for the ${which}: ${events.length} events began on ${formatDays(events[0]!.start, events[0]!.start)}:`;
  return `The ${which} event (of ${total}):`;
}

function upcomingHeadline({ events, today, plan }: HeadlineParts): string {
  const to = plan.filters.range.to;
  if (events.length === 0) return to ? `No events from ${formatDays(today, today)} to ${formatDays(to, to)}.` : `No upcoming events: nothing is published from ${formatDays(today, today)} on.`;
  const current = events[0]!.start < today;
  if (events.length === 1) return current ? 'Under way now:' : 'The next event:';
  return `${plural(events.length, 'event')} from today on${current ? ' (the first is under way now)' : ''}:`;
}

export function placesOf(events: readonly EventRecord[]): string {
  const places = [...new Set(events.map((event) => event.city ?? event.country ?? 'no place given'))];
  return places.length <= 4 ? places.join(', ') : `${places.slice(0, 4).join(', ')} and ${places.length - 4} more ${places.length === 5 ? 'place' : 'places'}`;
}
