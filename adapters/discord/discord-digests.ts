// The Discord bot with digests plugged in: /iisg-digest goes to the digest manager and scheduled digests
// are posted over this client's REST manager, and the creator of a subscription that pauses itself gets a DM.
// Without a digest service it is the plain bot.
import type { BotContext } from '../bot-context.js';
import type { DigestService } from '../digest/digest-service.js';
import { createDigestCommand } from './commands/digest-command.js';
import { createDiscordBot } from './create-discord-bot.js';
import type { DiscordBot, DiscordBotOptions } from './create-discord-bot.js';
import type { DiscordConfig } from './discord-config.js';
import { createDiscordDigestPoster } from './discord-digest-poster.js';
import { createDiscordPauseNotifier } from './discord-pause-notifier.js';

export function createDiscordBotWithDigests(context: BotContext, config: DiscordConfig, digests: DigestService | null, options: DiscordBotOptions = {}): DiscordBot {
  if (!digests) return createDiscordBot(context, config, options);
  const bot = createDiscordBot(context, config, { ...options, extraCommands: [...(options.extraCommands ?? []), createDigestCommand(digests.manager)] });
  digests.addPoster('discord', createDiscordDigestPoster(bot.client));
  digests.addPauseNotifier('discord', createDiscordPauseNotifier(bot.client));
  return bot;
}
