// The first line and the lines of detail answers: who holds a role ("Organised by OSCE and UNODC: ..."),
// what a post says ("Over 100 participants: “...”"), and one event's whole record. What a post does not state
// is said as such, with what it does name.
import type { AnswerQuote, AnswerRole } from './answer.js';
import type { DetailKind, RoleQuery } from '../query/query.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { Phrasebook } from './phrasebook.js';
import { formatDays, formatPlace, titleOf } from './format-event.js';
import { capitalise } from './wording.js';

export function eventLabel(event: EventRecord, pb: Phrasebook): string {
  return `${titleOf(event)}, ${formatDays(event.start, event.end, pb)}, ${formatPlace(event, pb)}`;
}

/** "Organised by OSCE and UNODC: <event>." or "Nicu Popescu led the Ministry of Foreign Affairs of Moldova (<event>)." */
export function roleHeadline(
  roles: readonly AnswerRole[],
  events: readonly EventRecord[],
  asked: RoleQuery,
  pb: Phrasebook,
): string {
  const byId = new Map(events.map((event) => [event.id, event]));
  const kind = asked.kinds[0];
  const who = kind
    ? pb.say(`role.who.${kind}`, { word: asked.word })
    : pb.say('understood.askedWho', { word: asked.word });
  if (roles.length === 0) {
    if (events.length === 0) return pb.say('role.noPost', { who });
    const them = events.length > 1;
    const role = kind ? pb.say(`role.name.${kind}`) : asked.word;
    const what = asked.holder
      ? pb.say('role.whatHolder', { holder: asked.holder, word: asked.word, role })
      : pb.say(them ? 'role.whoThem' : 'role.whoIt', { who });
    if (them)
      return pb.say('role.notStatedMany', {
        events: pb.say('count.event', { count: events.length }),
        count: events.length,
        what,
      });
    return pb.say('role.notStatedOne', { what, names: namesOf(events[0]!, pb) });
  }
  const eventIds = [...new Set(roles.map((role) => role.eventId))];
  const sentences = eventIds.map((id) => {
    const own = roles.filter((role) => role.eventId === id);
    const event = byId.get(id);
    const where = event ? eventLabel(event, pb) : id;
    const withOf = own.filter((role) => role.of);
    if (withOf.length === own.length)
      return `${pb.list(own.map((role) => pb.say(`role.active.${role.role}`, { holder: role.holder, of: role.of ?? '' })))} (${where})`;
    const kinds = [...new Set(own.map((role) => role.role))];
    const holders = (kind: AnswerRole['role']) => own.filter((role) => role.role === kind).map((role) => role.holder);
    return `${kinds.map((kind) => pb.say(`role.passive.${kind}`, { holders: pb.list(holders(kind)), count: holders(kind).length })).join('; ')}: ${where}`;
  });
  return `${sentences.join('. ')}.`;
}

/** What the post names when it does not state the role asked about. */
function namesOf(event: EventRecord, pb: Phrasebook): string {
  const parts = [
    event.organisers.length === 1
      ? pb.say('role.organiserIs', { organiser: event.organisers[0]! })
      : event.organisers.length > 1
        ? pb.say('role.organisersAre', { organisers: pb.list(event.organisers) })
        : null,
    event.people.length > 0
      ? pb.say('role.names', { people: pb.list(event.people), count: event.people.length })
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `${parts.join('; ')}:` : pb.say('role.namesNoOne');
}

/** "Over 100 participants: “...” (<event>)." or "The post does not say how many took part; here is the event:" */
export function detailHeadline(
  kind: Exclude<DetailKind, 'record'>,
  quotes: readonly AnswerQuote[],
  events: readonly EventRecord[],
  pb: Phrasebook,
): string {
  if (events.length === 0) return pb.say('headline.none');
  const what = pb.say(`detail.what.${kind}`);
  if (quotes.length === 0)
    return events.length === 1
      ? pb.say('detail.notStatedOne', { what })
      : pb.say('detail.notStatedMany', {
          posts: pb.say('count.post', { count: events.length }),
          count: events.length,
          what,
        });
  const byId = new Map(events.map((event) => [event.id, event]));
  const quote = quotes[0]!;
  const event = byId.get(quote.eventId);
  const params = { quote: pb.say('quote', { text: quote.text }), event: event ? ` (${eventLabel(event, pb)})` : '' };
  const said =
    kind === 'participants' && quote.figure
      ? pb.say('detail.participants', { ...params, figure: quote.figure, Figure: capitalise(quote.figure) })
      : pb.say(kind === 'topic' ? 'detail.topic' : 'detail.says', params);
  return quotes.length > 1 ? `${said} ${pb.say('detail.morePosts', { count: quotes.length - 1 })}` : said;
}

/** One event's whole record, as lines: date, place, organisers, roles, people, topics, summary, link. */
export function recordLines(event: EventRecord, pb: Phrasebook): string[] {
  const lines = [
    titleOf(event),
    pb.say('record.date', { days: formatDays(event.start, event.end, pb) }),
    pb.say('record.place', { place: formatPlace(event, pb) }),
  ];
  if (event.organisers.length > 0) lines.push(pb.say('record.organisers', { list: event.organisers.join(', ') }));
  // An organiser the organisers line already names is not said twice.
  const organisers = new Set(event.organisers);
  for (const role of event.roles) {
    if (role.role === 'organiser' && !role.of && organisers.has(role.holder)) continue;
    lines.push(`${capitalise(pb.say(`role.name.${role.role}`))}: ${role.holder}${role.of ? ` (${role.of})` : ''}`);
  }
  if (event.people.length > 0) lines.push(pb.say('record.people', { list: event.people.join(', ') }));
  if (event.topics.length > 0) lines.push(pb.say('record.topics', { list: event.topics.join(', ') }));
  if (event.summary) lines.push(pb.say('record.summary', { summary: event.summary }));
  if (event.source) lines.push(pb.say('record.post', { link: event.source }));
  return lines;
}
