// The one door for interactions: autocomplete is answered directly; a slash command is deferred before any
// work, executed, and its reply edited in; a button or menu goes to handle-component. A failure reaches the
// user as a short private apology and the log as the full story.
import { MessageFlags } from 'discord.js';
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageComponentInteraction,
} from 'discord.js';
import type { BotContext } from '../bot-context.js';
import type { DiscordCommand } from './discord-command.js';
import type { DiscordInteractive } from './discord-interactive.js';
import { messageConversation } from './discord-interactive.js';
import { handleComponent } from './handle-component.js';
import { renderApology } from './render/render-notice.js';

export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, DiscordCommand>,
  context: BotContext,
  interactive: DiscordInteractive,
): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, commands, context);
  if (interaction.isChatInputCommand()) return runCommand(interaction, commands, context, interactive);
  if (interaction.isMessageComponent()) return component(interaction, context, interactive);
}

async function component(
  interaction: MessageComponentInteraction,
  context: BotContext,
  interactive: DiscordInteractive,
): Promise<void> {
  try {
    await handleComponent(interaction, context, interactive);
  } catch (error) {
    context.log.error('discord: a button or menu failed', error, {
      customId: interaction.customId,
      user: interaction.user.id,
      channel: interaction.channelId,
      interaction: interaction.id,
    });
    const apology = { ...renderApology(), flags: MessageFlags.Ephemeral } as const;
    await (
      interaction.replied || interaction.deferred ? interaction.followUp(apology) : interaction.reply(apology)
    ).catch((second: unknown) =>
      context.log.error('discord: could not deliver the apology', second, { interaction: interaction.id }),
    );
  }
}

async function autocomplete(
  interaction: AutocompleteInteraction,
  commands: ReadonlyMap<string, DiscordCommand>,
  context: BotContext,
): Promise<void> {
  const command = commands.get(interaction.commandName);
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
  } catch (error) {
    context.log.error('discord: autocomplete failed', error, describe(interaction));
    // An empty list beats a spinner; if even that fails the interaction has expired, which is already logged.
    if (!interaction.responded)
      await interaction
        .respond([])
        .catch((second: unknown) =>
          context.log.warn('discord: empty autocomplete failed too', { error: String(second) }),
        );
  }
}

async function runCommand(
  interaction: ChatInputCommandInteraction,
  commands: ReadonlyMap<string, DiscordCommand>,
  context: BotContext,
  interactive: DiscordInteractive,
): Promise<void> {
  const command = commands.get(interaction.commandName);
  try {
    if (!command) {
      // Registered by another deployment (or not yet removed): tell the user what exists.
      context.log.warn('discord: unknown command', describe(interaction));
      await interaction.reply({
        content: `\`/${interaction.commandName}\` is not handled by this bot; try \`/iisg help\`.`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const ephemeral = typeof command.ephemeral === 'function' ? command.ephemeral(interaction) : command.ephemeral;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const { conversation, ...reply } = await command.execute(interaction, context, interactive);
    const sent = await interaction.editReply(reply);
    // A reply to a public answer continues its conversation (private answers cannot be replied to).
    if (conversation && !ephemeral)
      interactive.conversations.set(messageConversation(interaction.channelId, sent.id), conversation);
  } catch (error) {
    context.log.error('discord: command failed', error, describe(interaction));
    await apologise(interaction, context);
  }
}

/** The apology is private; the public "thinking…" placeholder of a deferred reply is removed. */
async function apologise(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const apology = { ...renderApology(), flags: MessageFlags.Ephemeral } as const;
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(apology);
      return;
    }
    const placeholderShown = interaction.deferred && !interaction.replied && !interaction.ephemeral;
    await interaction.followUp(apology);
    if (placeholderShown) await interaction.deleteReply();
  } catch (error) {
    context.log.error('discord: could not deliver the apology', error, describe(interaction));
  }
}

function describe(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Record<string, unknown> {
  return {
    command: interaction.commandName,
    subcommand: interaction.options.getSubcommand(false),
    options: interaction.options.data,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
    interaction: interaction.id,
  };
}
