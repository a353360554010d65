// What one slash command is (discord.js guide style: builder data + execute), and the contract the
// central interaction handler keeps for it: defer first, then execute, then edit the reply.
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { ConversationState } from '../../src/index.js';
import type { BotContext } from '../bot-context.js';
import type { DiscordInteractive } from './discord-interactive.js';
import type { DiscordReply } from './discord-reply.js';

/** A command's reply, with the conversation to continue when someone replies to it. */
export type CommandReply = DiscordReply & { conversation?: ConversationState };

export interface DiscordCommand {
  /** A SlashCommandBuilder (or anything with its name and JSON); deployed by deploy-commands. */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Whether the reply is visible only to the caller (always, or as the interaction asks); fixed at the defer. */
  ephemeral?: boolean | ((interaction: ChatInputCommandInteraction) => boolean);
  /**
   * Runs after the interaction has been deferred; returns the reply, which the handler posts with editReply.
   * A user mistake is an ordinary reply that says what would work; a thrown error is a bug: the handler logs it
   * and answers with a short private apology.
   */
  execute(
    interaction: ChatInputCommandInteraction,
    context: BotContext,
    interactive: DiscordInteractive,
  ): Promise<CommandReply> | CommandReply;
  /** Answers the focused option directly (no defer) with at most 25 choices. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
