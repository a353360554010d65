// Says in one line what the engine understood (the plan printed back), so a user can see why an answer is
// what it is: "where · Agron Sojati · not in Montenegro · after <event> (15–17 March 2022) · by country".
import type { Plan } from '../plan/plan.js';
import type { Phrasebook } from './phrasebook.js';
import type { RoleKind } from '../query/query.js';
import { formatDays, formatRange, titleOf } from './format-event.js';

export function describePlan(plan: Plan, pb: Phrasebook): string {
  const query = plan.parsed.query;
  const role = query.role;
  const asked = role?.asked ? describeAsked(role.word, role.holder, role.kinds[0], pb) : null;
  const parts = [
    query.detail ? pb.say(`understood.detail.${query.detail}`) : (asked ?? pb.say(`understood.intent.${query.intent}`)),
  ];
  if (role && !role.asked && role.kinds[0])
    parts.push(
      pb.say('understood.roleFilter', { role: pb.say(`role.by.${role.kinds[0]}`), holder: role.holder ?? '' }),
    );
  const aggregate = query.aggregate;
  if (aggregate) {
    const by = aggregate.by;
    parts.push(
      pb.say(
        aggregate.pick === 'most'
          ? `understood.most.${by}`
          : aggregate.pick === 'least'
            ? `understood.least.${by}`
            : `understood.by.${by}`,
      ),
    );
    if (aggregate.minCount !== null || aggregate.maxCount !== null)
      parts.push(describeCounts(aggregate.minCount, aggregate.maxCount, pb));
    if (aggregate.complement)
      parts.push(
        pb.say(`understood.complement.${by}`, {
          names: pb.chain(
            plan.parsed.excluded.map((entity) => entity.name),
            'or',
          ),
        }),
      );
  }
  if (query.people.length > 0) parts.push(pb.chain(query.people, 'and'));
  if (query.pronoun) parts.push(pb.say('understood.pronoun', { person: query.pronoun }));
  if (query.places.length > 0) parts.push(pb.say('understood.in', { places: pb.chain(query.places, 'or') }));
  if (query.organisations.length > 0)
    parts.push(pb.say('understood.with', { organisations: pb.chain(query.organisations, 'and') }));
  if (query.kinds.length > 0)
    parts.push(
      pb.chain(
        query.kinds.map((kind) => kindsName(kind, pb)),
        'or',
      ),
    );
  const exclude = query.exclude;
  if (exclude.people.length > 0) parts.push(pb.say('understood.without', { people: pb.chain(exclude.people, 'or') }));
  if (exclude.places.length > 0) parts.push(pb.say('understood.notIn', { places: pb.chain(exclude.places, 'or') }));
  if (exclude.organisations.length > 0)
    parts.push(pb.say('understood.notWith', { organisations: pb.chain(exclude.organisations, 'or') }));
  if (exclude.kinds.length > 0)
    parts.push(
      pb.say('understood.notKinds', {
        kinds: pb.chain(
          exclude.kinds.map((kind) => kindsName(kind, pb)),
          'or',
        ),
      }),
    );
  const { from, to } = plan.filters.range;
  if (query.upcoming && from)
    parts.push(
      to
        ? pb.say('understood.fromTo', { from: formatDays(from, from, pb), to: formatDays(to, to, pb) })
        : pb.say('understood.fromOn', { from: formatDays(from, from, pb) }),
    );
  else {
    const range = formatRange(plan.anchor ? query.range : plan.filters.range, pb);
    if (range) parts.push(range);
  }
  for (const range of exclude.ranges)
    parts.push(pb.say('understood.notRange', { range: formatRange(range, pb) ?? '' }));
  if (plan.anchor) parts.push(describeAnchor(plan, pb));
  else if (query.anchor && plan.problem && plan.problem.kind !== 'reference-missing')
    parts.push(
      pb.say('understood.anchorPhrase', {
        relation: pb.say(`understood.relation.${query.anchor.relation}`),
        phrase: plan.problem.phrase,
      }),
    );
  if (query.text) parts.push(pb.say('understood.about', { text: query.text }));
  if (exclude.text.length > 0) parts.push(pb.say('understood.notAbout', { text: exclude.text.join(' ') }));
  if (query.duration) parts.push(describeDuration(query.duration.min, query.duration.max, pb));
  const order = plan.order;
  if (order?.by === 'duration') {
    const longest = order.direction === 'desc';
    const nth = order.position && order.position > 1 ? order.position : null;
    parts.push(
      nth
        ? pb.say(longest ? 'understood.nthLongest' : 'understood.nthShortest', { ordinal: pb.ordinal(nth) })
        : pb.say(longest ? 'understood.longest' : 'understood.shortest'),
    );
  } else if (order?.position != null && !plan.anchor?.nearest) {
    parts.push(
      pb.say(order.direction === 'desc' ? 'understood.positionRecent' : 'understood.position', {
        ordinal: pb.ordinal(order.position),
      }),
    );
  }
  if (plan.limit !== null) parts.push(pb.say('understood.limit', { count: plan.limit }));
  return parts.join(' · ');
}

