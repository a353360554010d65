// The shape every renderer returns and every sender posts: embeds, and plain text only where it helps.
// It fits both interaction edits and message replies; allowed mentions are set once, on the Client.
import type { APIEmbed } from 'discord.js';

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
}

/** The accent colour of the bot's embeds. */
export const EMBED_COLOUR = 0x2b5797;
