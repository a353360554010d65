// The one list of slash commands: the runtime dispatches from it and deploy-commands registers it.
// Later commands (e.g. /iisg-digest, ManageChannels only) join through `extra` without touching this file.
import { iisgCommand } from './commands/iisg-command.js';
import type { DiscordCommand } from './discord-command.js';

export const BUILT_IN_COMMANDS: readonly DiscordCommand[] = [iisgCommand];

/** The built-in commands plus `extra`, keyed by name; a repeated name is a wiring bug and throws. */
export function createCommandList(extra: readonly DiscordCommand[] = []): ReadonlyMap<string, DiscordCommand> {
  const commands = new Map<string, DiscordCommand>();
  for (const command of [...BUILT_IN_COMMANDS, ...extra]) {
    if (commands.has(command.data.name)) throw new Error(`two Discord commands are named "/${command.data.name}"; expected unique names`);
    commands.set(command.data.name, command);
  }
  return commands;
}
