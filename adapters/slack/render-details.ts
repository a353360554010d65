// One event's full record as Block Kit, for its Details button: title, days and place, organisers, people
// and what they did (roles, when the record has them), topics, the summary and a link to its news post.
// All details live here, so a new field of an event is one more line in this function.
import { formatDays, formatPlace } from '../../src/index.js';
import type { EventRecord } from '../../src/index.js';
import { describeRole, rolesOf } from '../interactive/event-roles.js';
import { fitMessage, truncateText } from './block-limits.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { contextBlock, safeLink, sectionBlock } from './render-answer.js';
import type { SlackBlock, SlackMessage } from './slack-message.js';

export function renderEventDetails(event: EventRecord): SlackMessage {
  const list = (names: readonly string[]) => names.map(escapeMrkdwn).join(', ');
  const place = formatPlace(event);
  const facts: Array<[string, string]> = [
    ['When', escapeMrkdwn(formatDays(event.start, event.end))],
    ['Where', place ? escapeMrkdwn(place) : 'online or not stated'],
  ];
  if (event.organisers.length > 0) facts.push(['Organisers', list(event.organisers)]);
  if (event.people.length > 0) facts.push(['People', list(event.people)]);
  const roles = rolesOf(event);
  if (roles.length > 0) facts.push(['Roles', roles.map((role) => escapeMrkdwn(describeRole(role))).join('\n')]);
  if (event.topics.length > 0) facts.push(['Topics', list(event.topics)]);
  const blocks: SlackBlock[] = [
    // A section, not a header: header text is plain and unescaped, and dataset text is always escaped here.
    sectionBlock(`*${truncateText(escapeMrkdwn(event.title), 2900)}*`),
    {
      type: 'section',
      fields: facts.map(([label, value]) => ({ type: 'mrkdwn' as const, text: `*${label}*\n${value}` })),
    },
  ];
  if (event.summary.trim()) blocks.push(sectionBlock(escapeMrkdwn(event.summary.trim())));
  const link = safeLink(event.source);
  blocks.push(contextBlock(link ? `<${link}|Read the news post>` : 'No news post is linked for this event.'));
  const text = [event.title, `${formatDays(event.start, event.end)}${place ? ` · ${place}` : ''}`, event.summary]
    .filter(Boolean)
    .join('\n');
  return fitMessage({ text: escapeMrkdwn(text), blocks });
}
