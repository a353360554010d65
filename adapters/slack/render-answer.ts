// Answer -> Block Kit, one page at a time: what was understood, the headline, then this page's events (each
// with a Details button) or a grouping's values (each with its events a click away), and the buttons that
// page in place, list a count's events and share a private answer. Every dataset string and the echoed
// question are escaped here; dates are plain text (Slack's date tokens would shift an all-day date into the
// reader's time zone). Without controls (no interactivity) the first page says how to narrow instead.
import { formatDays, formatPlace } from '../../src/index.js';
import type { Answer, AnswerGroup, EventRecord, PersonMention } from '../../src/index.js';
import type { AnswerPage, AnswerView } from '../interactive/paging.js';
import { PAGE_SIZE, pageOf } from '../interactive/paging.js';
import { fitMessage } from './block-limits.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderEventDetails } from './render-details.js';
import type { SlackBlock, SlackMessage } from './slack-message.js';

export const SHOWN_EVENTS = PAGE_SIZE;
const SHOWN_PEOPLE = 15;
const SHOWN_GROUPS = 25;

/** The button values of one answer; each platform place that can click gets its own. */
export interface SlackAnswerControls {
  /** The value of a button that shows `view` of this answer in place. */
  view(view: AnswerView): string;
  /** The value of "Share in channel" (private answers only). */
  share?(view: AnswerView): string;
  /** The value of an event's Details button. */
  details(event: EventRecord): string;
}

export interface RenderOptions {
  /** The question as the user typed it, repeated in the reply (slash command answers are private and
   *  Slack does not echo the command). */
  echoQuestion?: string;
  /** Which part of the answer, and which page (default: the answer's first page). */
  view?: AnswerView;
  controls?: SlackAnswerControls;
  /** The handle of whoever shared this answer into the channel. */
  sharedBy?: string;
}

export const ACTION = {
  view: 'iisg_view',
  details: 'iisg_details',
  share: 'iisg_share',
} as const;

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  // "tell me about the Budva workshop": the one event's whole record, as its Details button shows it.
  const recorded = answer.record ? answer.events[0] : undefined;
  if (recorded) {
    const details = renderEventDetails(recorded);
    return fitMessage({ text: details.text, blocks: [contextBlock(escapeMrkdwn(answer.understoodLine)), ...(details.blocks ?? [])] });
  }
  const { controls } = options;
  let page = pageOf(answer, options.view ?? { kind: 'answer', page: 1 });
  // Without buttons a count's events cannot be asked for: show them at once, as before.
  if (!controls && page.items === 'none' && page.canShowEvents) page = pageOf(answer, { kind: 'events', page: 1 });
  const blocks: SlackBlock[] = [];
  const intro = [
    options.sharedBy ? `Shared by @${escapeMrkdwn(options.sharedBy)}` : null,
    options.echoQuestion
      ? `${options.sharedBy ? 'Question' : 'You asked'}: “${escapeMrkdwn(options.echoQuestion)}”`
      : null,
    escapeMrkdwn(answer.understoodLine),
  ];
  blocks.push(contextBlock(intro.filter((line): line is string => line !== null).join('\n')));
  blocks.push(sectionBlock(`*${escapeMrkdwn(answer.headline)}*`));
  if (page.view.kind === 'group' && page.group)
    blocks.push(sectionBlock(`*${escapeMrkdwn(page.group.value)}* — ${plural(page.group.count, 'event')}`));
  if (page.view.kind === 'answer' && answer.people.length > 0) blocks.push(sectionBlock(describePeople(answer.people)));
  if (page.items === 'groups') blocks.push(...renderGroups(answer, page, controls));
  page.events.forEach(({ event, number }, index) => {
    const text = `${number !== null ? `${number}. ` : ''}${describeEvent(event)}`;
    blocks.push(
      controls
        ? sectionWithButton(text, button('Details', `${ACTION.details}_${index}`, controls.details(event)))
        : sectionBlock(text),
    );
  });
  const position = describePosition(page, answer, controls !== undefined);
  if (position) blocks.push(contextBlock(position));
  if (controls) {
    const buttons = renderButtons(page, controls);
    if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'iisg_answer_actions', elements: buttons });
  }
  if (answer.notes.length > 0 && page.view.kind === 'answer')
    blocks.push(contextBlock(answer.notes.map(escapeMrkdwn).join('\n')));
  return fitMessage({
    text: escapeMrkdwn(options.sharedBy ? `Shared by @${options.sharedBy}: ${answer.text}` : answer.text),
    blocks,
  });
}

