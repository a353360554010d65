// /iisg-digest: subscribe, unsubscribe, list, preview, pause and resume scheduled digests for a channel. Only
// members who can manage channels see it (default_member_permissions), and changes are checked again at
// run time; everything else is the platform-neutral digest manager's work.
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { DigestManager, DigestReply } from '../../digest/digest-manager.js';
import type { DigestCommand } from '../../digest/parse-digest-command.js';
import { checkSubscribeOptions } from '../../digest/parse-digest-command.js';
import type { DiscordCommand } from '../discord-command.js';
import { DISCORD_LIMITS, fitEmbed, truncate } from '../discord-limits.js';
import { EMBED_COLOUR } from '../discord-reply.js';
import type { DiscordReply } from '../discord-reply.js';
import { renderDigest } from '../render/render-digest.js';

export const DIGEST_COMMAND_NAME = 'iisg-digest';
export const DISCORD_MANAGERS_TEXT = 'members who can manage channels';

const cadenceChoices = [
  { name: 'weekly (the last Monday-to-Sunday week)', value: 'weekly' },
  { name: 'monthly (the last calendar month)', value: 'monthly' },
];

const data = new SlashCommandBuilder()
  .setName(DIGEST_COMMAND_NAME)
  .setDescription('Scheduled digests of the IISG Secretariat activities for this channel')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .addSubcommand((sub) =>
    sub
      .setName('subscribe')
      .setDescription('Post a digest in this channel every week or month')
      .addStringOption((option) =>
        option
          .setName('cadence')
          .setDescription('How often')
          .setRequired(true)
          .addChoices(...cadenceChoices),
      )
      .addStringOption((option) =>
        option
          .setName('day')
          .setDescription('Weekly: a weekday (monday). Monthly: a day from 1 to 28')
          .setMaxLength(12),
      )
      .addStringOption((option) =>
        option.setName('time').setDescription('Local time, HH:MM (24-hour), e.g. 09:00').setMaxLength(5),
      )
      .addStringOption((option) =>
        option
          .setName('timezone')
          .setDescription('IANA time zone, e.g. Europe/Tirane')
          .setMaxLength(64)
          .setAutocomplete(true),
      )
      .addStringOption((option) =>
        option
          .setName('filter')
          .setDescription('Only events about a person, place or topic, e.g. Montenegro')
          .setMaxLength(100),
      )
      .addBooleanOption((option) => option.setName('quiet').setDescription('Post even when a period had nothing')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('unsubscribe')
      .setDescription("Stop this channel's digests (or one subscription by number)")
      .addStringOption((option) =>
        option
          .setName('cadence')
          .setDescription('Only this one')
          .addChoices(...cadenceChoices),
      )
      .addIntegerOption((option) =>
        option.setName('number').setDescription('A subscription number from /iisg-digest list').setMinValue(1),
      ),
  )
  .addSubcommand((sub) =>
    sub.setName('list').setDescription("This server's digest subscriptions, and any that are paused"),
  )
  .addSubcommand((sub) =>
    sub
      .setName('preview')
      .setDescription('What the digest would show for the last complete period')
      .addStringOption((option) =>
        option
          .setName('cadence')
          .setDescription('Which period')
          .addChoices(...cadenceChoices),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pause')
      .setDescription('Stop posting a subscription until someone resumes it')
      .addIntegerOption((option) =>
        option.setName('number').setDescription('A subscription number from /iisg-digest list').setMinValue(1),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('resume')
      .setDescription('Retry a paused subscription now (after fixing its channel)')
      .addIntegerOption((option) =>
        option.setName('number').setDescription('A subscription number from /iisg-digest list').setMinValue(1),
      ),
  );

/** The command; with no manager (deploy script, digests not configured) it says digests are not set up. */
export function createDigestCommand(manager: DigestManager | null): DiscordCommand {
  return {
    data,
    ephemeral: true,
    execute(interaction) {
      if (!manager) return renderReply({ ok: false, text: 'Digests are not set up on this bot yet.' });
      const command = commandFrom(interaction);
      if ('message' in command) return renderReply({ ok: false, text: command.message });
      const channel = interaction.channel;
      const reply = manager.run(command, {
        platform: 'discord',
        workspaceId: interaction.guildId ?? '',
        channelId: interaction.channelId,
        channelName: channel && 'name' in channel && typeof channel.name === 'string' ? channel.name : null,
        userId: interaction.user.id,
        canManage: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
        managers: DISCORD_MANAGERS_TEXT,
      });
      return renderReply(reply);
    },
    async autocomplete(interaction) {
      await interaction.respond(completeTimeZone(interaction));
    },
  };
}

function commandFrom(interaction: ChatInputCommandInteraction): DigestCommand | { message: string } {
  const options = interaction.options;
  const cadence = (name = 'cadence') => {
    const value = options.getString(name);
    return value === 'weekly' || value === 'monthly' ? value : null;
  };
  switch (options.getSubcommand(true)) {
    case 'subscribe': {
      const checked = checkSubscribeOptions({
        cadence: options.getString('cadence', true),
        on: options.getString('day'),
        at: options.getString('time'),
        tz: options.getString('timezone'),
        quiet: options.getBoolean('quiet'),
        filter: options.getString('filter'),
      });
      // The shared messages speak of the text syntax (`at 09:00`); here the options have names.
      return checked.ok
        ? checked.value
        : {
            message: checked.message.replace(
              /`(on|at|tz) /g,
              (_m, word: string) => `\`${{ on: 'day:', at: 'time:', tz: 'timezone:' }[word]}`,
            ),
          };
    }
    case 'unsubscribe':
      return { kind: 'unsubscribe', cadence: cadence(), id: options.getInteger('number') };
    case 'list':
      return { kind: 'list' };
    case 'preview':
      return { kind: 'preview', cadence: cadence() };
    case 'resume':
      return { kind: 'resume', id: options.getInteger('number') };
    case 'pause':
      return { kind: 'pause', id: options.getInteger('number') };
    default:
      return {
        message: `\`/${DIGEST_COMMAND_NAME} ${options.getSubcommand(true)}\` is not known to this version of the bot.`,
      };
  }
}

function renderReply(reply: DigestReply): DiscordReply {
  if (reply.preview) {
    const [intro = ''] = reply.text.split('\n\n');
    return renderDigest(reply.preview, intro);
  }
  return {
    embeds: [
      fitEmbed({
        color: EMBED_COLOUR,
        title: reply.ok ? 'Digests' : 'That did not work',
        description: truncate(reply.text, DISCORD_LIMITS.embedDescription),
      }),
    ],
  };
}

function completeTimeZone(interaction: AutocompleteInteraction): Array<{ name: string; value: string }> {
  const typed = String(interaction.options.getFocused()).trim().toLowerCase().replace(/\s+/g, '_');
  const zones = Intl.supportedValuesOf('timeZone');
  const starts = zones.filter((zone) =>
    zone
      .toLowerCase()
      .split('/')
      .some((part) => part.startsWith(typed)),
  );
  const contains = zones.filter((zone) => !starts.includes(zone) && zone.toLowerCase().includes(typed));
  return [...starts, ...contains].slice(0, DISCORD_LIMITS.choices).map((zone) => ({ name: zone, value: zone }));
}
