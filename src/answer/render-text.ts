// The answer as plain text (console, `iisg ask`, platform fallbacks): the first line, what was understood,
// then groups, people or events, capped, and the notes.
import type { AnswerGroup, AnswerQuote, PersonMention } from './answer.js';
import type { EventRecord } from '../dataset/event-schema.js';
import { formatEventLine } from './format-event.js';
import { plural } from './wording.js';
import { daysBetween } from '../dates/day-range.js';

/** How many events (or groups) the plain text lists before saying how to narrow. */
export const TEXT_EVENT_CAP = 10;
const TEXT_GROUP_CAP = 25;

export interface TextParts {
  headline: string;
  understood: string;
  events: readonly EventRecord[];
  people: readonly PersonMention[];
  groups: readonly AnswerGroup[];
  notes: readonly string[];
  /** "how long", "longest": each event line says its length. */
  showLengths: boolean;
  /** Quotes after the first (which the first line carries), with their events. */
  quotes: readonly { quote: AnswerQuote; event: EventRecord | undefined }[];
  /** One event's whole record, instead of the event lines. */
  record: readonly string[] | null;
}

export function renderText(parts: TextParts): string {
  const { events, groups } = parts;
  const lines = [parts.headline, `Understood: ${parts.understood}`];
  if (parts.record) {
    lines.push(...parts.record.map((line) => `  ${line}`), ...parts.notes);
    return lines.join('\n');
  }
  for (const { quote, event } of parts.quotes) lines.push(`  “${quote.text}”${event ? ` (${formatEventLine(event)})` : ''}`);
  for (const person of parts.people) lines.push(`  ${person.name}: ${plural(person.events, 'event')}`);
  if (groups.length > 0) {
    for (const group of groups.slice(0, TEXT_GROUP_CAP)) lines.push(`  • ${group.value}: ${plural(group.count, 'event')}`);
    if (groups.length > TEXT_GROUP_CAP) lines.push(`  ... and ${groups.length - TEXT_GROUP_CAP} more.`);
  }
  // Groups are the answer; their events follow when they are few.
  const listed = groups.length > 0 && events.length > TEXT_EVENT_CAP ? [] : events.slice(0, TEXT_EVENT_CAP);
  for (const event of listed) lines.push(`  • ${formatEventLine(event)}${parts.showLengths ? ` · ${plural(daysBetween(event.start, event.end), 'day')}` : ''}`);
  // Each renderer has its own cap and says so itself: this line belongs to the plain text only.
  if (listed.length > 0 && events.length > listed.length) lines.push(`  ... and ${events.length - listed.length} more. Narrow it down with a year or month, a place, a person or a kind of event.`);
  lines.push(...parts.notes);
  return lines.join('\n');
}
