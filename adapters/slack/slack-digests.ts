// The Slack bot with digests plugged in: `/iisg digest …` goes to the digest manager and scheduled digests
// are posted with a Web API client of their own (slack-digest-poster.ts). Without a digest service it is
// the plain bot.
import type { BotContext } from '../bot-context.js';
import type { DigestService } from '../digest/digest-service.js';
import { createSlackBot } from './create-slack-bot.js';
import type { SlackBot, SlackBotOptions } from './create-slack-bot.js';
import type { SlackConfig } from './slack-config.js';
import { createSlackDigestHandler } from './slack-digest-handler.js';
import type { SlackUserClient } from './slack-digest-handler.js';
import { createSlackDigestClient, createSlackDigestPoster } from './slack-digest-poster.js';
import { createBoltLogger } from './bolt-logger.js';

export function createSlackBotWithDigests(context: BotContext, config: SlackConfig, digests: DigestService | null, options: SlackBotOptions = {}): SlackBot {
  if (!digests) return createSlackBot(context, config, options);
  let client: SlackUserClient | undefined;
  const digest = createSlackDigestHandler({
    manager: digests.manager,
    client: () => {
      if (!client) throw new Error('the Slack app is not built yet');
      return client;
    },
    managers: digests.config.slackManagers,
    log: context.log,
  });
  const bot = createSlackBot(context, config, { ...options, digest });
  client = bot.app.client;
  // Digests post with a client of their own: bounded attempts, and its own queue beside the answers'.
  const digestClient = createSlackDigestClient(config.botToken, config.apiUrl, { logger: createBoltLogger(context.log) });
  digests.addPoster('slack', createSlackDigestPoster(digestClient, context.log));
  return bot;
}
