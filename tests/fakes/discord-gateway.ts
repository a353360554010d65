// A local fake of Discord's gateway: runs the real handshake with discord.js (HELLO, IDENTIFY, READY,
// GUILD_CREATE), answers heartbeats, records IDENTIFY, and dispatches events the test chooses.
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

const OP = { dispatch: 0, heartbeat: 1, identify: 2, hello: 10, heartbeatAck: 11 } as const;

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export interface FakeGatewayOptions {
  botUser: FakeUser;
  applicationId: string;
  guildId: string;
  /** Text channels of the guild, sent in GUILD_CREATE. */
  channelIds: string[];
}

export interface FakeDiscordGateway {
  url: string;
  /** The d of each IDENTIFY received (token, intents, properties). */
  identifies: Array<{ token: string; intents: number }>;
  dispatch(type: string, data: unknown): void;
  /** Cuts every session and turns new connections away (an outage) until the fake is closed. */
  dropClients(): void;
  close(): Promise<void>;
}

export async function startFakeDiscordGateway(options: FakeGatewayOptions): Promise<FakeDiscordGateway> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  const identifies: FakeDiscordGateway['identifies'] = [];
  let sequence = 0;
  let refusing = false;

  const send = (socket: WebSocket, payload: Record<string, unknown>) => socket.send(JSON.stringify(payload));
  const sendDispatch = (socket: WebSocket, type: string, data: unknown) => send(socket, { op: OP.dispatch, t: type, s: ++sequence, d: data });

  server.on('connection', (socket) => {
    if (refusing) {
      socket.terminate();
      return;
    }
    // A long interval: no heartbeat falls inside a test, and none can make one flaky.
    send(socket, { op: OP.hello, d: { heartbeat_interval: 45_000 } });
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: any };
      if (packet.op === OP.heartbeat) send(socket, { op: OP.heartbeatAck });
      if (packet.op !== OP.identify) return;
      identifies.push(packet.d);
      sendDispatch(socket, 'READY', {
        v: 10,
        user: options.botUser,
        guilds: [{ id: options.guildId, unavailable: true }],
        session_id: 'fake-session',
        resume_gateway_url: url,
        application: { id: options.applicationId, flags: 0 },
        shard: [0, 1],
      });
      sendDispatch(socket, 'GUILD_CREATE', guildPayload(options));
    });
  });

  return {
    url,
    identifies,
    dispatch(type, data) {
      for (const socket of server.clients) if (socket.readyState === WebSocket.OPEN) sendDispatch(socket, type, data);
    },
    dropClients() {
      refusing = true;
      for (const socket of server.clients) socket.terminate();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of server.clients) socket.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function guildPayload(options: FakeGatewayOptions): Record<string, unknown> {
  return {
    id: options.guildId,
    name: 'IISG Secretariat',
    icon: null,
    owner_id: '1100000000000000001',
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    roles: [{ id: options.guildId, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    channels: options.channelIds.map((id, index) => ({ id, type: 0, name: index === 0 ? 'general' : `channel-${index}`, position: index, permission_overwrites: [], guild_id: options.guildId })),
    joined_at: '2024-01-10T09:00:00.000Z',
    preferred_locale: 'en-US',
    system_channel_id: null,
  };
}
