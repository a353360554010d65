// Answer -> one Discord embed: what was found (title), what was understood and the engine's notes
// (description), the first events as fields (dates · place, then title and people), and how to narrow.
import { escapeMarkdown } from 'discord.js';
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { formatDays, formatPlace } from '../../../src/index.js';
import type { Answer, EventRecord, PersonMention } from '../../../src/index.js';
import { DISCORD_LIMITS, embedLength, fitEmbed, fitField } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';

/** Events shown per answer; the rest are counted, with a hint on how to narrow. */
export const MAX_EVENTS_SHOWN = 10;
const MAX_PEOPLE_SHOWN = 15;
/** Room kept for the footer when deciding how many event fields fit in 6000 characters. */
const FOOTER_RESERVE = 300;

export function renderAnswer(answer: Answer): DiscordReply {
  const description = [
    `**Understood:** ${escapeMarkdown(answer.understood)}`,
    ...renderPeople(answer.people),
    ...answer.notes.map((note) => `• ${escapeMarkdown(note)}`),
  ].join('\n');
  const embed: APIEmbed = { color: EMBED_COLOUR, title: escapeMarkdown(answer.headline), description, fields: [] };
  const fields: APIEmbedField[] = [];
  for (const event of answer.events.slice(0, MAX_EVENTS_SHOWN)) {
    const field = fitField(renderEvent(event));
    if (embedLength({ ...embed, fields: [...fields, field] }) + FOOTER_RESERVE > DISCORD_LIMITS.embedTotal) break;
    fields.push(field);
  }
  embed.fields = fields;
  const total = Math.max(answer.count, answer.events.length);
  if (fields.length < total) embed.footer = { text: renderNarrowHint(fields.length, total) };
  return { embeds: [fitEmbed(embed)] };
}

function renderEvent(event: EventRecord): APIEmbedField {
  const place = formatPlace(event);
  const when = formatDays(event.start, event.end);
  const lines = [escapeMarkdown(event.title)];
  if (event.people.length > 0) lines.push(`*People:* ${escapeMarkdown(event.people.join(', '))}`);
  return { name: place ? `${when} · ${escapeMarkdown(place)}` : when, value: lines.join('\n') };
}

function renderPeople(people: PersonMention[]): string[] {
  if (people.length === 0) return [];
  const shown = people.slice(0, MAX_PEOPLE_SHOWN).map((person) => `• ${escapeMarkdown(person.name)} (${plural(person.events, 'event')})`);
  const more = people.length > MAX_PEOPLE_SHOWN ? [`…and ${people.length - MAX_PEOPLE_SHOWN} more`] : [];
  return ['**People:**', ...shown, ...more];
}

function renderNarrowHint(shown: number, total: number): string {
  return `Showing ${shown} of ${total} events. To narrow, add a year, a month, a place or a person, e.g. "events in Tirana in 2023" or "where was Sojati in May 2023".`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
