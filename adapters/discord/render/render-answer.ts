// Answer -> one Discord embed, a page at a time: what was found (title), what was understood and the
// engine's notes (description), this page's events as fields (dates · place, then title and people), and,
// with a key to the answer, the buttons that page in place and the menus that open an event or a group.
// Without a key (no interactivity) the first page says how to narrow instead.
import { ButtonStyle, ComponentType, escapeMarkdown } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
} from 'discord.js';
import type { AnswerPage, AnswerView } from '../../interactive/paging.js';
import { PAGE_SIZE, pageOf } from '../../interactive/paging.js';
import { detailsId, groupId, viewId } from '../component-ids.js';
import { formatDays, formatPlace } from '../../../src/index.js';
import type { Answer, AnswerGroup, EventRecord, PersonMention } from '../../../src/index.js';
import { DISCORD_LIMITS, embedLength, fitEmbed, fitField, truncate } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';
import { renderHelp } from './render-help.js';
import { renderEventDetails } from './render-details.js';

/** Events shown per page; both platforms page the same way. */
export const MAX_EVENTS_SHOWN = PAGE_SIZE;
const MAX_PEOPLE_SHOWN = 15;
const MAX_GROUPS_SHOWN = 20;
/** Room kept for the footer when deciding how many event fields fit in 6000 characters. */
const FOOTER_RESERVE = 300;
// With 10 events these caps keep the whole embed under 6000 characters, so long notes or titles never push
// events out; real titles are about 100 characters.
const DESCRIPTION_WITH_EVENTS = 1000;
const EVENT_NAME = 150;
const EVENT_VALUE = 300;

export interface RenderOptions {
  /** Which part of the answer, and which page (default: the answer's first page). */
  view?: AnswerView;
  /** The key the answer is kept under: with it, the reply has buttons and menus. */
  key?: string;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): DiscordReply {
  if (answer.interpretation.intent === 'help') return renderHelp(answer.text);
  // "tell me about the Budva workshop": the one event's whole record, as its Details menu shows it.
  const recorded = answer.record ? answer.events[0] : undefined;
  if (recorded) return renderEventDetails(recorded);
  const { key } = options;
  let page = pageOf(answer, options.view ?? { kind: 'answer', page: 1 });
  // Without buttons a count's events cannot be asked for: show them at once, as before.
  if (!key && page.items === 'none' && page.canShowEvents) page = pageOf(answer, { kind: 'events', page: 1 });
  const groupLines =
    key && page.items === 'groups'
      ? page.groups.map(({ group }) => group)
      : page.view.kind === 'answer'
        ? answer.groups
        : [];
  const description = [
    escape(answer.understoodLine),
    ...(page.view.kind === 'group' && page.group
      ? [`**${escape(page.group.value, EVENT_NAME)}** (${plural(page.group.count, 'event')})`]
      : []),
    ...(page.view.kind === 'answer' ? renderPeople(answer.people) : []),
    ...renderGroups(groupLines, !key),
    ...(key && page.items === 'groups' && page.pages > 1
      ? [`Showing ${page.from}–${page.to} of ${page.total} values.`]
      : []),
    ...(page.view.kind === 'answer' ? answer.notes.map((note) => `• ${escape(note)}`) : []),
  ].join('\n');
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    // Core headlines may end with ":" to introduce the list that follows in plain text.
    title: escape(answer.headline.replace(/:$/, ''), DISCORD_LIMITS.embedTitle),
    description: truncate(
      description,
      answer.events.length > 0 ? DESCRIPTION_WITH_EVENTS : DISCORD_LIMITS.embedDescription,
    ),
    fields: [],
  };
  const fields: APIEmbedField[] = [];
  for (const { event } of page.events) {
    const field = renderEvent(event);
    if (embedLength({ ...embed, fields: [...fields, field] }) + FOOTER_RESERVE > DISCORD_LIMITS.embedTotal) break;
    fields.push(field);
  }
  embed.fields = fields;
  if (key) {
    if (page.items === 'events' && page.total > fields.length)
      embed.footer = { text: `Showing ${page.from}–${page.from + fields.length - 1} of ${page.total} events.` };
    return { embeds: [fitEmbed(embed)], components: renderComponents(page, key) };
  }
  const total = page.view.kind === 'answer' ? Math.max(answer.count, answer.events.length) : page.total;
  if (fields.length > 0 && fields.length < total) embed.footer = { text: renderNarrowHint(fields.length, total) };
  return { embeds: [fitEmbed(embed)] };
}

