// The one door for interactions: autocomplete is answered directly; a slash command is deferred before any
// work, executed, and its reply edited in. A failure reaches the user as a short private apology and
// the log as the full story.
import { MessageFlags } from 'discord.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import type { DiscordCommand } from './discord-command.js';
import { renderApology } from './render/render-notice.js';

export async function handleInteraction(interaction: Interaction, commands: ReadonlyMap<string, DiscordCommand>, context: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, commands, context);
  if (interaction.isChatInputCommand()) return runCommand(interaction, commands, context);
}

async function autocomplete(interaction: AutocompleteInteraction, commands: ReadonlyMap<string, DiscordCommand>, context: BotContext): Promise<void> {
  const command = commands.get(interaction.commandName);
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
  } catch (error) {
    context.log.error('discord: autocomplete failed', error, describe(interaction));
    // An empty list beats a spinner; if even that fails the interaction has expired, which is already logged.
    if (!interaction.responded) await interaction.respond([]).catch((second: unknown) => context.log.warn('discord: empty autocomplete failed too', { error: String(second) }));
  }
}

async function runCommand(interaction: ChatInputCommandInteraction, commands: ReadonlyMap<string, DiscordCommand>, context: BotContext): Promise<void> {
  const command = commands.get(interaction.commandName);
  try {
    if (!command) {
      // Registered by another deployment (or not yet removed): tell the user what exists.
      context.log.warn('discord: unknown command', describe(interaction));
      await interaction.reply({ content: `\`/${interaction.commandName}\` is not handled by this bot; try \`/iisg help\`.`, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply(command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await command.execute(interaction, context);
    await interaction.editReply(reply);
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
