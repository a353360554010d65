// The first line and the lines of detail answers: who holds a role ("Organised by OSCE and UNODC: ..."),
// what a post says ("Over 100 participants: “...”"), and one event's whole record. What a post does not state
// is said as such, with what it does name.
import type { AnswerQuote, AnswerRole } from './answer.js';
import type { DetailKind, RoleQuery } from '../query/query.js';
import type { EventRecord } from '../dataset/event-schema.js';
import { formatDays, formatPlace, titleOf } from './format-event.js';
import { capitalise, joinList, plural } from './wording.js';

/** "organised" -> "Organised by X"; "led" -> "X led Y" when the post says what was led. */
const PASSIVE: Record<AnswerRole['role'], string> = {
  organiser: 'Organised by',
  'co-organiser': 'Co-organised by',
  host: 'Hosted by',
  chair: 'Chaired by',
  'co-chair': 'Co-chaired by',
  lead: 'Led by',
  moderator: 'Moderated by',
  presenter: 'Presented by',
  opener: 'Opened by',
  speaker: 'Speakers:',
};
const ACTIVE: Record<AnswerRole['role'], string> = {
  organiser: 'organised',
  'co-organiser': 'co-organised',
  host: 'hosted',
  chair: 'chaired',
  'co-chair': 'co-chaired',
  lead: 'led',
  moderator: 'moderated',
  presenter: 'presented',
  opener: 'opened',
  speaker: 'spoke on',
};
const NOT_STATED: Record<Exclude<DetailKind, 'record'>, string> = {
  presented: 'what was presented',
  discussed: 'what was discussed',
  adopted: 'what was adopted or agreed',
  purpose: 'what the purpose was',
  topic: 'the topic',
  participants: 'how many took part',
  about: 'more than its title',
};

export function eventLabel(event: EventRecord): string {
  return `${titleOf(event)}, ${formatDays(event.start, event.end)}, ${formatPlace(event)}`;
}

/** "organised by", "chaired by": the role as a filter reads in the understood line. */
export function roleByLabel(kind: AnswerRole['role']): string {
  return PASSIVE[kind].toLowerCase().replace(/:$/, '');
}

/** "Organised by OSCE and UNODC: <event>." or "Nicu Popescu led the Ministry of Foreign Affairs of Moldova (<event>)." */
export function roleHeadline(roles: readonly AnswerRole[], events: readonly EventRecord[], asked: RoleQuery): string {
  const byId = new Map(events.map((event) => [event.id, event]));
  if (roles.length === 0) {
    if (events.length === 0) return `No post says who ${asked.word} it.`;
    const what = asked.holder ? `what ${asked.holder} ${asked.word}` : `who ${asked.word} ${events.length > 1 ? 'them' : 'it'}`;
    if (events.length > 1) return `The posts of these ${plural(events.length, 'event')} do not say ${what}:`;
    return `The post does not say ${what}; ${namesOf(events[0]!)}`;
  }
  const eventIds = [...new Set(roles.map((role) => role.eventId))];
  const sentences = eventIds.map((id) => {
    const own = roles.filter((role) => role.eventId === id);
    const event = byId.get(id);
    const where = event ? eventLabel(event) : id;
    const withOf = own.filter((role) => role.of);
    if (withOf.length === own.length) return `${joinList(own.map((role) => `${role.holder} ${ACTIVE[role.role]} ${role.of}`))} (${where})`;
    const kinds = [...new Set(own.map((role) => role.role))];
    return `${kinds.map((kind) => `${PASSIVE[kind]} ${joinList(own.filter((role) => role.role === kind).map((role) => role.holder))}`).join('; ')}: ${where}`;
  });
  return `${sentences.join('. ')}.`;
}

/** What the post names when it does not state the role asked about. */
function namesOf(event: EventRecord): string {
  const parts = [
    event.organisers.length === 1 ? `its organiser is ${event.organisers[0]}` : event.organisers.length > 1 ? `its organisers are ${joinList(event.organisers)}` : null,
    event.people.length > 0 ? `it names ${joinList(event.people)}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `${parts.join('; ')}:` : 'it names no one:';
}

/** "Over 100 participants: “...” (<event>)." or "The post does not say how many took part; here is the event:" */
export function detailHeadline(kind: Exclude<DetailKind, 'record'>, quotes: readonly AnswerQuote[], events: readonly EventRecord[]): string {
  if (events.length === 0) return 'No matching events.';
  if (quotes.length === 0) return events.length === 1 ? `The post does not say ${NOT_STATED[kind]}; here is the event:` : `None of these ${plural(events.length, 'post')} says ${NOT_STATED[kind]}:`;
  const byId = new Map(events.map((event) => [event.id, event]));
  const quote = quotes[0]!;
  const event = byId.get(quote.eventId);
  const where = event ? ` (${eventLabel(event)})` : '';
  const lead = kind === 'participants' && quote.figure ? `${capitalise(quote.figure)} participants: ` : kind === 'topic' ? 'The topic: ' : 'The post says: ';
  const more = quotes.length > 1 ? ` ${plural(quotes.length - 1, 'more post')} below.` : '';
  return `${lead}“${quote.text}”${where}.${more}`;
}

/** One event's whole record, as lines: date, place, organisers, roles, people, topics, summary, link. */
export function recordLines(event: EventRecord): string[] {
  const lines = [titleOf(event), `Date: ${formatDays(event.start, event.end)}`, `Place: ${formatPlace(event)}`];
  if (event.organisers.length > 0) lines.push(`Organisers: ${event.organisers.join(', ')}`);
  // An organiser the organisers line already names is not said twice.
  const organisers = new Set(event.organisers);
  for (const role of event.roles) {
    if (role.role === 'organiser' && !role.of && organisers.has(role.holder)) continue;
    lines.push(`${capitalise(role.role)}: ${role.holder}${role.of ? ` (${role.of})` : ''}`);
  }
  if (event.people.length > 0) lines.push(`People: ${event.people.join(', ')}`);
  if (event.topics.length > 0) lines.push(`Topics: ${event.topics.join(', ')}`);
  if (event.summary) lines.push(`Summary: ${event.summary}`);
  if (event.source) lines.push(`Post: ${event.source}`);
  return lines;
}
