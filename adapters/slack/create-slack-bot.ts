// createSlackBot(context, config) -> the real Bolt App in Socket Mode or HTTP mode with our listeners,
// plus start() (checks the bot token with auth.test first, so a bad token is one clear error) and stop()
// (waits for answers already in progress).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { AppOptions } from '@slack/bolt';
import type { Dispatcher } from 'undici';
import type { BotContext } from '../bot-context.js';
import { createBoltLogger } from './bolt-logger.js';
import type { DigestHandler } from './build-reply.js';
import { createDeliveryDedupe } from './delivery-dedupe.js';
import { createWorkQueue } from './work-queue.js';
import { listenForCommand } from './listeners/listen-command.js';
import { listenForMessages } from './listeners/listen-messages.js';
import type { ResponseUrlOptions } from './post-to-response-url.js';
import type { SlackConfig } from './slack-config.js';
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
  /** Answers worked on at once; the rest wait their turn so acknowledgements stay fast (default 8). */
  answerConcurrency?: number;
  /** HTTP mode: the interface to listen on (default: all; tests and the benchmark use 127.0.0.1). */
  host?: string;
  /** HTTP mode: more routes on the same server (health and metrics). */
  routes?: OpsRoute[];
  /** Told each acknowledgement's latency. */
  onAck?: AckObserver;
  /** Socket Mode: the outbound proxy for the WebSocket (Web API calls follow the global dispatcher). */
  dispatcher?: Dispatcher;
}

export type SlackStarted = { mode: 'http'; port: number } | { mode: 'socket' };

export interface SlackBot {
  app: App;
  start(): Promise<SlackStarted>;
  stop(): Promise<void>;
  /** Started and, in Socket Mode, connected right now (readiness). */
  connected(): boolean;
}

export function createSlackBot(context: BotContext, config: SlackConfig, options: SlackBotOptions = {}): SlackBot {
  const command = options.command ?? '/iisg';
  const answers = createWorkQueue(options.answerConcurrency ?? 8);
  const common: AppOptions = {
    token: config.botToken,
    logger: createBoltLogger(context.log, options.logLevel),
    // auth.test runs in start(), awaited, instead of as a floating promise in the constructor.
    deferInitialization: true,
    convoStore: false,
    clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), ...options.clientOptions },
  };
  let app: App;
  let receiver: SocketModeReceiver | null = null;
  if (config.mode === 'socket') {
    // Built here only to hand the receiver the proxy; it gets what Bolt would give it.
    const clientOptions = { ...common.clientOptions };
    receiver = new SocketModeReceiver({ appToken: config.appToken, logger: common.logger, installerOptions: { clientOptions }, dispatcher: options.dispatcher });
    app = new App({ ...common, socketMode: true, receiver });
  } else {
    app = new App({ ...common, signingSecret: config.signingSecret, port: config.port, processBeforeResponse: false, customRoutes: options.routes ?? [] });
  }
  scopeRequests(app);
  const socketConnected = receiver ? trackSocketConnection(receiver.client) : () => true;
  if (receiver && options.onAck) timeSocketAcks(receiver.client, options.onAck);

  const track = (work: () => Promise<void>) =>
    answers.run(() => work().catch((error: unknown) => context.log.error('slack: unexpected error after acknowledging', error)));
  const deps = { context, command, digest: options.digest, log: context.log, dedupe: createDeliveryDedupe(), responseUrl: options.responseUrl ?? {}, track };
  listenForCommand(app, deps);
  listenForMessages(app, deps);
  app.error(async (error) => context.log.error('slack: Bolt reported an error', error));

  let started = false;
  return {
    app,
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test failed: ${describeError(error)})`, { cause: error });
      }
      if (config.mode === 'socket') {
        await app.start().catch((error: unknown) => {
          throw new Error(`could not open a Socket Mode connection with SLACK_APP_TOKEN (apps.connections.open: ${describeError(error)})`, { cause: error });
        });
        started = true;
        context.log.info('slack: connected in Socket Mode');
        return { mode: 'socket' };
      }
      const server = (await app.start(options.host ? { port: config.port, host: options.host } : config.port).catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        throw code === 'EADDRINUSE' || code === 'EACCES' ? new Error(`PORT: cannot listen on port ${config.port} (${String(code)})`, { cause: error }) : error;
      })) as Server;
      started = true;
      if (options.onAck) timeHttpAcks(server, '/slack/events', options.onAck);
      const port = (server.address() as AddressInfo).port;
      context.log.info('slack: listening for HTTP requests', { port, path: '/slack/events' });
      return { mode: 'http', port };
    },
    connected: () => started && socketConnected(),
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
      await answers.drain();
    },
  };
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'data' in error) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
  }
  return error instanceof Error ? error.message : String(error);
}
