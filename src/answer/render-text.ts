// The answer as plain text (console, `iisg ask`, platform fallbacks): the first line, what was understood,
// then groups, people or events, capped, and the notes.
import type { AnswerGroup, AnswerQuote, PersonMention } from './answer.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { Dimension } from '../query/query.js';
import type { Phrasebook } from './phrasebook.js';
import { formatEventLine } from './format-event.js';
import { groupValue } from './group-value.js';
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
  /** What the groups are values of. */
  groupedBy: Dimension | null;
  notes: readonly string[];
  /** "how long", "longest": each event line says its length. */
  showLengths: boolean;
  /** Quotes after the first (which the first line carries), with their events. */
  quotes: readonly { quote: AnswerQuote; event: EventRecord | undefined }[];
  /** One event's whole record, instead of the event lines. */
  record: readonly string[] | null;
  pb: Phrasebook;
}

export function renderText(parts: TextParts): string {
  const { events, groups, pb } = parts;
  const lines = [parts.headline, pb.say('text.understood', { understood: parts.understood })];
  if (parts.record) {
    lines.push(...parts.record.map((line) => `  ${line}`), ...parts.notes);
    return lines.join('\n');
  }
  const counted = (count: number) => pb.say('count.event', { count });
  for (const { quote, event } of parts.quotes)
    lines.push(`  ${pb.say('quote', { text: quote.text })}${event ? ` (${formatEventLine(event, pb)})` : ''}`);
  for (const person of parts.people) lines.push(`  ${person.name}: ${counted(person.events)}`);
  if (groups.length > 0) {
    const value = (group: AnswerGroup) =>
      parts.groupedBy ? groupValue(parts.groupedBy, group.value, pb) : group.value;
    for (const group of groups.slice(0, TEXT_GROUP_CAP)) lines.push(`  • ${value(group)}: ${counted(group.count)}`);
    if (groups.length > TEXT_GROUP_CAP)
      lines.push(`  ${pb.say('text.moreGroups', { count: groups.length - TEXT_GROUP_CAP })}`);
  }
  // Groups are the answer; their events follow when they are few.
  const listed = groups.length > 0 && events.length > TEXT_EVENT_CAP ? [] : events.slice(0, TEXT_EVENT_CAP);
  const length = (event: EventRecord) =>
    parts.showLengths ? ` · ${pb.say('count.day', { count: daysBetween(event.start, event.end) })}` : '';
  for (const event of listed) lines.push(`  • ${formatEventLine(event, pb)}${length(event)}`);
  // Each renderer has its own cap and says so itself: this line belongs to the plain text only.
  if (listed.length > 0 && events.length > listed.length)
    lines.push(`  ${pb.say('text.moreEvents', { count: events.length - listed.length })}`);
  lines.push(...parts.notes);
  return lines.join('\n');
}
