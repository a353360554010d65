// The first line of an answer, in the unit the question asked for: a number of countries for "how many
// countries", Yes or No for "did ...", days for "how long", the busiest month for "busiest month". What could
// not be applied comes first (see caveats.ts), so no result is presented as the answer to another question.
import type { Plan } from '../plan/plan.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { Grouping } from '../execute/group-events.js';
import type { Ordered } from '../execute/order-events.js';
import type { PersonMention } from './answer.js';
import type { Phrasebook } from './phrasebook.js';
import { isTime } from '../execute/group-events.js';
import { formatDays, formatPlace, titleOf } from './format-event.js';
import { groupValue } from './group-value.js';
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
  pb: Phrasebook;
}

const SHOWN_VALUES = 6;
const SHOWN_TIME_VALUES = 12;

export function headlineOf(parts: HeadlineParts): string {
  const { plan, events, pb } = parts;
  const query = plan.parsed.query;
  const n = events.length;
  const counted = pb.say('count.event', { count: n });
  if (plan.problem) return problemOf(parts);
  if (query.intent === 'yesno')
    return n > 0
      ? pb.say('headline.yes', { answer: yesOf(parts) })
      : query.people.length > 0
        ? pb.say('headline.noNamed', { people: pb.list(query.people) })
        : pb.say('headline.no');
  if (parts.grouping) return groupsHeadline(parts);
  if (query.intent === 'duration') return durationHeadline(events, pb);
  if (plan.order?.by === 'duration') return lengthHeadline(parts);
  if (plan.anchor?.nearest) return nearestHeadline(parts);
  if (plan.order?.position != null) return positionHeadline(parts);
  if (query.upcoming) return upcomingHeadline(parts);
  if (n === 0) return pb.say('headline.none');
  const first = events[0];
  const people = pb.chain(query.people, 'and');
  const noOneElse = query.people.length > 0;
  switch (query.intent) {
    case 'count':
      return pb.say('headline.count', { events: counted });
    case 'where':
      return query.people.length > 0
        ? pb.say('headline.wherePeople', { people, events: counted, places: placesOf(events, pb) })
        : pb.say('headline.where', { events: counted, places: placesOf(events, pb) });
    case 'when':
      return n === 1 && first
        ? pb.say('headline.whenOne', { days: formatDays(first.start, first.end, pb), title: first.title })
        : pb.say('headline.list', { events: counted });
    case 'who':
      if (parts.people.length > 0)
        return pb.say('headline.who', { names: parts.people.map((p) => p.name).join(', '), events: counted });
      if (n === 1) return pb.say(noOneElse ? 'headline.whoNoneOneElse' : 'headline.whoNoneOne');
      return pb.say(noOneElse ? 'headline.whoNoneManyElse' : 'headline.whoNoneMany', { events: counted, count: n });
    case 'latest':
      return n === 1
        ? pb.say('headline.latestOne')
        : pb.say(parts.ordered.tie ? 'headline.latestTie' : 'headline.latest', { count: n });
    case 'first':
      return n === 1
        ? pb.say('headline.firstOne')
        : pb.say(parts.ordered.tie ? 'headline.firstTie' : 'headline.first', { count: n });
    default:
      return pb.say('headline.list', { events: counted });
  }
}

function problemOf({ plan, pb }: HeadlineParts): string {
  const problem = plan.problem!;
  if (problem.kind === 'reference-missing') return problem.message;
  const cue = plan.parsed.query.anchor?.relation ?? problem.relation;
  if (problem.kind === 'anchor-not-found')
    return pb.say('headline.anchorNotFound', {
      phrase: problem.phrase,
      cue,
      relation: pb.say(`understood.relation.${cue}`),
    });
  return pb.say('headline.anchorAmbiguous', {
    phrase: problem.phrase,
    events: pb.say('count.event', { count: problem.candidates.length }),
    count: problem.candidates.length,
  });
}

function yesOf({ events, plan, pb }: HeadlineParts): string {
  const first = events[0]!;
  if (events.length === 1)
    return pb.say('headline.yesOne', {
      days: formatDays(first.start, first.end, pb),
      place: formatPlace(first, pb),
      title: titleOf(first),
    });
  const people = plan.parsed.query.people;
  const counted = pb.say('count.event', { count: events.length });
  if (people.length === 0)
    return pb.say('headline.yesMany', { events: counted, count: events.length, places: placesOf(events, pb) });
  return pb.say('headline.yesManyNaming', {
    events: counted,
    count: events.length,
    people: pb.chain(people, 'and'),
    places: placesOf(events, pb),
  });
}

