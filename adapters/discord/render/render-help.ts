// The /iisg help text: every subcommand, and questions that work in /iisg ask, a mention or a DM.
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';
import { fitEmbed } from '../discord-limits.js';

const EXAMPLES = [
  'where was Sojati in 2023',
  'what happened in May 2022',
  'events in Montenegro',
  'last 5 events',
  'how many meetings in 2022',
  'who attended the workshops in Skopje',
];

export function renderHelp(): DiscordReply {
  const description = [
    'I answer questions about the activities of the IISG Secretariat, from its news posts.',
    '',
    '**Commands**',
    '`/iisg ask question:` any question, in plain English',
    '`/iisg recent count:` the latest events (up to 10)',
    '`/iisg where person: year:` where someone was; pick the name from the list',
    '`/iisg events place: year:` what happened in a country or city',
    '`/iisg help` this text',
    '',
    '**Questions that work**',
    ...EXAMPLES.map((example) => `• ${example}`),
    '',
    'You can also mention me with a question (`@iisg-bot where was Sojati in 2023`) or send me a direct message.',
    'Dates are whole days, as published by the Secretariat.',
  ].join('\n');
  return { embeds: [fitEmbed({ color: EMBED_COLOUR, title: 'IISG bot: help', description })] };
}
