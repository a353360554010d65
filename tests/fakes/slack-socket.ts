// A local fake of Slack's Socket Mode endpoint: a ws server on 127.0.0.1 that greets each client with
// `hello`, lets the test push envelopes (slash_commands, events_api) and records the acks that come back.
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSlackSocket {
  url: string;
  /** Resolves when a client has connected and been sent `hello`. */
  connected(): Promise<void>;
  sendEnvelope(envelope: Record<string, unknown>): void;
  acks: SocketAck[];
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  /** Cuts every open connection (as Slack does when it recycles a server); the server keeps accepting new ones. */
  dropClients(): void;
  close(): Promise<void>;
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const acks: SocketAck[] = [];
  const received = new EventEmitter();
  let client: WebSocket | undefined;
  const connection = new Promise<void>((resolve) => {
    server.on('connection', (socket) => {
      client = socket;
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as SocketAck;
        if (typeof message.envelope_id === 'string') {
          acks.push(message);
          received.emit('ack', message);
        }
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0IISGBOT01' } }));
      resolve();
    });
  });

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0IISGBOT01`,
    connected: () => connection,
    sendEnvelope(envelope) {
      if (!client) throw new Error('fake Slack socket: no client connected');
      client.send(JSON.stringify(envelope));
    },
    acks,
    waitForAck(envelopeId, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (ack: SocketAck) => {
          if (ack.envelope_id !== envelopeId) return;
          clearTimeout(timer);
          received.off('ack', check);
          resolve(ack);
        };
        const timer = setTimeout(() => {
          received.off('ack', check);
          reject(new Error(`fake Slack socket: no ack for envelope ${envelopeId}`));
        }, timeoutMs);
        const earlier = acks.find((ack) => ack.envelope_id === envelopeId);
        if (earlier) {
          clearTimeout(timer);
          resolve(earlier);
        } else received.on('ack', check);
      });
    },
    dropClients() {
      for (const socket of server.clients) socket.terminate();
    },
    async close() {
      for (const socket of server.clients) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
