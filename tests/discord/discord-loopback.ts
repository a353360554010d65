// Runs the real bot (createDiscordBot -> discord.js Client) against the fake REST server and fake gateway on
// 127.0.0.1, and builds the gateway payloads a test dispatches: slash commands, autocomplete, mentions, DMs.
import type { BotContext } from '../../adapters/bot-context.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { createDiscordBot } from '../../adapters/discord/index.js';
import type { DiscordBot, DiscordBotOptions } from '../../adapters/discord/index.js';
import type { Engine } from '../../src/index.js';
import { startFakeDiscordGateway } from '../fakes/discord-gateway.js';
import type { FakeDiscordGateway, FakeUser } from '../fakes/discord-gateway.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import type { FakeDiscordRest, RecordedCall } from '../fakes/discord-rest.js';

export const IDS = {
  application: '1187654321098765432',
  guild: '1098765432109876543',
  channel: '1098765432109876600',
  dmChannel: '1098765432109876700',
  command: '1187654321098700001',
} as const;

export const BOT_USER: FakeUser = {
  id: IDS.application,
  username: 'iisg-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};
export const ASKER: FakeUser = {
  id: '1012345678901234567',
  username: 'ana.k',
  discriminator: '0',
  global_name: 'Ana K.',
  avatar: null,
};

export interface Loopback {
  rest: FakeDiscordRest;
  gateway: FakeDiscordGateway;
  bot: DiscordBot;
  log: ReturnType<typeof createMemoryLogger>;
  /** Dispatches INTERACTION_CREATE for `/iisg <sub>`; returns the interaction's token to find its calls. */
  slashCommand(
    sub: string,
    options?: Record<string, string | number | boolean>,
    where?: { dm?: boolean; command?: string },
  ): string;
  /** Dispatches any INTERACTION_CREATE (2 command, 4 autocomplete) with raw options; returns its token. */
  interaction(
    type: 2 | 4,
    options: unknown[],
    where?: { dm?: boolean; command?: string; permissions?: string },
  ): string;
  /** Dispatches an autocomplete INTERACTION_CREATE with `focused` being typed. */
  autocomplete(sub: string, focused: string, typed: string): string;
  /** Dispatches MESSAGE_CREATE of a guild message mentioning the bot; returns the message id. */
  mention(text: string): string;
  /** Dispatches MESSAGE_CREATE of a direct message to the bot; returns the message id. */
  directMessage(text: string): string;
  /** Dispatches MESSAGE_CREATE of a guild message that does not mention the bot. */
  chatter(text: string): string;
  /** Dispatches MESSAGE_CREATE of a message replying to `messageId` (pinging its author, the bot); returns its id. */
  replyTo(messageId: string, text: string, where?: { dm?: boolean }): string;
  /** Dispatches MESSAGE_CREATE of a direct message from another person, in their own DM channel. */
  directMessageFrom(user: FakeUser, channelId: string, text: string): string;
  /**
   * Dispatches a click on a button (no `values`) or a pick in a select menu of the bot's message `message`
   * (as the fake REST answered it); returns the interaction's token.
   */
  component(customId: string, message: Record<string, any>, values?: string[], where?: { dm?: boolean }): string;
  /** The recorded calls for one interaction token or message, in arrival order. */
  callsFor(tokenOrMessageId: string): RecordedCall[];
  close(): Promise<void>;
}

let counter = 0;
const nextId = () => String(1_250_000_000_000_000_000n + BigInt(++counter));

export async function startLoopback(
  engine: Engine | (() => Engine),
  now: Date,
  options: DiscordBotOptions = {},
): Promise<Loopback> {
  const gateway = await startFakeDiscordGateway({
    botUser: BOT_USER,
    applicationId: IDS.application,
    guildId: IDS.guild,
    channelIds: [IDS.channel],
  });
  const rest = await startFakeDiscordRest({ gatewayUrl: gateway.url, botUserId: BOT_USER.id });
  const log = createMemoryLogger();
  const context: BotContext = { engine: typeof engine === 'function' ? engine : () => engine, now: () => now, log };
  const bot = createDiscordBot(
    context,
    { token: 'fake-token', applicationId: IDS.application, guildId: null, apiUrl: rest.apiUrl },
    options,
  );
  try {
    await bot.start();
  } catch (error) {
    await Promise.allSettled([bot.stop(), rest.close(), gateway.close()]);
    throw error;
  }

  const interaction = (
    type: 2 | 4,
    options: unknown[],
    dm: boolean,
    command = 'iisg',
    permissions = '2248473465835073',
  ) => {
    const id = nextId();
    const token = `itoken-${id}`;
    const place = dm
      ? { channel_id: IDS.dmChannel, channel: { id: IDS.dmChannel, type: 1 }, user: ASKER, context: 1 }
      : {
          guild_id: IDS.guild,
          channel_id: IDS.channel,
          channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
          member: {
            user: ASKER,
            roles: [],
            permissions,
            joined_at: '2024-01-10T09:00:00.000Z',
            deaf: false,
            mute: false,
            flags: 0,
          },
          guild_locale: 'en-US',
          context: 0,
        };
    gateway.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.application,
      type,
      token,
      version: 1,
      locale: 'en-GB',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      data: { id: IDS.command, name: command, type: 1, options },
      ...place,
    });
    return token;
  };

  const component = (customId: string, posted: Record<string, any>, values: string[] | undefined, dm: boolean) => {
    const id = nextId();
    const token = `ctoken-${id}`;
    const channelId = dm ? IDS.dmChannel : IDS.channel;
    const place = dm
      ? { channel_id: channelId, channel: { id: channelId, type: 1 }, user: ASKER, context: 1 }
      : {
          guild_id: IDS.guild,
          channel_id: channelId,
          channel: { id: channelId, type: 0, guild_id: IDS.guild, name: 'general' },
          member: {
            user: ASKER,
            roles: [],
            permissions: '2248473465835073',
            joined_at: '2024-01-10T09:00:00.000Z',
            deaf: false,
            mute: false,
            flags: 0,
          },
          guild_locale: 'en-US',
          context: 0,
        };
    gateway.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.application,
      type: 3,
      token,
      version: 1,
      locale: 'en-GB',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      data: values ? { custom_id: customId, component_type: 3, values } : { custom_id: customId, component_type: 2 },
      message: { ...posted, channel_id: channelId, components: posted.components ?? [] },
      ...place,
    });
    return token;
  };

  const message = (
    text: string,
    kind: 'mention' | 'dm' | 'chatter',
    extra: Record<string, unknown> = {},
    author: FakeUser = ASKER,
  ) => {
    const id = nextId();
    const common = {
      id,
      author,
      content: text,
      timestamp: '2024-05-01T09:59:00.000Z',
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    if (kind === 'dm')
      gateway.dispatch('MESSAGE_CREATE', {
        ...common,
        channel_id: IDS.dmChannel,
        channel_type: 1,
        mentions: [],
        ...extra,
      });
    else
      gateway.dispatch('MESSAGE_CREATE', {
        ...common,
        channel_id: IDS.channel,
        guild_id: IDS.guild,
        member: { roles: [], joined_at: '2024-01-10T09:00:00.000Z', deaf: false, mute: false, flags: 0 },
        mentions: kind === 'mention' ? [BOT_USER] : [],
        ...extra,
      });
    return id;
  };

  return {
    rest,
    gateway,
    bot,
    log,
    slashCommand(sub, options = {}, where = {}) {
      const values = Object.entries(options).map(([name, value]) => ({
        name,
        type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
        value,
      }));
      return interaction(2, [{ type: 1, name: sub, options: values }], where.dm ?? false, where.command);
    },
    interaction: (type, options, where = {}) =>
      interaction(type, options, where.dm ?? false, where.command, where.permissions),
    autocomplete(sub, focused, typed) {
      return interaction(
        4,
        [{ type: 1, name: sub, options: [{ name: focused, type: 3, value: typed, focused: true }] }],
        false,
      );
    },
    mention: (text) => message(`<@${BOT_USER.id}> ${text}`, 'mention'),
    directMessage: (text) => message(text, 'dm'),
    chatter: (text) => message(text, 'chatter'),
    replyTo: (messageId, text, where = {}) =>
      message(text, where.dm ? 'dm' : 'mention', {
        type: 19,
        message_reference: {
          message_id: messageId,
          channel_id: where.dm ? IDS.dmChannel : IDS.channel,
          ...(where.dm ? {} : { guild_id: IDS.guild }),
        },
        // A reply pings the author of the message it replies to unless the person turns that off.
        mentions: [BOT_USER],
      }),
    directMessageFrom: (user, channelId, text) => message(text, 'dm', { channel_id: channelId }, user),
    component: (customId, posted, values, where = {}) => component(customId, posted, values, where.dm ?? false),
    callsFor: (key) =>
      rest.calls.filter((call) => call.path.includes(key) || call.body?.message_reference?.message_id === key),
    async close() {
      await bot.stop();
      await Promise.all([rest.close(), gateway.close()]);
    },
  };
}

/** The message a call posts (an edit, a follow-up, a channel message, a callback with data), or null. */
export function postedMessage(call: RecordedCall): Record<string, any> | null {
  const body = call.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const payload = call.path.endsWith('/callback') ? body.data : body;
  if (!payload || typeof payload !== 'object') return null;
  return 'content' in payload || 'embeds' in payload ? payload : null;
}
