// Starts what the configuration asks for: Slack when SLACK_BOT_TOKEN is set, Discord when DISCORD_TOKEN is
// set (both at once is fine), and the console chat when neither is, so anyone can try the bot at once.
// Chat SDKs are imported only when their platform is configured.
import type { BotContext } from './bot-context.js';
import type { CliIo } from './cli/cli-io.js';
import { readAppConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import { secretsFromEnv } from './logging/scrub-secrets.js';
import { createBotOps } from './ops/bot-ops.js';
import { defaultEventsFile, loadEngine } from './data/load-dataset.js';
import { createDatasetHolder } from './data/watch-dataset.js';
import { runConsoleChat } from './cli/console-chat.js';
import type { Clock } from './scheduler/clock.js';
import { readSyncConfig } from './site/sync-config.js';
import type { SiteSyncDeps } from './site/site-sync.js';

export interface RunningBot {
  /** Resolves when the bot has stopped (console input ended, or stop() was called). */
  stopped: Promise<void>;
  stop(): Promise<void>;
  /** Where health and Slack HTTP listen (a port of 0 in the settings picks one): null when not listening. */
  ports?: { health: number | null; slack: number | null };
}

export interface StartOptions {
  clock?: () => Date;
  log?: Logger;
  /** Test seams for the site sync: its timers and its client. */
  syncClock?: Clock;
  syncClient?: SiteSyncDeps['client'];
}

export async function startBot(env: Record<string, string | undefined>, io: CliIo, options: StartOptions = {}): Promise<RunningBot> {
  const config = readAppConfig(env);
  const chat = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET || env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID);
  // On by default with a chat platform; the console chat (a try-out, maybe offline) syncs only when asked to.
  const syncConfig = readSyncConfig(env, { chat });
  const log = options.log ?? createLogger('iisg', config.LOG_LEVEL, { format: config.LOG_FORMAT, secrets: secretsFromEnv(env) });
  // Health, metrics, HOST/HEALTH_PORT and the outbound proxy (validated now, started with the platforms).
  const ops = createBotOps(env, log);
  const eventsFile = config.IISG_DATA_FILE ?? defaultEventsFile();
  // A changed dataset file (e.g. after `iisg ingest`) is picked up without a restart; a broken one is logged and ignored.
  const dataset = createDatasetHolder(ops.countReloads(() => loadEngine({ eventsFile })), log, { files: [eventsFile] });
  ops.watchDataset(dataset, eventsFile);
  const context: BotContext = { engine: dataset.engine, now: options.clock ?? (() => new Date()), log, metrics: ops.metrics };

  const platforms: { name: string; stop(): Promise<void> }[] = [];
  const sync =
    syncConfig.everyMs === null
      ? null
      : (await import('./site/site-sync.js')).createSiteSync(
          { ...syncConfig, everyMs: syncConfig.everyMs },
          {
            eventsFile,
            log,
            clock: options.syncClock,
            client: options.syncClient,
            // Reload at once rather than waiting for the file watcher: answers and digests see the new events now.
            onWritten: () => void dataset.reload(),
            onRun: (ok) => ops.metrics.syncRun(ok),
          },
        );
  // Scheduled digests and their chat commands run with any chat platform (state in IISG_DB_PATH).
  const digests = chat ? (await import('./digest/digest-service.js')).createDigestService(env, context) : null;
  if (digests) ops.watchDigests(digests);
  let slackPort: number | null = null;

  const stopAll = async () => {
    // Not ready any more, before anything stops: probes see it while the rest drains.
    ops.markStopping();
    await sync?.stop();
    // Digest posts in flight finish first, while the platforms' clients still work.
    await digests?.stop().catch((error: unknown) => log.error('digests: error while stopping', error));
    for (const platform of platforms) {
      await platform.stop().catch((error: unknown) => log.error(`${platform.name}: error while stopping`, error));
    }
    dataset.close();
    await ops.close();
  };

  try {
    // The proxy for every outbound request (the console chat's sync too); health only beside a chat platform.
    await ops.start({ listen: chat });
    if (env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) {
      const { createSlackBotWithDigests, readSlackConfig } = await import('./slack/index.js');
      const slackConfig = readSlackConfig(env);
      if (slackConfig) {
        const bot = createSlackBotWithDigests(ops.forPlatform(context, 'slack'), slackConfig, digests, ops.slackOptions());
        platforms.push({ name: 'slack', stop: () => bot.stop() });
        ops.watchPlatform('slack', () => bot.connected(), { mode: slackConfig.mode });
        const started = await bot.start();
        if (started.mode === 'http') slackPort = started.port;
        log.info(started.mode === 'http' ? `slack: listening for HTTP requests on port ${started.port}` : 'slack: connected in Socket Mode');
      }
    }
    if (env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID) {
      const { createDiscordBotWithDigests, readDiscordConfig } = await import('./discord/index.js');
      const bot = createDiscordBotWithDigests(ops.forPlatform(context, 'discord'), readDiscordConfig(env), digests);
      platforms.push({ name: 'discord', stop: () => bot.stop() });
      ops.watchPlatform('discord', () => bot.connected());
      await bot.start();
    }
  } catch (error) {
    // A platform that cannot start stops the whole bot cleanly: nothing left listening or watching.
    await stopAll();
    throw error;
  }

  if (platforms.length === 0) {
    await digests?.stop();
    sync?.start();
    const closeConsole = async () => {
      await sync?.stop();
      dataset.close();
      await ops.close();
    };
    const stopped = runConsoleChat(context, io).finally(closeConsole);
    return { stopped, stop: closeConsole };
  }
  digests?.start();
  sync?.start();

  let finish: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (finish = resolve));
  return {
    stopped,
    ports: { health: ops.healthPort(), slack: slackPort },
    async stop() {
      await stopAll();
      finish();
    },
  };
}
