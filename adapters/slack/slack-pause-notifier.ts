// Tells the person who created a digest subscription, in a direct message (chat.postMessage to their user
// id opens the bot's DM with them; chat:write is enough), that it paused itself, why, and how to resume.
import type { PauseNotifier } from '../digest/digest-service.js';
import { channelLabel, describeSchedule } from '../digest/describe-subscription.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { contextBlock, sectionBlock } from './render-answer.js';
import { fitMessage } from './block-limits.js';

export interface SlackDmClient {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks: unknown[];
      unfurl_links: boolean;
      unfurl_media: boolean;
    }): Promise<unknown>;
  };
}

export function createSlackPauseNotifier(client: () => SlackDmClient, command = '/iisg'): PauseNotifier {
  return async (subscription, reason) => {
    if (!subscription.createdBy) return;
    const where = /^[CGD][A-Z0-9]+$/.test(subscription.channelId)
      ? `<#${subscription.channelId}>`
      : escapeMrkdwn(channelLabel(subscription));
    const message = fitMessage({
      text: escapeMrkdwn(`Your digest #${subscription.id} (${channelLabel(subscription)}) is paused: ${reason}.`),
      blocks: [
        sectionBlock(
          `*Your ${escapeMrkdwn(describeSchedule(subscription))} for ${where} (#${subscription.id}) is paused.*`,
        ),
        sectionBlock(`Why: ${escapeMrkdwn(reason)}.`),
        sectionBlock(
          `To resume: fix that (for example \`/invite @iisg-bot\` in the channel), then run \`${command} digest resume ${subscription.id}\` there, or press *Resume* on my Home tab. It is also retried at each scheduled time.`,
        ),
        contextBlock('You get this message because you set up this digest.'),
      ],
    });
    await client().chat.postMessage({
      channel: subscription.createdBy,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  };
}
