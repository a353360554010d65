// The shape of one message the adapter posts: Block Kit blocks plus the plain `text` fallback Slack
// shows in notifications and to clients that cannot draw blocks.
import type { types } from '@slack/bolt';

export type SlackBlock = types.KnownBlock;

export interface SlackMessage {
  /** Notification / fallback text (mrkdwn, already escaped). Never empty. */
  text: string;
  blocks: SlackBlock[];
}
