// The Slack bot with digests plugged in: `/iisg digest …`, the digest form and the Home tab's digest
// buttons go to the digest manager, scheduled digests are posted with a Web API client of their own
// (slack-digest-poster.ts), and the creator of a subscription that pauses itself gets a direct message.
// Without a digest service it is the plain bot.
import type { BotContext } from '../bot-context.js';
import type { DigestService } from '../digest/digest-service.js';
import { createSlackBot } from './create-slack-bot.js';
import type { SlackBot, SlackBotOptions } from './create-slack-bot.js';
import type { SlackConfig } from './slack-config.js';
import { createSlackDigestAccess } from './slack-digest-access.js';
import type { SlackUserClient } from './slack-digest-access.js';
import { createSlackDigestHandler } from './slack-digest-handler.js';
import { createSlackDigestClient, createSlackDigestPoster } from './slack-digest-poster.js';
import { createBoltLogger } from './bolt-logger.js';
import { createSlackPauseNotifier } from './slack-pause-notifier.js';

export function createSlackBotWithDigests(
  context: BotContext,
  config: SlackConfig,
  digests: DigestService | null,
  options: SlackBotOptions = {},
): SlackBot {
  if (!digests) return createSlackBot(context, config, options);
  let client: (SlackUserClient & SlackBot['app']['client']) | undefined;
  const lateClient = () => {
    if (!client) throw new Error('the Slack app is not built yet');
    return client;
  };
  const access = createSlackDigestAccess({
    manager: digests.manager,
    client: lateClient,
    managers: digests.config.slackManagers,
    log: context.log,
  });
  const bot = createSlackBot(context, config, {
    ...options,
    digest: createSlackDigestHandler(access),
    interactive: { ...options.interactive, digests: { access, defaults: digests.config.defaults } },
  });
  client = bot.app.client;
  // Digests post with a client of their own: bounded attempts, and its own queue beside the answers'.
  const digestClient = createSlackDigestClient(config.botToken, config.apiUrl, {
    logger: createBoltLogger(context.log),
  });
  digests.addPoster('slack', createSlackDigestPoster(digestClient, context.log));
  digests.addPauseNotifier('slack', createSlackPauseNotifier(lateClient, options.command));
  return bot;
}
