// Answer -> one Discord embed: what was found (title), what was understood and the engine's notes
// (description), the first events as fields (dates · place, then title and people), and how to narrow.
import { escapeMarkdown } from 'discord.js';
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { formatDays, formatPlace } from '../../../src/index.js';
import type { Answer, AnswerGroup, EventRecord, PersonMention } from '../../../src/index.js';
import { DISCORD_LIMITS, embedLength, fitEmbed, fitField, truncate } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';
import { renderHelp } from './render-help.js';

/** Events shown per answer; the rest are counted, with a hint on how to narrow. */
export const MAX_EVENTS_SHOWN = 10;
const MAX_PEOPLE_SHOWN = 15;
const MAX_GROUPS_SHOWN = 20;
/** Room kept for the footer when deciding how many event fields fit in 6000 characters. */
const FOOTER_RESERVE = 300;
// With 10 events these caps keep the whole embed under 6000 characters, so long notes or titles never push
// events out; real titles are about 100 characters.
const DESCRIPTION_WITH_EVENTS = 1000;
const EVENT_NAME = 150;
const EVENT_VALUE = 300;

export function renderAnswer(answer: Answer): DiscordReply {
  if (answer.interpretation.intent === 'help') return renderHelp(answer.text);
  const description = [
    `**Understood:** ${escape(answer.understood)}`,
    ...renderPeople(answer.people),
    ...renderGroups(answer.groups),
    ...answer.notes.map((note) => `• ${escape(note)}`),
  ].join('\n');
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    // Core headlines may end with ":" to introduce the list that follows in plain text.
    title: escape(answer.headline.replace(/:$/, ''), DISCORD_LIMITS.embedTitle),
    description: truncate(description, answer.events.length > 0 ? DESCRIPTION_WITH_EVENTS : DISCORD_LIMITS.embedDescription),
    fields: [],
  };
  const fields: APIEmbedField[] = [];
  // Groups are the answer; their events follow when they are few.
  const listed = answer.groups.length > 0 && answer.events.length > MAX_EVENTS_SHOWN ? [] : answer.events.slice(0, MAX_EVENTS_SHOWN);
  for (const event of listed) {
    const field = renderEvent(event);
    if (embedLength({ ...embed, fields: [...fields, field] }) + FOOTER_RESERVE > DISCORD_LIMITS.embedTotal) break;
    fields.push(field);
  }
  embed.fields = fields;
  const total = Math.max(answer.count, answer.events.length);
  if (listed.length > 0 && fields.length < total) embed.footer = { text: renderNarrowHint(fields.length, total) };
  return { embeds: [fitEmbed(embed)] };
}

function renderEvent(event: EventRecord): APIEmbedField {
  const place = formatPlace(event);
  const when = formatDays(event.start, event.end);
  const lines = [escape(event.title, EVENT_VALUE)];
  if (event.people.length > 0) lines.push(`*People:* ${escape(event.people.join(', '), EVENT_VALUE)}`);
  return fitField({ name: truncate(place ? `${when} · ${escape(place, EVENT_NAME)}` : when, EVENT_NAME), value: truncate(lines.join('\n'), EVENT_VALUE) });
}

function renderPeople(people: PersonMention[]): string[] {
  if (people.length === 0) return [];
  const shown = people.slice(0, MAX_PEOPLE_SHOWN).map((person) => `• ${escape(person.name, EVENT_NAME)} (${plural(person.events, 'event')})`);
  const more = people.length > MAX_PEOPLE_SHOWN ? [`…and ${people.length - MAX_PEOPLE_SHOWN} more`] : [];
  return ['**People:**', ...shown, ...more];
}

function renderGroups(groups: readonly AnswerGroup[]): string[] {
  if (groups.length === 0) return [];
  const shown = groups.slice(0, MAX_GROUPS_SHOWN).map((group) => `• ${escape(group.value, EVENT_NAME)} (${plural(group.count, 'event')})`);
  const more = groups.length > MAX_GROUPS_SHOWN ? [`…and ${groups.length - MAX_GROUPS_SHOWN} more`] : [];
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
