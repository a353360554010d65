// Says in one line what the engine understood (the plan printed back), so a user can see why an answer is
// what it is: "where · Agron Sojati · not in Montenegro · after <event> (15–17 March 2022) · by country".
import type { Plan } from '../plan/plan.js';
import type { Query } from '../query/query.js';
import { formatDays, formatRange, titleOf } from './format-event.js';
import { DIMENSION_NOUNS } from './dimension-names.js';
import { ordinal } from './wording.js';
import { roleByLabel } from './detail-answer.js';

const INTENT_LABEL: Record<Query['intent'], string> = {
  where: 'where',
  when: 'when',
  who: 'who',
  count: 'how many',
  list: 'events',
  latest: 'latest events',
  first: 'first events',
  help: 'help',
  yesno: 'yes or no',
  duration: 'how long',
  detail: 'details',
};

const DETAIL_LABEL: Record<NonNullable<Query['detail']>, string> = {
  presented: 'what was presented',
  discussed: 'what was discussed',
  adopted: 'what was adopted or agreed',
  purpose: 'the purpose',
  topic: 'the topic',
  participants: 'how many took part',
  about: 'what it was about',
  record: 'the whole record',
};

const RELATION_LABEL: Record<NonNullable<Query['anchor']>['relation'], string> = {
  before: 'before',
  after: 'after',
  between: 'between',
  within: 'within',
  around: 'around',
  during: 'at the same time as',
  'week-of': 'the week of',
};

export function describePlan(plan: Plan): string {
  const query = plan.parsed.query;
  const role = query.role;
  const asked = role?.asked ? (role.holder ? `what ${role.holder} ${role.word}` : `who ${role.word}`) : null;
  const parts = [query.detail ? DETAIL_LABEL[query.detail] : (asked ?? INTENT_LABEL[query.intent])];
  if (role && !role.asked && role.kinds[0]) parts.push(`${roleByLabel(role.kinds[0])} ${role.holder ?? ''}`);
  const aggregate = query.aggregate;
  if (aggregate) {
    const [one, many] = DIMENSION_NOUNS[aggregate.by];
    parts.push(aggregate.pick === 'most' ? `the ${one} with the most events` : aggregate.pick === 'least' ? `the ${one} with the fewest events` : `by ${one}`);
    if (aggregate.minCount !== null || aggregate.maxCount !== null) parts.push(describeCounts(aggregate.minCount, aggregate.maxCount));
    if (aggregate.complement) parts.push(`${many} with no post naming ${plan.parsed.excluded.map((entity) => entity.name).join(' or ')}`);
  }
  if (query.people.length > 0) parts.push(query.people.join(' and '));
  if (query.pronoun) parts.push(`(reading "he" as ${query.pronoun})`);
  if (query.places.length > 0) parts.push(`in ${query.places.join(' or ')}`);
  if (query.organisations.length > 0) parts.push(`with ${query.organisations.join(' and ')}`);
  if (query.kinds.length > 0) parts.push(query.kinds.map(pluralOf).join(' or '));
  const exclude = query.exclude;
  if (exclude.people.length > 0) parts.push(`without ${exclude.people.join(' or ')}`);
  if (exclude.places.length > 0) parts.push(`not in ${exclude.places.join(' or ')}`);
  if (exclude.organisations.length > 0) parts.push(`not with ${exclude.organisations.join(' or ')}`);
  if (exclude.kinds.length > 0) parts.push(`not ${exclude.kinds.map(pluralOf).join(' or ')}`);
  const { from, to } = plan.filters.range;
  if (query.upcoming && from) parts.push(to ? `from ${formatDays(from, from)} to ${formatDays(to, to)}` : `from ${formatDays(from, from)} on`);
  else {
    const range = formatRange(plan.anchor ? query.range : plan.filters.range);
    if (range) parts.push(range);
  }
  for (const range of exclude.ranges) parts.push(`not ${formatRange(range) ?? ''}`);
  if (plan.anchor) parts.push(describeAnchor(plan));
  else if (query.anchor && plan.problem && plan.problem.kind !== 'reference-missing') parts.push(`${RELATION_LABEL[query.anchor.relation]} "${plan.problem.phrase}"`);
  if (query.text) parts.push(`about "${query.text}"`);
  if (exclude.text.length > 0) parts.push(`not about "${exclude.text.join(' ')}"`);
  if (query.duration) parts.push(describeDuration(query.duration.min, query.duration.max));
  const order = plan.order;
  if (order?.by === 'duration') parts.push(`${order.position && order.position > 1 ? `${ordinal(order.position)} ` : ''}${order.direction === 'desc' ? 'longest' : 'shortest'}`);
  else if (order?.position != null && !plan.anchor?.nearest) parts.push(`the ${ordinal(order.position)}${order.direction === 'desc' ? ' most recent' : ''}`);
  if (plan.limit !== null) parts.push(`limit ${plan.limit}`);
  return parts.join(' · ');
}

function pluralOf(kind: string): string {
  return kind.endsWith('s') ? kind : `${kind}s`;
}

function describeAnchor(plan: Plan): string {
  const anchor = plan.anchor!;
  const query = plan.parsed.query.anchor!;
  const distance = query.distance ? `${query.distance.count} ${query.distance.unit}${query.distance.count === 1 ? '' : 's'} ` : '';
  const names = anchor.events.map((event) => `${titleOf(event)} (${formatDays(event.start, event.end)})`);
  const named = names.length > 0 ? names.join(' and ') : anchor.phrases.join(' and ');
  if (anchor.relation === 'within') return `within ${distance}of ${named}`;
  if (anchor.relation === 'during' && query.distance) return `the same ${query.distance.unit} as ${named}`;
  const nearest = anchor.nearest ? 'right ' : '';
  return `${nearest}${distance}${RELATION_LABEL[anchor.relation]} ${named}`;
}

function describeCounts(min: number | null, max: number | null): string {
  if (min !== null && max !== null && min === max) return min === 1 ? 'once' : min === 2 ? 'twice' : `${min} times`;
  if (min !== null && max !== null) return `${min}-${max} times`;
  return min !== null ? `at least ${min} times` : `at most ${max} times`;
}

function describeDuration(min: number | null, max: number | null): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (min !== null && max !== null) return min === max ? `lasting ${days(min)}` : `lasting ${min}-${max} days`;
  return min !== null ? `lasting at least ${days(min)}` : `lasting at most ${days(max ?? 1)}`;
}
