// Query + selected events -> the neutral Answer: orders and limits the events, writes the headline and
// notes for the intent, and the plain-text rendering.
import type { Answer, Interpretation, PersonMention } from './answer.js';
import type { ParsedQuestion } from '../query/parse-question.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { EventIndex } from '../search/event-index.js';
import type { Selection } from './select-events.js';
import { describeQuery } from './describe-query.js';
import { formatDays, formatEventLine, formatPlace } from './format-event.js';
import { HELP_TEXT } from './help-text.js';

/** How many events the plain text lists before saying how to narrow. */
export const TEXT_EVENT_CAP = 10;

export interface AnswerParts {
  question: string;
  parsed: ParsedQuestion;
  selection: Selection;
  index: EventIndex;
  /** Events in the same scope that do not name the person asked about ("where" questions). */
  alsoWithout: readonly EventRecord[];
  suggestions: readonly string[];
}

export function buildAnswer(parts: AnswerParts): Answer {
  const { question, parsed, selection, index } = parts;
  const { query, order } = parsed;
  const interpretation: Interpretation = {
    intent: query.intent,
    people: query.people,
    places: query.places,
    organisations: query.organisations,
    kinds: query.kinds,
    from: query.range.from,
    to: query.range.to,
    text: query.text,
    limit: query.limit,
  };
  const understood = describeQuery(query);
  if (query.intent === 'help') {
    return { question, interpretation, understood, headline: 'What I can do', count: 0, events: [], people: [], notes: [], text: HELP_TEXT };
  }

  // A selection not ranked by text is already in answer order (ascending): no sort for "latest 5" of 100k.
  let positions = [...selection.positions];
  const ranked = selection.rankedByText;
  if (order === 'newest-first') {
    if (ranked) positions.sort((a, b) => b - a);
    else positions.reverse();
  } else if (ranked && (order === 'oldest-first' || query.intent === 'where')) positions.sort((a, b) => a - b);
  if (query.limit !== null) positions = positions.slice(0, query.limit);
  const events = positions.map((position) => index.events[position]).filter((event): event is EventRecord => event !== undefined);

  const people = query.intent === 'who' ? mentionedPeople(events, query.people) : [];
  const notes = [...parts.suggestions];
  if (selection.unknownWords.length > 0 && events.length > 0) notes.push(`I did not find ${quoteList(selection.unknownWords)} in any post, so I left ${selection.unknownWords.length > 1 ? 'them' : 'it'} out.`);
  if (selection.unmatchedWords.length > 0 && events.length > 0) notes.push(`None of these events mentions ${quoteList(selection.unmatchedWords)}; showing them all.`);
  if (parts.alsoWithout.length > 0) {
    const list = parts.alsoWithout.slice(0, 3).map((event) => `${event.title} (${formatPlace(event)}, ${formatDays(event.start, event.end)})`).join('; ');
    const count = parts.alsoWithout.length === 1 ? '1 more event' : `${parts.alsoWithout.length} more events`;
    notes.push(`In the same period the Secretariat took part in ${count} whose post does not name ${query.people.join(' or ')}: ${list}${parts.alsoWithout.length > 3 ? '; ...' : ''}.`);
  }

  const headline = headlineOf(query.intent, events, people, query.people);
  const text = renderText(headline, understood, events, people, notes);
  return { question, interpretation, understood, headline, count: events.length, events, people, notes, text };
}

function headlineOf(intent: Interpretation['intent'], events: readonly EventRecord[], people: readonly PersonMention[], asked: readonly string[]): string {
  const n = events.length;
  const counted = `${n} event${n === 1 ? '' : 's'}`;
  if (n === 0) return 'No matching events.';
  const first = events[0];
  switch (intent) {
    case 'count':
      return `${counted}.`;
    case 'where':
      return asked.length > 0 ? `${asked.join(' and ')}: ${counted}, in ${placesOf(events)}.` : `${counted}, in ${placesOf(events)}.`;
    case 'when':
      return n === 1 && first ? `${formatDays(first.start, first.end)}: ${first.title}` : `${counted}:`;
    case 'who':
      if (people.length > 0) return `${people.map((p) => p.name).join(', ')} (named in ${counted}).`;
      return n === 1 ? `The post of this event names no one${asked.length > 0 ? ' else' : ''}.` : `The posts of these ${counted} name no one${asked.length > 0 ? ' else' : ''}.`;
    case 'latest':
      return n === 1 ? 'The latest event:' : `The latest ${n} events:`;
    case 'first':
      return n === 1 ? 'The first event:' : `The first ${n} events:`;
    default:
      return `${counted}:`;
  }
}

function placesOf(events: readonly EventRecord[]): string {
  const places = [...new Set(events.map((event) => event.city ?? event.country ?? 'no place given'))];
  return places.length <= 4 ? places.join(', ') : `${places.slice(0, 4).join(', ')} and ${places.length - 4} more places`;
}

function mentionedPeople(events: readonly EventRecord[], asked: readonly string[]): PersonMention[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const person of event.people) if (!asked.includes(person)) counts.set(person, (counts.get(person) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => ({ name, events: count }));
}

function renderText(headline: string, understood: string, events: readonly EventRecord[], people: readonly PersonMention[], notes: readonly string[]): string {
  const lines = [headline, `Understood: ${understood}`];
  for (const event of events.slice(0, TEXT_EVENT_CAP)) lines.push(`  • ${formatEventLine(event)}`);
  // Each renderer has its own cap and says so itself: this line belongs to the plain text only.
  if (events.length > TEXT_EVENT_CAP) lines.push(`  ... and ${events.length - TEXT_EVENT_CAP} more. Narrow it down with a year or month, a place, a person or a kind of event.`);
  if (people.length > 0) lines.splice(2, 0, ...people.map((person) => `  ${person.name}: ${person.events} event${person.events === 1 ? '' : 's'}`));
  lines.push(...notes);
  return lines.join('\n');
}

function quoteList(words: readonly string[]): string {
  return words.map((word) => `"${word}"`).join(', ');
}
