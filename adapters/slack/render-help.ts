// The fixed replies: help (what the bot can do, with example questions), short notices for bad input,
// and the one apology a user sees when something breaks.
import { fitMessage } from './block-limits.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { contextBlock, sectionBlock } from './render-answer.js';
import type { SlackMessage } from './slack-message.js';

const EXAMPLES = [
  'where was Sojati in 2023',
  'what happened in May 2022',
  'events in Montenegro',
  'how many meetings in 2022',
  'last 5 events',
];

export interface HelpOptions {
  /** The slash command as installed, e.g. "/iisg". */
  command: string;
  digests: boolean;
}

export function renderHelp({ command, digests }: HelpOptions): SlackMessage {
  const examples = EXAMPLES.map((example) => `• \`${command} ${example}\``).join('\n');
  const commands = [
    `• \`${command} &lt;question&gt;\` — ask about the IISG Secretariat's activities`,
    `• \`${command} recent [N]\` — the latest N events (default 5)`,
    `• \`${command} help\` — this message`,
    ...(digests
      ? [
          `• \`${command} digest\` — set up a scheduled digest for a channel (a form); \`${command} digest help\` for the text commands`,
        ]
      : []),
  ].join('\n');
  return fitMessage({
    text: `Ask me about the IISG Secretariat's activities, e.g. "${command} where was Sojati in 2023".`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'IISG Secretariat activities' } },
      sectionBlock("I answer questions about the IISG Secretariat's events: where, when, who and how many."),
      sectionBlock(`*Try*\n${examples}`),
      sectionBlock(`*Commands*\n${commands}`),
      contextBlock(
        'Mention me in a channel to get the answer in a thread (mention me again there to follow up: "and in 2022?", "the second one"), or send me a direct message. Slash command answers are visible only to you until you share them.',
      ),
    ],
  });
}

/** A short reply for input the bot could not use; `message` is plain text and gets escaped. */
export function renderNotice(message: string): SlackMessage {
  const text = escapeMrkdwn(message);
  return fitMessage({ text, blocks: [sectionBlock(text)] });
}

export function renderApology(): SlackMessage {
  return renderNotice(
    'Sorry, something went wrong while answering that. It has been logged; please try again in a minute.',
  );
}
