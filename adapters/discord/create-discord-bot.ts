// Builds the real discord.js Client for iisg-bot and wires the interaction and message handlers to it.
// Intents stay minimal (no privileged MessageContent) and no reply may ever ping anyone. REST calls have a
// short timeout and one retry, and start() gives up at a deadline naming the host, so an unreachable or
// silent Discord ends the start within seconds instead of a minute of silent retries.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, Status } from 'discord.js';
import type { ClientOptions } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { runInRequestScope } from '../logging/request-scope.js';
import { createCommandList } from './command-list.js';
import type { DiscordCommand } from './discord-command.js';
import type { DiscordConfig } from './discord-config.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { createDiscordInteractive } from './discord-interactive.js';
import type { DiscordInteractive } from './discord-interactive.js';

export interface DiscordBotOptions {
  /** Commands beyond /iisg, e.g. /iisg-digest once digests exist; they share the dispatcher and deploy list. */
  extraCommands?: readonly DiscordCommand[];
  /** The longest start() may take (default DISCORD_START_DEADLINE_MS). */
  startDeadlineMs?: number;
  /** Conversations and answer keys (tests pass their own clocks); made fresh otherwise. */
  interactive?: DiscordInteractive;
}

/** Each REST request's timeout (discord.js waits 15 s and retries 3 times by default: a minute per call). */
export const DISCORD_REQUEST_TIMEOUT_MS = 7_000;
export const DISCORD_START_DEADLINE_MS = 20_000;
const DEFAULT_API = 'https://discord.com/api';

export interface DiscordBot {
  client: Client;
  commands: ReadonlyMap<string, DiscordCommand>;
  /** Logs in and resolves once the gateway has said READY and sent the guilds. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The gateway session is up right now (readiness). */
  connected(): boolean;
}

export function createClientOptions(config: DiscordConfig): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial, DMs are dropped.
    partials: [Partials.Channel],
    // Dataset text and echoed questions may contain @everyone or <@id>: nothing we post may ping.
    allowedMentions: { parse: [] },
    rest: { timeout: DISCORD_REQUEST_TIMEOUT_MS, retries: 1, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  };
}

export function createDiscordBot(context: BotContext, config: DiscordConfig, options: DiscordBotOptions = {}): DiscordBot {
  const commands = createCommandList(options.extraCommands);
  const client = new Client(createClientOptions(config));
  const { log } = context;
  const interactive = options.interactive ?? createDiscordInteractive();

  // Every line logged while an interaction or message is handled names its channel and id.
  client.on(Events.InteractionCreate, (interaction) =>
    runInRequestScope({ channel: interaction.channelId ?? undefined, interaction: interaction.id }, () => {
      handleInteraction(interaction, commands, context, interactive).catch((error: unknown) => log.error('discord: interaction handler failed', error, { interaction: interaction.id }));
    }),
  );
  client.on(Events.MessageCreate, (message) =>
    runInRequestScope({ channel: message.channelId, message: message.id }, () => {
      handleMessage(message, context, interactive).catch((error: unknown) => log.error('discord: message handler failed', error, { message: message.id }));
    }),
  );
  if (log.isLevelEnabled('debug')) client.on(Events.Debug, (message) => log.debug(`discord: ${message}`));
  client.on(Events.Error, (error) => log.error('discord: client error', error));
  client.on(Events.Warn, (message) => log.warn(`discord: ${message}`));
  client.once(Events.ClientReady, (ready) => log.info('discord: connected', { user: ready.user.tag, guilds: ready.guilds.cache.size }));

  return {
    client,
    commands,
    async start() {
      const host = hostOf(config.apiUrl ?? DEFAULT_API);
      const deadlineMs = options.startDeadlineMs ?? DISCORD_START_DEADLINE_MS;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`could not reach Discord at ${host} within ${deadlineMs / 1000} s; check DISCORD_API_URL, the network and any proxy`)), deadlineMs);
      });
      const connecting = (async () => {
        await client.login(config.token);
        // READY may already have come with login; otherwise it follows the guilds' GUILD_CREATE packets.
        if (!client.isReady()) await once(client, Events.ClientReady);
      })();
      try {
        await Promise.race([connecting, deadline]);
      } catch (error) {
        connecting.catch(() => undefined);
        await client.destroy().catch(() => undefined);
        throw describeStartFailure(error, host);
      } finally {
        clearTimeout(timer);
      }
    },
    async stop() {
      await client.destroy();
    },
    // Per shard: the manager's own status stays "ready" after a session drops.
    connected: () => client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The token's fault or the network's, said so; our own deadline error is already worded. */
function describeStartFailure(error: unknown, host: string): Error {
  const { code, message, name } = (error ?? {}) as { code?: unknown; message?: string; name?: string };
  if (message?.startsWith('could not reach Discord')) return error as Error;
  if (code === 'TokenInvalid' || (error as { status?: number }).status === 401) return new Error(`Discord did not accept DISCORD_TOKEN (${message})`, { cause: error });
  const why = name === 'AbortError' || name === 'TimeoutError' ? `no answer within ${DISCORD_REQUEST_TIMEOUT_MS / 1000} s` : (message ?? String(error));
  return new Error(`could not reach Discord at ${host} (${why}); check DISCORD_API_URL, the network and any proxy`, { cause: error });
}
