// Answer -> Block Kit: what was understood, then one section per event (first 10), then how many more and
// how to narrow. Every dataset string and the echoed question are escaped here; dates are plain text
// (Slack's date tokens would shift an all-day date into the reader's time zone).
import { formatDays, formatPlace } from '../../src/index.js';
import type { Answer, AnswerGroup, EventRecord, PersonMention } from '../../src/index.js';
import { fitMessage } from './block-limits.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { SlackBlock, SlackMessage } from './slack-message.js';

export const SHOWN_EVENTS = 10;
const SHOWN_PEOPLE = 15;
const SHOWN_GROUPS = 25;

export interface RenderOptions {
  /** The question as the user typed it, repeated in the reply (slash command answers are private and
   *  Slack does not echo the command). */
  echoQuestion?: string;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const blocks: SlackBlock[] = [];
  const intro = [options.echoQuestion ? `You asked: “${escapeMrkdwn(options.echoQuestion)}”` : null, `Understood: ${escapeMrkdwn(answer.understood)}`];
  blocks.push(contextBlock(intro.filter((line): line is string => line !== null).join('\n')));
  blocks.push(sectionBlock(`*${escapeMrkdwn(answer.headline)}*`));
  if (answer.people.length > 0) blocks.push(sectionBlock(describePeople(answer.people)));
  if (answer.groups.length > 0) blocks.push(sectionBlock(describeGroups(answer.groups)));
  // Groups are the answer; their events follow when they are few.
  const listed = answer.groups.length > 0 && answer.events.length > SHOWN_EVENTS ? [] : answer.events.slice(0, SHOWN_EVENTS);
  for (const event of listed) blocks.push(sectionBlock(describeEvent(event)));
  const hidden = listed.length === 0 ? 0 : answer.events.length - listed.length;
  if (hidden > 0) blocks.push(contextBlock(describeHidden(hidden)));
  if (answer.notes.length > 0) blocks.push(contextBlock(answer.notes.map(escapeMrkdwn).join('\n')));
  return fitMessage({ text: escapeMrkdwn(answer.text), blocks });
}

/** One event as mrkdwn: title (linked to its news post when there is one), days and place, people. */
export function describeEvent(event: EventRecord): string {
  const title = escapeMrkdwn(event.title);
  const link = safeLink(event.source);
  const lines = [link ? `*<${link}|${title.replace(/\|/g, '¦')}>*` : `*${title}*`];
  const place = formatPlace(event);
  lines.push([formatDays(event.start, event.end), place].filter(Boolean).map(escapeMrkdwn).join(' · '));
  if (event.people.length > 0) lines.push(`People: ${event.people.map(escapeMrkdwn).join(', ')}`);
  if (event.organisers.length > 0) lines.push(`Organisers: ${event.organisers.map(escapeMrkdwn).join(', ')}`);
  return lines.join('\n');
}

function describePeople(people: PersonMention[]): string {
  const lines = people.slice(0, SHOWN_PEOPLE).map((person) => `• ${escapeMrkdwn(person.name)} — ${person.events} ${person.events === 1 ? 'event' : 'events'}`);
  const hidden = people.length - SHOWN_PEOPLE;
  if (hidden > 0) lines.push(`…and ${hidden} more`);
  return `*People named*\n${lines.join('\n')}`;
}

function describeGroups(groups: readonly AnswerGroup[]): string {
  const lines = groups.slice(0, SHOWN_GROUPS).map((group) => `• ${escapeMrkdwn(group.value)} — ${group.count} ${group.count === 1 ? 'event' : 'events'}`);
  if (groups.length > SHOWN_GROUPS) lines.push(`…and ${groups.length - SHOWN_GROUPS} more`);
  return lines.join('\n');
}

function describeHidden(hidden: number): string {
  return `${hidden} more ${hidden === 1 ? 'event' : 'events'} not shown — narrow by year, place or person, e.g. “events in Skopje in 2023” or “where was Sojati in May 2022”.`;
}

/** Only plain http(s) URLs become links; anything else would need escaping Slack cannot express. */
function safeLink(source: string | null): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return escapeMrkdwn(url.href).replace(/\|/g, '%7C');
  } catch {
    return null;
  }
}

export function sectionBlock(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

export function contextBlock(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
