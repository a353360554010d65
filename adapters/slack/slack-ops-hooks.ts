// What operations need from a running Slack app, kept out of the listeners: each request's log scope
// (channel, request id), acknowledgement latency (HTTP: request to response; Socket Mode: envelope to ack)
// and whether the Socket Mode connection is up. Only the Socket Mode client's public events are used.
import type { Server } from 'node:http';
import type { App, SocketModeReceiver } from '@slack/bolt';
import { runInRequestScope } from '../logging/request-scope.js';

export type AckObserver = (mode: 'http' | 'socket', seconds: number, ok: boolean) => void;

type SocketModeClient = SocketModeReceiver['client'];

/** Every request's lines carry its channel and an id: the event id, or the trigger id of a command. */
export function scopeRequests(app: App): void {
  app.use(async ({ body, next }) => {
    const payload = body as {
      channel_id?: string;
      trigger_id?: string;
      event_id?: string;
      event?: { channel?: string };
      channel?: { id?: string };
    };
    const channel = payload.channel_id ?? payload.event?.channel ?? payload.channel?.id;
    await runInRequestScope({ channel, request: payload.event_id ?? payload.trigger_id }, next);
  });
}

export function timeHttpAcks(server: Server, path: string, observe: AckObserver): void {
  server.on('request', (request, response) => {
    if (request.method !== 'POST' || !request.url?.startsWith(path)) return;
    const started = performance.now();
    response.once('finish', () => observe('http', (performance.now() - started) / 1000, response.statusCode < 400));
  });
}

export function timeSocketAcks(client: SocketModeClient, observe: AckObserver): void {
  const received = new Map<string, number>();
  client.on('slack_event', ({ envelope_id: id }: { envelope_id?: string }) => {
    if (!id) return;
    // An envelope never acked must not stay forever: a burst of those is a bug shown by missing counts.
    if (received.size > 1000) received.clear();
    received.set(id, performance.now());
  });
  client.on('outgoing_message', ({ envelope_id: id }: { envelope_id?: string }) => {
    const started = id === undefined ? undefined : received.get(id);
    if (started === undefined || id === undefined) return;
    received.delete(id);
    observe('socket', (performance.now() - started) / 1000, true);
  });
}

/** True while the Socket Mode connection is open (it reconnects by itself; readiness follows). */
export function trackSocketConnection(client: SocketModeClient): () => boolean {
  let connected = false;
  client.on('connected', () => void (connected = true));
  // 'close' comes at once when the socket drops; the client reconnects by itself some seconds later.
  for (const state of ['close', 'disconnecting', 'disconnected', 'reconnecting'])
    client.on(state, () => void (connected = false));
  return () => connected;
}
