// A digest as Block Kit: heading, summary, one section per event (as answers show them), "also added",
// and how to see what was cut. Used for scheduled posts and for `/iisg digest preview`.
import type { DigestView, EventRecord } from '../../src/index.js';
import { fitMessage } from './block-limits.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { contextBlock, describeEvent, sectionBlock } from './render-answer.js';
import type { SlackBlock, SlackMessage } from './slack-message.js';

export interface DigestContent {
  view: DigestView;
  events: readonly EventRecord[];
  alsoAdded?: readonly EventRecord[];
}

export function renderDigest(digest: DigestContent, intro?: string): SlackMessage {
  const { view } = digest;
  const blocks: SlackBlock[] = [];
  if (intro) blocks.push(contextBlock(escapeMrkdwn(intro)));
  blocks.push({ type: 'header', text: { type: 'plain_text', text: view.heading } });
  blocks.push(sectionBlock(`*${escapeMrkdwn(view.summary)}*`));
  for (const section of view.sections) {
    const events = section.kind === 'period' ? digest.events : (digest.alsoAdded ?? []);
    if (section.kind === 'alsoAdded') blocks.push(sectionBlock(`*${escapeMrkdwn(section.title)}*`));
    for (const event of events.slice(0, section.lines.length)) blocks.push(sectionBlock(describeEvent(event)));
    if (section.more > 0) blocks.push(contextBlock(`…and ${section.more} more`));
  }
  if (view.askHint) blocks.push(contextBlock(`To see them all, ask: “${escapeMrkdwn(view.askHint)}”`));
  const text = intro ? `${intro}\n\n${view.text}` : view.text;
  return fitMessage({ text: escapeMrkdwn(text), blocks });
}
