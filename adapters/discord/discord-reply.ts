// The shape every renderer returns and every sender posts: embeds, and plain text only where it helps.
// It fits both interaction edits and message replies; allowed mentions are set once, on the Client.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  /** Buttons and select menus (at most 5 rows); an empty list removes earlier ones on an update. */
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** The accent colour of the bot's embeds. */
export const EMBED_COLOUR = 0x2b5797;
