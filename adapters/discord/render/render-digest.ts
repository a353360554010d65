// A digest as one Discord embed: heading (title), summary and how to see everything (description), one
// field per event (the period's first, then "also added"), and a footer naming the digest, which the
// poster uses to recognise its own earlier post.
import { escapeMarkdown } from 'discord.js';
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { formatDays, formatPlace } from '../../../src/index.js';
import type { DigestView, EventRecord } from '../../../src/index.js';
import { DISCORD_LIMITS, embedLength, fitEmbed, fitField, truncate } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';

const MAX_FIELDS = 20;
const FOOTER_RESERVE = 200;
const EVENT_NAME = 150;
const EVENT_VALUE = 300;

export interface DiscordDigestContent {
  view: DigestView;
  events: readonly EventRecord[];
  alsoAdded?: readonly EventRecord[];
  /** The scheduler's digest key; absent for a preview. */
  key?: string;
}

export function digestFooter(key: string): string {
  return `IISG digest ${key}`;
}

export function renderDigest(digest: DiscordDigestContent, intro?: string): DiscordReply {
  const { view } = digest;
  const description = [intro ? `*${escapeMarkdown(intro)}*` : null, `**${escapeMarkdown(view.summary)}**`, view.askHint ? `To see them all, ask: “${escapeMarkdown(view.askHint)}”` : null]
    .filter(Boolean)
    .join('\n');
  const embed: APIEmbed = { color: EMBED_COLOUR, title: truncate(view.heading, DISCORD_LIMITS.embedTitle), description: truncate(description, 1500), fields: [] };
  const candidates = [
    ...digest.events.map((event) => renderEvent(event, '')),
    ...(digest.alsoAdded ?? []).map((event) => renderEvent(event, 'Also added · ')),
  ];
  const fields: APIEmbedField[] = [];
  for (const field of candidates) {
    if (fields.length >= MAX_FIELDS || embedLength({ ...embed, fields: [...fields, field] }) + FOOTER_RESERVE > DISCORD_LIMITS.embedTotal) break;
    fields.push(field);
  }
  embed.fields = fields;
  const hidden = candidates.length - fields.length;
  const footer = [hidden > 0 ? `${hidden} more not shown` : null, digest.key ? digestFooter(digest.key) : null].filter(Boolean).join(' · ');
  if (footer) embed.footer = { text: footer };
  return { embeds: [fitEmbed(embed)] };
}

function renderEvent(event: EventRecord, prefix: string): APIEmbedField {
  const name = `${prefix}${formatDays(event.start, event.end)} · ${formatPlace(event)}`;
  const lines = [escapeMarkdown(truncate(event.title, EVENT_VALUE))];
  if (event.people.length > 0) lines.push(`*People:* ${escapeMarkdown(truncate(event.people.join(', '), EVENT_VALUE))}`);
  return fitField({ name: truncate(escapeMarkdown(name), EVENT_NAME), value: truncate(lines.join('\n'), EVENT_VALUE) });
}
