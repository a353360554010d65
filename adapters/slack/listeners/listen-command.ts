// `/iisg …`: acknowledge at once (Slack gives 3 seconds), then answer privately through the response URL.
// One person's commands in one channel are a conversation; `/iisg digest` alone opens the digest form.
import type { App } from '@slack/bolt';
import { buildReply } from '../build-reply.js';
import type { SlackWhere } from '../build-reply.js';
import { toPlainQuestion } from '../message-text.js';
import { postToResponseUrl } from '../post-to-response-url.js';
import { renderApology } from '../render-help.js';
import type { SlackMessage } from '../slack-message.js';
import type { ListenerDeps } from './listener-deps.js';
import { conversationKey } from '../../interactive/conversations.js';

export function listenForCommand(app: App, deps: ListenerDeps): void {
  app.command(deps.command, async ({ command, ack }) => {
    await ack();
    await deps.track('command', async () => {
      const text = toPlainQuestion(command.text);
      const where: SlackWhere = {
        source: 'command',
        channelId: command.channel_id,
        userId: command.user_id,
        teamId: command.team_id,
      };
      const details = { command: deps.command, text, user: command.user_id, channel: command.channel_id };
      if (deps.digestForm && (await deps.digestForm(text, command.trigger_id, where))) return;
      let message: SlackMessage;
      try {
        message = await buildReply(
          text,
          where,
          deps,
          conversationKey('slack', command.team_id, command.channel_id, 'command', command.user_id),
        );
      } catch (error) {
        deps.log.error('slack: answering a slash command failed', error, details);
        message = renderApology();
      }
      try {
        await postToResponseUrl(command.response_url, { response_type: 'ephemeral', ...message }, deps.responseUrl);
      } catch (error) {
        deps.log.error('slack: could not post a slash command answer', error, details);
      }
    });
  });
}
