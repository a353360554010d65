// createSlackBot(context, config) -> the real Bolt App in Socket Mode or HTTP mode with our listeners,
// plus start() (checks the bot token with auth.test first, so a bad token or an unreachable Slack is one
// clear error within seconds) and stop() (waits a bounded time for answers already in progress). Every Web
// API call has a timeout and a short retry policy, and slash-command answers and message replies queue
// separately, so a Slack outage that stalls chat.postMessage cannot starve slash commands.
import type { Server } from 'node:http';
import { App, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { AppOptions } from '@slack/bolt';
import type { Dispatcher } from 'undici';
import type { BotContext } from '../bot-context.js';
import { createBoltLogger } from './bolt-logger.js';
import type { DigestHandler } from './build-reply.js';
import { createDeliveryDedupe } from './delivery-dedupe.js';
import { GuardedHttpReceiver } from './guarded-http-receiver.js';
import { createWorkQueue } from './work-queue.js';
import type { WorkQueue } from './work-queue.js';
import { listenForCommand } from './listeners/listen-command.js';
import { listenForMessages } from './listeners/listen-messages.js';
import { listenForInteractions } from './listeners/listen-interactions.js';
import type { SlackInteractiveOptions } from './listeners/listen-interactions.js';
import type { ResponseUrlOptions } from './post-to-response-url.js';
import type { SlackConfig } from './slack-config.js';
import { describeSlackError, SLACK_RETRY_POLICY, SLACK_REQUEST_TIMEOUT_MS, slackHost } from './slack-client-options.js';
import type { AckObserver } from './slack-ops-hooks.js';
import { scopeRequests, timeHttpAcks, timeSocketAcks, trackSocketConnection } from './slack-ops-hooks.js';
import type { OpsRoute } from '../ops/ops-routes.js';

export interface SlackBotOptions {
  /** Handles `/iisg digest …`; without it the bot answers that digests are not set up. */
  digest?: DigestHandler;
  /** The slash command as named in the app manifest. */
  command?: string;
  /** Merged into Bolt's Web API client options (tests shorten the retry policy here). */
  clientOptions?: AppOptions['clientOptions'];
  /** How slash command answers reach the response URL (tests and the benchmark inject fetch/sleep). */
  responseUrl?: ResponseUrlOptions;
  /** A floor under LOG_LEVEL for Bolt's own lines. */
  logLevel?: LogLevel;
  /** Answers worked on at once, per kind (slash commands; mentions and DMs); the rest wait their turn (default 8). */
  answerConcurrency?: number;
  /** HTTP mode: the interface to listen on (default: config.host, else all; tests use 127.0.0.1). */
  host?: string;
  /** The longest start() may take before it gives up (default START_DEADLINE_MS). */
  startDeadlineMs?: number;
  /** How long stop() waits for answers in progress (default ANSWER_DRAIN_MS). */
  drainMs?: number;
  /** HTTP mode: more routes on the same server (health and metrics). */
  routes?: OpsRoute[];
  /** Told each acknowledgement's latency. */
  onAck?: AckObserver;
  /** Socket Mode: the outbound proxy for the WebSocket (Web API calls follow the global dispatcher). */
  dispatcher?: Dispatcher;
  /** Conversations, buttons, the Home tab and the digest form (see listen-interactions). */
  interactive?: SlackInteractiveOptions;
}

export type SlackStarted = { mode: 'http'; port: number } | { mode: 'socket' };

export interface SlackBot {
  app: App;
  start(): Promise<SlackStarted>;
  stop(): Promise<void>;
  /** Started and, in Socket Mode, connected right now (readiness). */
  connected(): boolean;
}

/** Start covers auth.test (three tries, each with the request timeout) and, in Socket Mode, the connection. */
export const START_DEADLINE_MS = 20_000;
/** Answers still in progress at shutdown get this long (their own calls are bounded by the timeouts too). */
export const ANSWER_DRAIN_MS = 8_000;

export function createSlackBot(context: BotContext, config: SlackConfig, options: SlackBotOptions = {}): SlackBot {
  const command = options.command ?? '/iisg';
  const concurrency = options.answerConcurrency ?? 8;
  const queues: Record<'command' | 'message', WorkQueue> = {
    command: createWorkQueue(concurrency),
    message: createWorkQueue(concurrency),
  };
  const boltLogger = createBoltLogger(context.log, options.logLevel);
  const host = slackHost(config.apiUrl);
  const common: AppOptions = {
    token: config.botToken,
    logger: boltLogger,
    // auth.test runs in start(), awaited, instead of as a floating promise in the constructor.
    deferInitialization: true,
    convoStore: false,
    clientOptions: {
      timeout: SLACK_REQUEST_TIMEOUT_MS,
      retryConfig: SLACK_RETRY_POLICY,
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      ...options.clientOptions,
    },
  };
  // HTTP mode: the guard in front of Bolt (request-guard.ts), serving health and metrics beside the events.
  const receiver =
    config.mode === 'http'
      ? new GuardedHttpReceiver({ signingSecret: config.signingSecret, log: context.log, boltLogger, customRoutes: options.routes ?? [] })
      : null;
  // Socket Mode: built here only to hand the receiver the proxy; it gets what Bolt would give it.
  const socketReceiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.appToken,
          logger: boltLogger,
          installerOptions: { clientOptions: { ...common.clientOptions } },
          ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        })
      : null;
  const app = socketReceiver ? new App({ ...common, socketMode: true, receiver: socketReceiver }) : new App({ ...common, receiver: receiver! });
  scopeRequests(app);
  const socketConnected = socketReceiver ? trackSocketConnection(socketReceiver.client) : () => true;
  if (socketReceiver && options.onAck) timeSocketAcks(socketReceiver.client, options.onAck);

  const track = (kind: 'command' | 'message', work: () => Promise<void>) =>
    queues[kind].run(() =>
      work().catch((error: unknown) => context.log.error('slack: unexpected error after acknowledging', error)),
    );
  const deps = {
    context,
    command,
    digest: options.digest,
    log: context.log,
    dedupe: createDeliveryDedupe(),
    responseUrl: options.responseUrl ?? {},
    track,
  };
  const interactive = listenForInteractions(app, deps, options.interactive);
  listenForCommand(app, interactive);
  listenForMessages(app, interactive);
  app.error(async (error) => context.log.error('slack: Bolt reported an error', error));

  let started = false;
  const startDeadlineMs = options.startDeadlineMs ?? START_DEADLINE_MS;

  async function connect(): Promise<SlackStarted> {
    try {
      await app.init();
    } catch (error) {
      if ((error as { code?: string }).code === 'slack_webapi_platform_error') {
        throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test failed: ${describeSlackError(error, host)})`, {
          cause: error,
        });
      }
      throw new Error(
        `could not reach Slack at ${host} to check SLACK_BOT_TOKEN (auth.test: ${describeSlackError(error, host)}); check SLACK_API_URL, the network and any proxy`,
        { cause: error },
      );
    }
    if (config.mode === 'socket') {
      await app.start().catch((error: unknown) => {
        throw new Error(
          `could not open a Socket Mode connection with SLACK_APP_TOKEN (apps.connections.open at ${host}: ${describeSlackError(error, host)})`,
          { cause: error },
        );
      });
      started = true;
      context.log.info('slack: connected in Socket Mode');
      return { mode: 'socket' };
    }
    const listen = { port: config.port, host: options.host ?? config.host };
    const server = (await app.start(listen).catch((error: unknown) => {
      const code = (error as { code?: unknown }).code;
      throw code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL'
        ? new Error(`PORT: cannot listen on ${listen.host ?? ''}:${config.port} (${String(code)})`, { cause: error })
        : error;
    })) as Server;
    started = true;
    if (options.onAck) timeHttpAcks(server, '/slack/events', options.onAck);
    const port = receiver?.port() ?? config.port;
    context.log.info('slack: listening for HTTP requests', {
      port,
      path: '/slack/events',
      ...(listen.host ? { host: listen.host } : {}),
    });
    return { mode: 'http', port: port ?? (server.address() as { port: number }).port };
  }

  return {
    app,
    async start() {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `could not reach Slack at ${host} within ${startDeadlineMs / 1000} s; check SLACK_API_URL, the network and any proxy`,
              ),
            ),
          startDeadlineMs,
        );
      });
      const connecting = connect();
      try {
        return await Promise.race([connecting, deadline]);
      } catch (error) {
        // A Socket Mode client still retrying in the background must not outlive a failed start.
        connecting.catch(() => undefined);
        started = true;
        await this.stop().catch(() => undefined);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    connected: () => started && socketConnected(),
    async stop() {
      if (!started) return;
      started = false;
      await app
        .stop()
        .catch((error: unknown) =>
          context.log.warn('slack: error while closing the connection', {
            error: error instanceof Error ? error.message : String(error),
          }),
        );
      const drained = Promise.all([queues.command.drain(), queues.message.drain()]).then(() => true);
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<false>(
        (resolve) => (timer = setTimeout(() => resolve(false), options.drainMs ?? ANSWER_DRAIN_MS)),
      );
      const done = await Promise.race([drained, waited]);
      clearTimeout(timer);
      if (!done)
        context.log.warn('slack: answers still in progress at shutdown were left unfinished', {
          commands: queues.command.pending,
          messages: queues.message.pending,
        });
    },
  };
}