/** "who organised", "what Sojati moderated": the English says the question's own word, others the role's. */
function describeAsked(word: string, holder: string | null, kind: RoleKind | undefined, pb: Phrasebook): string {
  if (holder)
    return pb.say('understood.askedHolder', { holder, word, role: kind ? pb.say(`role.name.${kind}`) : word });
  return kind ? pb.say(`role.who.${kind}`, { word }) : pb.say('understood.askedWho', { word });
}

/** "workshops": a kind of event in the plural, as the catalogue names it (data may add kinds it does not know). */
function kindsName(kind: string, pb: Phrasebook): string {
  return pb.sayIf(`kinds.${kind}`) ?? (kind.endsWith('s') ? kind : `${kind}s`);
}

function describeAnchor(plan: Plan, pb: Phrasebook): string {
  const anchor = plan.anchor!;
  const query = plan.parsed.query.anchor!;
  const distance = query.distance ? pb.say(`count.${query.distance.unit}`, { count: query.distance.count }) : null;
  const names = anchor.events.map((event) => `${titleOf(event)} (${formatDays(event.start, event.end, pb)})`);
  const named = pb.chain(names.length > 0 ? names : anchor.phrases, 'and');
  if (anchor.relation === 'within')
    return distance
      ? pb.say('understood.within', { distance, named })
      : pb.say('understood.withinNoDistance', { named });
  if (anchor.relation === 'during' && query.distance)
    return pb.say(`understood.sameAs.${query.distance.unit}`, { named });
  const relation = pb.say(`understood.relation.${anchor.relation}`);
  if (anchor.nearest)
    return distance
      ? pb.say('understood.anchorNearestDistance', { distance, relation, named })
      : pb.say('understood.anchorNearest', { relation, named });
  return distance
    ? pb.say('understood.anchorDistance', { distance, relation, named })
    : pb.say('understood.anchor', { relation, named });
}

function describeCounts(min: number | null, max: number | null, pb: Phrasebook): string {
  if (min !== null && max !== null && min === max)
    return min === 1
      ? pb.say('understood.once')
      : min === 2
        ? pb.say('understood.twice')
        : pb.say('understood.times', { count: min });
  if (min !== null && max !== null) return pb.say('understood.timesBetween', { min, max });
  return min !== null
    ? pb.say('understood.timesAtLeast', { count: min })
    : pb.say('understood.timesAtMost', { count: max ?? 0 });
}

function describeDuration(min: number | null, max: number | null, pb: Phrasebook): string {
  const days = (n: number) => pb.say('count.day', { count: n });
  if (min !== null && max !== null)
    return min === max
      ? pb.say('understood.lasting', { days: days(min), count: min })
      : pb.say('understood.lastingBetween', { min, max });
  return min !== null
    ? pb.say('understood.lastingAtLeast', { days: days(min), count: min })
    : pb.say('understood.lastingAtMost', { days: days(max ?? 1), count: max ?? 1 });
}
