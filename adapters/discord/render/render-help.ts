// The /iisg help text: the Discord ways in (subcommands, mention, DM), then the core's own help with the
// questions that work, so examples are written once, in the core.
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';
import { fitEmbed, truncate } from '../discord-limits.js';

const COMMANDS = [
  '**Commands**',
  '`/iisg ask question:` any question, in plain English',
  '`/iisg recent count:` the latest events (up to 100, 10 a page)',
  '`/iisg where person: year:` where someone was; pick the name from the list',
  '`/iisg events place: year:` what happened in a country or city',
  '`/iisg help` this text',
  '',
  'Add `private:true` to any of them to see the answer alone.',
  '',
  'You can also mention me with a question (`@iisg-bot where was Sojati in 2023`) or send me a direct message. Reply to one of my answers (keep the ping on) to follow up: "and in 2022?", "the second one", "who organised it".',
].join('\n');

/** `coreHelp` is the engine's help answer text (what can be asked, with examples). */
export function renderHelp(coreHelp: string): DiscordReply {
  const description = `${truncate(coreHelp.trim(), 3000)}\n\n${COMMANDS}`;
  return { embeds: [fitEmbed({ color: EMBED_COLOUR, title: 'IISG bot: help', description })] };
}