function groupsHeadline({ plan, grouping, events, pb }: HeadlineParts): string {
  const aggregate = plan.aggregate!;
  const by = aggregate.by;
  const groups = grouping!.groups;
  const query = plan.parsed.query;
  // Years and months read as a series: up to a year's worth of them on the first line.
  const shown = isTime(by) ? SHOWN_TIME_VALUES : SHOWN_VALUES;
  const values = groups
    .slice(0, shown)
    .map((group) => pb.say('groups.value', { value: groupValue(by, group.value, pb), count: group.count }));
  const list =
    groups.length > shown
      ? pb.say('groups.listMore', { list: values.join(', '), count: groups.length - shown })
      : values.join(', ');
  const forPeople = (headline: string) =>
    query.people.length > 0
      ? pb.say('headline.forPeople', { people: pb.chain(query.people, 'and'), headline })
      : headline;
  const excluded = plan.parsed.excluded.map((e) => e.name);
  if (groups.length === 0)
    return aggregate.complement
      ? pb.say(`groups.everyHasPost.${by}`, { names: pb.list(excluded) })
      : events.length === 0
        ? pb.say('headline.none')
        : pb.say(`groups.noneFits.${by}`);
  if (aggregate.pick !== 'all') {
    const top = groups[0]!;
    const events = pb.say('count.event', { count: top.count });
    if (groups.length === 1)
      return forPeople(
        pb.say(aggregate.pick === 'most' ? `groups.most.${by}` : `groups.least.${by}`, {
          value: groupValue(by, top.value, pb),
          events,
        }),
      );
    return forPeople(
      pb.say(`groups.tie.${by}`, {
        count: groups.length,
        events,
        list: pb.list(groups.map((group) => groupValue(by, group.value, pb))),
      }),
    );
  }
  if (aggregate.complement)
    return pb.say(`groups.complement.${by}`, { count: groups.length, names: pb.list(excluded, 'or'), list });
  if (aggregate.per || (isTime(by) && query.intent !== 'count')) return forPeople(pb.say(`groups.per.${by}`, { list }));
  return forPeople(pb.say('groups.all', { values: pb.say(`count.${by}`, { count: groups.length }), list }));
}

function durationHeadline(events: readonly EventRecord[], pb: Phrasebook): string {
  if (events.length === 0) return pb.say('headline.none');
  if (events.length === 1) {
    const event = events[0]!;
    return pb.say('headline.durationOne', {
      days: pb.say('count.day', { count: daysBetween(event.start, event.end) }),
      dates: formatDays(event.start, event.end, pb),
      title: event.title,
    });
  }
  return pb.say('headline.durationMany', {
    events: pb.say('count.event', { count: events.length }),
    days: pb.say('count.day', { count: distinctDays(events) }),
  });
}

function distinctDays(events: readonly EventRecord[]): number {
  const days = new Set<number>();
  for (const event of events) {
    const start = Date.parse(`${event.start}T00:00:00Z`) / 86_400_000;
    for (let day = 0; day < daysBetween(event.start, event.end); day++) days.add(start + day);
  }
  return days.size;
}

function lengthHeadline({ plan, events, ordered, pb }: HeadlineParts): string {
  const order = plan.order!;
  const longest = order.direction === 'desc';
  if (events.length === 0) return pb.say(ordered.beyond ? 'headline.notThatMany' : 'headline.none');
  if (order.position === null)
    return pb.say(longest ? 'headline.longestAll' : 'headline.shortestAll', { count: events.length });
  const days = pb.say('count.day', { count: daysBetween(events[0]!.start, events[0]!.end) });
  const params = { days, ordinal: pb.ordinal(order.position), count: events.length };
  const nth = order.position > 1;
  if (events.length === 1)
    return pb.say(
      nth
        ? longest
          ? 'headline.nthLongestOne'
          : 'headline.nthShortestOne'
        : longest
          ? 'headline.longestOne'
          : 'headline.shortestOne',
      params,
    );
  return pb.say(
    nth
      ? longest
        ? 'headline.nthLongestTie'
        : 'headline.nthShortestTie'
      : longest
        ? 'headline.longestTie'
        : 'headline.shortestTie',
    params,
  );
}

function nearestHeadline({ plan, events, pb }: HeadlineParts): string {
  const anchor = plan.anchor!;
  const before = anchor.relation === 'before';
  const named = pb.chain(anchor.events.map(titleOf), 'and');
  if (events.length === 0) return pb.say(before ? 'headline.nothingBefore' : 'headline.nothingAfter', { named });
  if (events.length === 1) return pb.say(before ? 'headline.lastBefore' : 'headline.firstAfter', { named });
  return pb.say(before ? 'headline.lastBeforeTie' : 'headline.firstAfterTie', { named, count: events.length });
}

function positionHeadline({ plan, events, total, ordered, pb }: HeadlineParts): string {
  const order = plan.order!;
  const recent = order.direction === 'desc';
  const ordinal = pb.ordinal(order.position ?? 1);
  if (ordered.beyond)
    return total === 0
      ? pb.say('headline.none')
      : pb.say(recent ? 'headline.beyondRecent' : 'headline.beyond', { count: total, ordinal });
  if (events.length > 1)
    return pb.say(recent ? 'headline.positionTieRecent' : 'headline.positionTie', {
      ordinal,
      count: events.length,
      day: formatDays(events[0]!.start, events[0]!.start, pb),
    });
  return pb.say(recent ? 'headline.positionRecent' : 'headline.position', { ordinal, total });
}

function upcomingHeadline({ events, today, plan, pb }: HeadlineParts): string {
  const to = plan.filters.range.to;
  const from = formatDays(today, today, pb);
  if (events.length === 0)
    return to
      ? pb.say('headline.noEventsBetween', { from, to: formatDays(to, to, pb) })
      : pb.say('headline.noUpcoming', { from });
  const current = events[0]!.start < today;
  if (events.length === 1) return pb.say(current ? 'headline.underWay' : 'headline.next');
  return pb.say(current ? 'headline.upcomingUnderWay' : 'headline.upcoming', {
    events: pb.say('count.event', { count: events.length }),
    count: events.length,
  });
}

export function placesOf(events: readonly EventRecord[], pb: Phrasebook): string {
  const places = [...new Set(events.map((event) => event.city ?? event.country ?? pb.say('place.none')))];
  return places.length <= 4
    ? places.join(', ')
    : pb.say('places.more', { places: places.slice(0, 4).join(', '), count: places.length - 4 });
}
