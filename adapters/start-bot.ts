// Starts what the configuration asks for: Slack when SLACK_BOT_TOKEN is set, Discord when DISCORD_TOKEN is
// set (both at once is fine), and the console chat when neither is, so anyone can try the bot at once.
// Chat SDKs are imported only when their platform is configured. Everything that can fail at start (the
// digest database, a platform's token or host) fails before the bot serves anything, and leaves nothing
// running; stopping goes through shutDownBot, which always ends within its deadline.
import type { BotContext } from './bot-context.js';
import type { CliIo } from './cli/cli-io.js';
import { ConfigError, readAppConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import { secretsFromEnv } from './logging/scrub-secrets.js';
import { createBotOps } from './ops/bot-ops.js';
import { defaultEventsFile, languageChoices, loadEngine } from './data/load-dataset.js';
import { createDatasetHolder } from './data/watch-dataset.js';
import { runConsoleChat } from './cli/console-chat.js';
import type { Clock } from './scheduler/clock.js';
import { readSyncConfig } from './site/sync-config.js';
import type { SiteSyncDeps } from './site/site-sync.js';

export interface RunningBot {
  /**
   * Resolves when the bot has stopped (console input ended, or stop() was called); rejects with the reason
   * when it stopped itself on a fault (e.g. its digest database vanished): the process should exit non-zero.
   */
  stopped: Promise<void>;
  /** Runs the shutdown (see shutDownBot); true when every step finished within the deadline. */
  stop(): Promise<boolean>;
  /** Where health and Slack HTTP listen (a port of 0 in the settings picks one): null when not listening. */
  ports?: { health: number | null; slack: number | null };
}

export interface StartOptions {
  clock?: () => Date;
  log?: Logger;
  /** Called first thing when shutdown begins (e.g. to report "not ready" before anything stops). */
  onShutdown?: () => void;
  /** The longest a shutdown may take (default SHUTDOWN_DEADLINE_MS). */
  shutdownDeadlineMs?: number;
  /** Test seams for the site sync: its timers and its client. */
  syncClock?: Clock;
  syncClient?: SiteSyncDeps['client'];
}

/**
 * Longest shutdown: digest posts in flight get their bound (DIGEST_DRAIN_MS), answers in flight theirs,
 * closing the rest takes moments. Supervisors must allow at least this before SIGKILL (README, "Running it").
 */
export const SHUTDOWN_DEADLINE_MS = 12_000;

export interface ShutdownStep {
  name: string;
  run(): Promise<void> | void;
}

/**
 * The bot's shutdown sequence, in one place: each group of steps runs in parallel, groups in order; a step
 * that fails is logged and the rest still run. Whatever is unfinished at the deadline is logged and left
 * (digest claims in the database make an abandoned post safe). Resolves true when all steps finished.
 */
export async function shutDownBot(
  groups: readonly ShutdownStep[][],
  log: Logger,
  deadlineMs: number,
  onStart?: () => void,
): Promise<boolean> {
  try {
    onStart?.();
  } catch (error) {
    log.error('shutdown: the shutdown hook failed', error);
  }
  const pending = new Set<string>();
  const run = (async () => {
    for (const group of groups) {
      await Promise.all(
        group.map(async (step) => {
          pending.add(step.name);
          try {
            await step.run();
          } catch (error) {
            log.error(`shutdown: ${step.name} failed while stopping`, error);
          } finally {
            pending.delete(step.name);
          }
        }),
      );
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
    timer.unref();
  });
  const finished = await Promise.race([run.then(() => true as const), expired]);
  clearTimeout(timer);
  if (!finished)
    log.error(
      `shutdown: deadline of ${deadlineMs} ms reached; leaving unfinished: ${[...pending].join(', ') || 'the remaining steps'}`,
    );
  return finished;
}

export async function startBot(
  env: Record<string, string | undefined>,
  io: CliIo,
  options: StartOptions = {},
): Promise<RunningBot> {
  const config = readAppConfig(env);
  const chat = Boolean(
    env.SLACK_BOT_TOKEN ||
    env.SLACK_APP_TOKEN ||
    env.SLACK_SIGNING_SECRET ||
    env.DISCORD_TOKEN ||
    env.DISCORD_APPLICATION_ID,
  );
  // On by default with a chat platform; the console chat (a try-out, maybe offline) syncs only when asked to.
  const syncConfig = readSyncConfig(env, { chat });
  const log = options.log ?? createLogger('iisg', config.LOG_LEVEL, { format: config.LOG_FORMAT, secrets: secretsFromEnv(env) });
  // Health, metrics, HOST/HEALTH_PORT and the outbound proxy (validated now, started with the platforms).
  const ops = createBotOps(env, log);
  const eventsFile = config.IISG_DATA_FILE ?? defaultEventsFile();
  const languages = config.IISG_LANGUAGES;
  const choices = languageChoices();
  const unknown = languages?.find((code) => !choices.includes(code));
  if (unknown) throw new ConfigError(`IISG_LANGUAGES: expected codes among ${choices.join(', ')}, got "${unknown}"`);
  // A changed dataset file (e.g. after `iisg ingest`) is picked up without a restart; a broken one is logged and ignored.
  const dataset = createDatasetHolder(ops.countReloads(() => loadEngine({ eventsFile, languages })), log, { files: [eventsFile] });
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
  // Settled when the bot has stopped: by stop(), or by itself on a fault (fail), which may come at any time
  // from here on, even while the platforms are still starting.
  let finish: () => void = () => {};
  let abort: (error: Error) => void = () => {};
  const stopped = new Promise<void>((resolve, reject) => {
    finish = resolve;
    abort = reject;
  });
  // Handled here too: a fault during start must not count as an unhandled rejection before anyone awaits it.
  stopped.catch(() => undefined);
  const fail = (error: Error) => void stopAll().then(() => abort(error));
  // Scheduled digests and their chat commands run with any chat platform (state in IISG_DB_PATH).
  const digests = chat
    ? (await import('./digest/digest-service.js')).createDigestService(env, context, undefined, {
        onStoreLost: (error) => fail(error),
      })
    : null;
  if (digests) ops.watchDigests(digests);
  let slackPort: number | null = null;

  let stopping: Promise<boolean> | null = null;
  const stopAll = () =>
    (stopping ??= shutDownBot(
      [
        // Stop taking requests and let posts and answers in flight finish, each within its own bound; the
        // digest posters have their own clients, so closing the platforms' listeners does not cut them off.
        [
          { name: 'site sync', run: () => sync?.stop() },
          { name: 'digests', run: () => digests?.stop() },
          ...platforms
            .filter((platform) => platform.name !== 'discord')
            .map((platform) => ({ name: platform.name, run: () => platform.stop() })),
        ],
        // Discord's client is also its digest poster's: it goes once digests have drained.
        platforms
          .filter((platform) => platform.name === 'discord')
          .map((platform) => ({ name: platform.name, run: () => platform.stop() })),
        [{ name: 'dataset watcher', run: () => dataset.close() }],
        // Health and metrics last: probes see "not ready" while the rest drains.
        [{ name: 'health and metrics', run: () => ops.close() }],
      ],
      log,
      options.shutdownDeadlineMs ?? SHUTDOWN_DEADLINE_MS,
      () => {
        // Not ready any more, before anything stops.
        ops.markStopping();
        options.onShutdown?.();
      },
    ));

  try {
    // The proxy for every outbound request (the console chat's sync too); health only beside a chat platform.
    await ops.start({ listen: chat });
    // Before any platform answers: a bot that cannot keep its digest state must not half-start.
    digests?.open();
    if (env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) {
      const { createSlackBotWithDigests, readSlackConfig } = await import('./slack/index.js');
      const slackConfig = readSlackConfig(env);
      if (slackConfig) {
        const bot = createSlackBotWithDigests(ops.forPlatform(context, 'slack'), slackConfig, digests, ops.slackOptions());
        platforms.push({ name: 'slack', stop: () => bot.stop() });
        ops.watchPlatform('slack', () => bot.connected(), { mode: slackConfig.mode });
        const started = await bot.start();
        if (started.mode === 'http') slackPort = started.port;
        log.info(
          started.mode === 'http'
            ? `slack: listening for HTTP requests on port ${started.port}`
            : 'slack: connected in Socket Mode',
        );
      }
    }
    if (env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID) {
      const { createDiscordBotWithDigests, readDiscordConfig } = await import('./discord/index.js');
      const bot = createDiscordBotWithDigests(ops.forPlatform(context, 'discord'), readDiscordConfig(env), digests);
      platforms.push({ name: 'discord', stop: () => bot.stop() });
      ops.watchPlatform('discord', () => bot.connected());
      await bot.start();
    }
    if (platforms.length > 0) {
      digests?.start();
      sync?.start();
      // Everything has started: the line a supervisor or a test can wait for.
      log.info(`iisg-bot ready: ${platforms.map((platform) => platform.name).join(' and ')}${digests ? ', digests' : ''}${sync ? ', site sync' : ''}`);
    }
  } catch (error) {
    // Anything that cannot start stops the whole bot cleanly: nothing left listening, watching or posting.
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
      return true;
    };
    return { stopped: runConsoleChat(context, io).finally(closeConsole), stop: closeConsole };
  }

  return {
    stopped,
    ports: { health: ops.healthPort(), slack: slackPort },
    async stop() {
      const clean = await stopAll();
      finish();
      return clean;
    },
  };
}
