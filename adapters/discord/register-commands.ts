// Registers slash command definitions with Discord in one bulk overwrite: to one guild when a guild id
// is set (instant; for development), globally otherwise (production; creates are rate limited per day).
import { REST, Routes } from 'discord.js';
import type { DiscordCommand } from './discord-command.js';
import type { DiscordConfig } from './discord-config.js';

export interface RegisterResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  /** Names of the commands Discord now has, as it answered. */
  names: string[];
}

export async function registerCommands(config: DiscordConfig, commands: Iterable<DiscordCommand>): Promise<RegisterResult> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = [...commands].map((command) => command.data.toJSON());
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body })) as Array<{ name?: unknown }>;
  return {
    scope: config.guildId ? 'guild' : 'global',
    guildId: config.guildId,
    names: registered.map((command) => String(command.name)),
  };
}
