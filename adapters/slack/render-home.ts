// The App Home tab: the latest events (each with its details a click away), questions to try, and the
// workspace's digests, with pause / resume / remove and a new-digest form for those allowed to manage them.
import type { EventRecord } from '../../src/index.js';
import { channelLabel, describeNext, describeSchedule } from '../digest/describe-subscription.js';
import type { Subscription } from '../store/subscription-store.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { button, contextBlock, describeEvent, sectionBlock, sectionWithButton } from './render-answer.js';
import type { SlackBlock } from './slack-message.js';
import { SLACK_MANAGERS_TEXT } from './slack-digest-access.js';

export const HOME_ACTION = {
  prefix: 'iisg_home_',
  // Starts like the answers' Details buttons: the same handler opens it (as a modal, from here).
  details: 'iisg_details_home',
  pause: 'iisg_home_pause',
  resume: 'iisg_home_resume',
  remove: 'iisg_home_remove',
  newDigest: 'iisg_home_new_digest',
} as const;

/** The Home tab holds 100 blocks; a workspace with more digests is told to use `/iisg digest list`. */
const SHOWN_DIGESTS = 20;

export interface HomeContent {
  latest: readonly EventRecord[];
  examples: readonly string[];
  command: string;
  /** Absent when digests are not set up on this bot. */
  digests?: { subscriptions: readonly Subscription[]; canManage: boolean; now: Date };
  /** The outcome of the last button pressed here, in plain text. */
  notice?: string;
}

export function renderHome(content: HomeContent): { type: 'home'; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'IISG Secretariat activities' } }];
  if (content.notice) blocks.push(sectionBlock(`:information_source: ${escapeMrkdwn(content.notice)}`));
  blocks.push(
    contextBlock(
      `Ask me in the Messages tab, mention me in a channel (I answer in a thread, and follow-ups there keep the context), or use \`${content.command} <question>\`.`,
    ),
  );
  blocks.push({ type: 'divider' }, sectionBlock('*Latest events*'));
  if (content.latest.length === 0) blocks.push(contextBlock('No events yet.'));
  content.latest.forEach((event, index) => {
    blocks.push(
      sectionWithButton(
        describeEvent(event),
        button('Details', `${HOME_ACTION.details}_${index}`, JSON.stringify({ v: 1, e: event.id })),
      ),
    );
  });
  blocks.push(
    { type: 'divider' },
    sectionBlock(`*Try asking*\n${content.examples.map((example) => `• ${escapeMrkdwn(example)}`).join('\n')}`),
  );
  if (content.digests) blocks.push({ type: 'divider' }, ...renderDigests(content.digests, content.command));
  return { type: 'home', blocks };
}

function renderDigests(digests: NonNullable<HomeContent['digests']>, command: string): SlackBlock[] {
  const blocks: SlackBlock[] = [sectionBlock('*Digests in this workspace*')];
  if (digests.subscriptions.length === 0) blocks.push(contextBlock('No digest subscriptions yet.'));
  for (const subscription of digests.subscriptions.slice(0, SHOWN_DIGESTS)) {
    blocks.push(sectionBlock(describe(subscription, digests.now)));
    if (!digests.canManage) continue;
    const value = JSON.stringify({ v: 1, id: subscription.id });
    const toggle = subscription.pausedReason
      ? button('Resume', HOME_ACTION.resume, value, 'primary')
      : button('Pause', HOME_ACTION.pause, value);
    const remove = {
      ...button('Remove', HOME_ACTION.remove, value, 'danger'),
      confirm: {
        title: { type: 'plain_text' as const, text: 'Remove this digest?' },
        text: {
          type: 'plain_text' as const,
          text: `The ${subscription.cadence} digest #${subscription.id} stops for good.`,
        },
        confirm: { type: 'plain_text' as const, text: 'Remove' },
        deny: { type: 'plain_text' as const, text: 'Keep it' },
      },
    };
    blocks.push({ type: 'actions', block_id: `iisg_home_digest_${subscription.id}`, elements: [toggle, remove] });
  }
  if (digests.subscriptions.length > SHOWN_DIGESTS)
    blocks.push(
      contextBlock(
        `…and ${digests.subscriptions.length - SHOWN_DIGESTS} more: \`${command} digest list\` shows them all.`,
      ),
    );
  if (digests.canManage)
    blocks.push({
      type: 'actions',
      block_id: 'iisg_home_digest_new',
      elements: [button('New digest', HOME_ACTION.newDigest, '{"v":1}', 'primary')],
    });
  else blocks.push(contextBlock(`Only ${SLACK_MANAGERS_TEXT} can add, pause or remove digests.`));
  return blocks;
}

function describe(subscription: Subscription, now: Date): string {
  // A channel link shows the channel's name and pings nobody; ids are Slack's own, never dataset text.
  const where = /^[CGD][A-Z0-9]+$/.test(subscription.channelId)
    ? `<#${subscription.channelId}>`
    : escapeMrkdwn(channelLabel(subscription));
  const lines = [
    `*#${subscription.id}* · ${where} · ${escapeMrkdwn(describeSchedule(subscription))}${subscription.filter ? ` · filter: ${escapeMrkdwn(subscription.filter)}` : ''}`,
  ];
  if (subscription.pausedBy) lines.push('⏸ paused by hand');
  else if (subscription.pausedReason) lines.push(`⚠ paused: ${escapeMrkdwn(subscription.pausedReason)}`);
  else lines.push(escapeMrkdwn(describeNext(subscription, now)));
  return lines.join('\n');
}