/** Paging buttons, then a menu to open one of this page's events, then one to list a group's events. */
function renderComponents(page: AnswerPage, key: string): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const button = (
    label: string,
    view: AnswerView,
    style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
  ): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style,
    label,
    custom_id: viewId(key, view),
  });
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (page.view.kind !== 'answer') buttons.push(button('Back to the answer', { kind: 'answer', page: 1 }));
  if (page.page > 1) buttons.push(button('Previous', { ...page.view, page: page.page - 1 }));
  if (page.page < page.pages)
    buttons.push(button('Show more', { ...page.view, page: page.page + 1 }, ButtonStyle.Primary));
  if (page.canShowEvents)
    buttons.push(button(page.items === 'none' ? 'Show them' : 'All their events', { kind: 'events', page: 1 }));
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  if (page.events.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: detailsId(key),
          placeholder: 'Details of an event…',
          options: page.events.map(({ event }, index) => ({
            label: truncate(event.title, 100),
            description: truncate(
              `${formatDays(event.start, event.end)}${formatPlace(event) ? ` · ${formatPlace(event)}` : ''}`,
              100,
            ),
            // An id fits in 100 characters nearly always; else its position in the answer's events.
            value: event.id.length <= 100 ? event.id : `#${(page.from || 1) - 1 + index}`,
          })),
        },
      ],
    });
  }
  if (page.items === 'groups' && page.groups.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: groupId(key),
          placeholder: 'Events of…',
          options: page.groups.map(({ group, index }) => ({
            label: truncate(group.value, 100),
            description: plural(group.count, 'event'),
            value: String(index),
          })),
        },
      ],
    });
  }
  return rows;
}

function renderEvent(event: EventRecord): APIEmbedField {
  const place = formatPlace(event);
  const when = formatDays(event.start, event.end);
  const lines = [escape(event.title, EVENT_VALUE)];
  if (event.people.length > 0) lines.push(`*People:* ${escape(event.people.join(', '), EVENT_VALUE)}`);
  return fitField({
    name: truncate(place ? `${when} · ${escape(place, EVENT_NAME)}` : when, EVENT_NAME),
    value: truncate(lines.join('\n'), EVENT_VALUE),
  });
}

function renderPeople(people: PersonMention[]): string[] {
  if (people.length === 0) return [];
  const shown = people
    .slice(0, MAX_PEOPLE_SHOWN)
    .map((person) => `• ${escape(person.name, EVENT_NAME)} (${plural(person.events, 'event')})`);
  const more = people.length > MAX_PEOPLE_SHOWN ? [`…and ${people.length - MAX_PEOPLE_SHOWN} more`] : [];
  return ['**People:**', ...shown, ...more];
}

function renderGroups(groups: readonly AnswerGroup[], capped: boolean): string[] {
  if (groups.length === 0) return [];
  const shown = groups
    .slice(0, MAX_GROUPS_SHOWN)
    .map((group) => `• ${escape(group.value, EVENT_NAME)} (${plural(group.count, 'event')})`);
  const more = capped && groups.length > MAX_GROUPS_SHOWN ? [`…and ${groups.length - MAX_GROUPS_SHOWN} more`] : [];
  return [...shown, ...more];
}

function renderNarrowHint(shown: number, total: number): string {
  return `Showing ${shown} of ${total} events. To narrow, add a year, a month, a place or a person, e.g. "events in Tirana in 2023" or "where was Sojati in May 2023".`;
}

/** Dataset or engine text with Markdown escaped, cut first so huge text costs nothing to escape. */
function escape(text: string, max: number = DISCORD_LIMITS.embedDescription): string {
  return truncate(escapeMarkdown(truncate(text, max)), max);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
