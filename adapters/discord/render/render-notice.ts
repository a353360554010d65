// Short replies that are not answers: the private apology after a failure, and the message for a name
// the dataset does not know (with the nearest names that exist).
import { escapeMarkdown } from 'discord.js';
import { fitContent, fitEmbed } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';

export const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again in a moment, or try `/iisg help`.';

export function renderApology(): DiscordReply {
  return { content: fitContent(APOLOGY), embeds: [] };
}

export type NameKind = 'person' | 'place';

/** For `/iisg where person:` or `/iisg events place:` with a value the dataset does not know. */
export function renderUnknownName(kind: NameKind, value: string, suggestions: string[]): DiscordReply {
  const lines = [`I don't know a ${kind} called "${escapeMarkdown(value)}" in the IISG news posts.`];
  if (suggestions.length > 0) lines.push('', `Did you mean: ${suggestions.map((name) => `**${escapeMarkdown(name)}**`).join(', ')}?`);
  lines.push('', `Tip: start typing and pick a ${kind} from the list Discord shows.`);
  return { embeds: [fitEmbed({ color: EMBED_COLOUR, title: `Unknown ${kind}`, description: lines.join('\n') })] };
}

/** For an option value the bot cannot use: options are re-validated like any other input. */
export function renderBadOption(message: string): DiscordReply {
  return { embeds: [fitEmbed({ color: EMBED_COLOUR, title: 'That option does not work', description: message })] };
}
