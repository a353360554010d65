// The Discord adapter's door: main builds the bot from here; the deploy script shares its command list.
export { createDiscordBot, createClientOptions } from './create-discord-bot.js';
export type { DiscordBot, DiscordBotOptions } from './create-discord-bot.js';
export { readDiscordConfig, DiscordConfigError, DiscordEnvSchema } from './discord-config.js';
export type { DiscordConfig } from './discord-config.js';
export type { DiscordCommand } from './discord-command.js';
export { EMBED_COLOUR } from './discord-reply.js';
export type { DiscordReply } from './discord-reply.js';
export { BUILT_IN_COMMANDS, createCommandList } from './command-list.js';
export { registerCommands } from './register-commands.js';
export type { RegisterResult } from './register-commands.js';
export { DISCORD_LIMITS, fitEmbed, fitContent, truncate } from './discord-limits.js';
export { createDiscordBotWithDigests } from './discord-digests.js';
