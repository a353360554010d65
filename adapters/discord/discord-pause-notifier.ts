// Tells the member who created a digest subscription, in a direct message, that it paused itself, why,
// and how to resume. A member who does not accept DMs from the bot is logged by the caller, not retried.
import type { Client } from 'discord.js';
import type { PauseNotifier } from '../digest/digest-service.js';
import { channelLabel, describeSchedule } from '../digest/describe-subscription.js';
import { fitEmbed } from './discord-limits.js';
import { EMBED_COLOUR } from './discord-reply.js';
import { DIGEST_COMMAND_NAME } from './commands/digest-command.js';

export function createDiscordPauseNotifier(client: Client): PauseNotifier {
  return async (subscription, reason) => {
    if (!subscription.createdBy) return;
    // A channel mention shows the channel's name and pings no one.
    const where = /^\d{17,20}$/.test(subscription.channelId)
      ? `<#${subscription.channelId}>`
      : channelLabel(subscription);
    const dm = await client.users.createDM(subscription.createdBy);
    await dm.send({
      embeds: [
        fitEmbed({
          color: EMBED_COLOUR,
          title: `Your digest #${subscription.id} is paused`,
          description: [
            `Your ${describeSchedule(subscription)} for ${where} stopped posting: ${reason}.`,
            '',
            `To resume: fix that (for example give the bot View Channel and Send Messages there), then run \`/${DIGEST_COMMAND_NAME} resume number:${subscription.id}\` in that server. It is also retried at each scheduled time.`,
          ].join('\n'),
          footer: { text: 'You get this message because you set up this digest.' },
        }),
      ],
      allowedMentions: { parse: [] },
    });
  };
}
