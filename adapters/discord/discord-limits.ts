// Discord's size limits for messages and embeds, and the one place that cuts text to fit them.
// Renderers build what they want; fitEmbed/fitContent guarantee the API never rejects it for size.
import type { APIEmbed, APIEmbedField } from 'discord.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author together, per message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  /** Autocomplete: choices per answer, and characters per choice name or value. */
  choices: 25,
  choiceText: 100,
} as const;

const ELLIPSIS = '…';
const WORD_SEARCH = 30;

/** `text` cut to at most `max` characters (code units, as Discord counts), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return text.slice(0, max);
  let cut = text.slice(0, max - ELLIPSIS.length);
  // Never leave half of a surrogate pair (an emoji or a rare letter) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // End on a whole word when one ends near the cut.
  const space = cut.lastIndexOf(' ');
  if (space > 0 && space >= cut.length - WORD_SEARCH) cut = cut.slice(0, space);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** The characters of an embed that count towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** A field with name and value cut to their limits (Discord rejects empty ones, so blanks become "–"). */
export function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name.trim() || '–', DISCORD_LIMITS.fieldName),
    value: truncate(field.value.trim() || '–', DISCORD_LIMITS.fieldValue),
  };
}

/**
 * Every part cut to its own limit, at most 25 fields, and the whole under 6000 characters: trailing fields are
 * dropped first (renderers say how many they show), then the description is shortened.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, DISCORD_LIMITS.embedTitle);
  if (fitted.description !== undefined) fitted.description = truncate(fitted.description, DISCORD_LIMITS.embedDescription);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, DISCORD_LIMITS.footerText) };
  if (fitted.author) fitted.author = { ...fitted.author, name: truncate(fitted.author.name, DISCORD_LIMITS.authorName) };
  if (fitted.fields) fitted.fields = fitted.fields.slice(0, DISCORD_LIMITS.embedFields).map(fitField);
  while (fitted.fields?.length && embedLength(fitted) > DISCORD_LIMITS.embedTotal) fitted.fields = fitted.fields.slice(0, -1);
  const excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && fitted.description) fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - excess));
  return fitted;
}

/** Plain message text cut to 2000 characters. */
export function fitContent(text: string): string {
  return truncate(text, DISCORD_LIMITS.content);
}
