// `npm run discord:deploy`: registers the bot's slash commands (to DISCORD_GUILD_ID when set, else globally).
// Run it when command definitions change, not at every start: global creates are limited per day.
import { pathToFileURL } from 'node:url';
import { DiscordAPIError } from 'discord.js';
import { BUILT_IN_COMMANDS } from './command-list.js';
import { createDigestCommand } from './commands/digest-command.js';
import type { DiscordCommand } from './discord-command.js';
import { DiscordConfigError, readDiscordConfig } from './discord-config.js';
import { registerCommands } from './register-commands.js';

/** The commands this script deploys: the runtime's list (add later commands' definitions here too). */
export const DEPLOYED_COMMANDS: readonly DiscordCommand[] = [...BUILT_IN_COMMANDS, createDigestCommand(null)];

export interface DeployIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** Deploys with the settings in `env`; returns the process exit code (0 done, 2 bad settings, 1 Discord refused). */
export async function runDeploy(env: Record<string, string | undefined>, io: DeployIo, commands: readonly DiscordCommand[] = DEPLOYED_COMMANDS): Promise<number> {
  try {
    const config = readDiscordConfig(env);
    const result = await registerCommands(config, commands);
    const where = result.scope === 'guild' ? `to guild ${result.guildId} (available now)` : 'globally (may take up to an hour to appear)';
    io.stdout.write(`Registered ${result.names.length} command(s) ${where}: ${result.names.map((name) => `/${name}`).join(', ')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DiscordConfigError) {
      io.stderr.write(`discord:deploy: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DiscordAPIError) {
      io.stderr.write(`discord:deploy: Discord refused the commands (HTTP ${error.status}, code ${error.code}): ${error.message}\n`);
      return 1;
    }
    io.stderr.write(`discord:deploy: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { config } = await import('dotenv');
  config({ quiet: true });
  process.exitCode = await runDeploy(process.env, { stdout: process.stdout, stderr: process.stderr });
}
