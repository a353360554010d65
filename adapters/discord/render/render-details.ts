// One event's full record as a Discord embed, for the "Details of an event…" menu: days and place,
// organisers, people and what they did (roles, when the record has them), topics, the summary, and the
// title linked to its news post. All details live here, so a new field is one more line in this function.
import { escapeMarkdown } from 'discord.js';
import type { APIEmbedField } from 'discord.js';
import { formatDays, formatPlace } from '../../../src/index.js';
import type { EventRecord } from '../../../src/index.js';
import { describeRole, rolesOf } from '../../interactive/event-roles.js';
import { DISCORD_LIMITS, fitEmbed, truncate } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';

export function renderEventDetails(event: EventRecord): DiscordReply {
  const list = (names: readonly string[]) =>
    escapeMarkdown(truncate(names.join(', '), DISCORD_LIMITS.fieldValue - 100));
  const place = formatPlace(event);
  const fields: APIEmbedField[] = [
    { name: 'When', value: formatDays(event.start, event.end), inline: true },
    { name: 'Where', value: place ? escapeMarkdown(place) : 'online or not stated', inline: true },
  ];
  if (event.organisers.length > 0) fields.push({ name: 'Organisers', value: list(event.organisers) });
  if (event.people.length > 0) fields.push({ name: 'People', value: list(event.people) });
  const roles = rolesOf(event);
  if (roles.length > 0)
    fields.push({
      name: 'Roles',
      value: escapeMarkdown(truncate(roles.map(describeRole).join('\n'), DISCORD_LIMITS.fieldValue - 100)),
    });
  if (event.topics.length > 0) fields.push({ name: 'Topics', value: list(event.topics) });
  const url = safeUrl(event.source);
  return {
    embeds: [
      fitEmbed({
        color: EMBED_COLOUR,
        title: escapeMarkdown(truncate(event.title, DISCORD_LIMITS.embedTitle - 20)),
        ...(url ? { url } : {}),
        description: event.summary.trim() ? escapeMarkdown(truncate(event.summary.trim(), 3000)) : 'No summary.',
        fields,
        footer: { text: url ? 'The title links to the news post.' : 'No news post is linked for this event.' },
      }),
    ],
  };
}

function safeUrl(source: string | null): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