function renderGroups(answer: Answer, page: AnswerPage, controls: SlackAnswerControls | undefined): SlackBlock[] {
  const line = (group: AnswerGroup) => `• ${escapeMrkdwn(group.value)} — ${plural(group.count, 'event')}`;
  if (!controls) {
    // No buttons to page with: one section, as many values as fit.
    const lines = answer.groups.slice(0, SHOWN_GROUPS).map(line);
    if (answer.groups.length > SHOWN_GROUPS) lines.push(`…and ${answer.groups.length - SHOWN_GROUPS} more`);
    return [sectionBlock(lines.join('\n'))];
  }
  return page.groups.map(({ group, index }) =>
    sectionWithButton(
      line(group),
      button('Events', `${ACTION.view}_group_${index}`, controls.view({ kind: 'group', group: index, page: 1 })),
    ),
  );
}

function renderButtons(page: AnswerPage, controls: SlackAnswerControls) {
  const buttons: ReturnType<typeof button>[] = [];
  if (page.view.kind !== 'answer')
    buttons.push(button('Back to the answer', `${ACTION.view}_back`, controls.view({ kind: 'answer', page: 1 })));
  if (page.page > 1)
    buttons.push(button('Previous', `${ACTION.view}_previous`, controls.view({ ...page.view, page: page.page - 1 })));
  if (page.page < page.pages)
    buttons.push(
      button('Show more', `${ACTION.view}_next`, controls.view({ ...page.view, page: page.page + 1 }), 'primary'),
    );
  if (page.canShowEvents)
    buttons.push(
      button(
        page.items === 'none' ? 'Show them' : 'All their events',
        `${ACTION.view}_events`,
        controls.view({ kind: 'events', page: 1 }),
      ),
    );
  if (controls.share) buttons.push(button('Share in channel', ACTION.share, controls.share(page.view)));
  return buttons;
}

/** "Showing 11–20 of 34 events." with buttons; without them, the old hint on how to narrow. */
function describePosition(page: AnswerPage, answer: Answer, interactive: boolean): string | null {
  if (page.items === 'none' || page.total <= PAGE_SIZE) return null;
  const noun = page.items === 'groups' ? 'values' : 'events';
  if (interactive) return `Showing ${page.from}–${page.to} of ${page.total} ${noun}.`;
  if (page.items === 'groups') return null;
  const hidden = Math.max(answer.events.length, page.total) - page.events.length;
  return `${hidden} more ${hidden === 1 ? 'event' : 'events'} not shown — narrow by year, place or person, e.g. “events in Skopje in 2023” or “where was Sojati in May 2022”.`;
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
  const lines = people
    .slice(0, SHOWN_PEOPLE)
    .map((person) => `• ${escapeMrkdwn(person.name)} — ${plural(person.events, 'event')}`);
  const hidden = people.length - SHOWN_PEOPLE;
  if (hidden > 0) lines.push(`…and ${hidden} more`);
  return `*People named*\n${lines.join('\n')}`;
}

/** Only plain http(s) URLs become links; anything else would need escaping Slack cannot express. */
export function safeLink(source: string | null): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return escapeMrkdwn(url.href).replace(/\|/g, '%7C');
  } catch {
    return null;
  }
}

export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    text: { type: 'plain_text' as const, text: label, emoji: false },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function sectionBlock(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

export function sectionWithButton(text: string, accessory: ReturnType<typeof button>): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text }, accessory };
}

export function contextBlock(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
