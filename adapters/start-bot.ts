// Starts what the configuration asks for: Slack when SLACK_BOT_TOKEN is set, Discord when DISCORD_TOKEN is
// set (both at once is fine), and the console chat when neither is, so anyone can try the bot at once.
// Chat SDKs are imported only when their platform is configured.
import type { BotContext } from './bot-context.js';
import type { CliIo } from './cli/cli-io.js';
import { readAppConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import { defaultEventsFile, loadEngine } from './data/load-dataset.js';
import { createDatasetHolder } from './data/watch-dataset.js';
import { runConsoleChat } from './cli/console-chat.js';

export interface RunningBot {
  /** Resolves when the bot has stopped (console input ended, or stop() was called). */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
  log?: Logger;
}

export async function startBot(env: Record<string, string | undefined>, io: CliIo, options: StartOptions = {}): Promise<RunningBot> {
  const config = readAppConfig(env);
  const log = options.log ?? createLogger('iisg', config.LOG_LEVEL);
  const eventsFile = config.IISG_DATA_FILE ?? defaultEventsFile();
  // A changed dataset file (e.g. after `iisg ingest`) is picked up without a restart; a broken one is logged and ignored.
  const dataset = createDatasetHolder(() => loadEngine({ eventsFile }), log, { files: [eventsFile] });
  const context: BotContext = { engine: dataset.engine, now: options.clock ?? (() => new Date()), log };

  const platforms: { name: string; stop(): Promise<void> }[] = [];
  if (env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) {
    const { createSlackBot, readSlackConfig } = await import('./slack/index.js');
    const slackConfig = readSlackConfig(env);
    if (slackConfig) {
      const bot = createSlackBot(context, slackConfig);
      const started = await bot.start();
      log.info(started.mode === 'http' ? `slack: listening for HTTP requests on port ${started.port}` : 'slack: connected in Socket Mode');
      platforms.push({ name: 'slack', stop: () => bot.stop() });
    }
  }
  if (env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID) {
    const { createDiscordBot, readDiscordConfig } = await import('./discord/index.js');
    const bot = createDiscordBot(context, readDiscordConfig(env));
    await bot.start();
    platforms.push({ name: 'discord', stop: () => bot.stop() });
  }

  if (platforms.length === 0) {
    const stopped = runConsoleChat(context, io).finally(() => dataset.close());
    return { stopped, stop: async () => dataset.close() };
  }

  let finish: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (finish = resolve));
  return {
    stopped,
    async stop() {
      for (const platform of platforms) {
        await platform.stop().catch((error: unknown) => log.error(`${platform.name}: error while stopping`, error));
      }
      dataset.close();
      finish();
    },
  };
}
