// A local fake of Discord's REST API for the real discord.js Client (`rest.api` points here): records every
// call, answers the routes the bot uses, and can fail chosen calls (e.g. a 429) once to test retries, or
// stall them (taken, never answered). Channel posts are kept, so GET /channels/:id/messages finds them.
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, e.g. /interactions/123/tok/callback. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or null when there was none. */
  body: any;
  authorization: string | undefined;
  /** The status the fake answered with. */
  status: number;
  /** Order of arrival across all calls (0, 1, 2, ...). */
  seq: number;
  /** What the fake answered (a created message carries its id). */
  response: any;
}

export interface ScriptedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeDiscordRest {
  /** Pass as the Client's `rest.api` option. */
  apiUrl: string;
  calls: RecordedCall[];
  /** The next call matching `failure.method` and `failure.path` gets this answer instead (once). */
  failNext(failure: ScriptedFailure): void;
  /**
   * Calls matching `method` and `path` are taken and never answered until `unstall`; a stalled channel post
   * with `posted: true` still lands in the channel (Discord has it, the answer never comes back).
   */
  stall(method: string, path: RegExp, options?: { posted?: boolean }): void;
  unstall(): void;
  /** The messages posted in a channel, oldest first. */
  channelMessages(channelId: string): Array<Record<string, any>>;
  /** Resolves with the first recorded call (past or future) that matches. */
  waitFor(match: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  close(): Promise<void>;
}

export interface FakeRestOptions {
  /** The ws:// URL answered for GET /gateway/bot. */
  gatewayUrl: string;
  botUserId: string;
}

let nextId = 1_300_000_000_000_000_000n;
const snowflake = () => String(nextId++);

export async function startFakeDiscordRest(options: FakeRestOptions): Promise<FakeDiscordRest> {
  const calls: RecordedCall[] = [];
  const failures: ScriptedFailure[] = [];
  /** Commands as last registered (PUT) per route, answered by GET like Discord does. */
  const deployed = new Map<string, unknown[]>();
  const recorded = new EventEmitter();
  const channels = new Map<string, Array<Record<string, any>>>();
  let stalls: Array<{ method: string; path: RegExp; posted: boolean }> = [];

  const server = createServer((request, response) => {
    readBody(request)
      .then((raw) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
        const body = parseBody(raw, request.headers['content-type']);
        const method = request.method ?? 'GET';
        const stall = stalls.find((candidate) => candidate.method === method && candidate.path.test(path));
        if (stall) {
          if (stall.posted) route(method, path, body, options, channels, url.searchParams, deployed);
          calls.push({ method, path, query: url.searchParams, body, authorization: request.headers.authorization, status: 0, seq: calls.length, response: undefined });
          return;
        }
        const failureIndex = failures.findIndex((failure) => failure.method === method && failure.path.test(path));
        const reply: Reply = failureIndex >= 0 ? failures.splice(failureIndex, 1)[0]! : route(method, path, body, options, channels, url.searchParams, deployed);
        const call: RecordedCall = { method, path, query: url.searchParams, body, authorization: request.headers.authorization, status: reply.status, seq: calls.length, response: reply.body };
        calls.push(call);
        send(response, reply);
        recorded.emit('call', call);
      })
      .catch((error: unknown) => send(response, { status: 500, body: { message: String(error), code: 0 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    failNext: (failure) => void failures.push(failure),
    stall: (method, path, stallOptions = {}) => void stalls.push({ method, path, posted: stallOptions.posted ?? false }),
    unstall: () => void (stalls = []),
    channelMessages: (channelId) => [...(channels.get(channelId) ?? [])],
    waitFor: (match) =>
      new Promise((resolve) => {
        const earlier = calls.find(match);
        if (earlier) return resolve(earlier);
        const listener = (call: RecordedCall) => {
          if (!match(call)) return;
          recorded.off('call', listener);
          resolve(call);
        };
        recorded.on('call', listener);
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // undici keeps connections alive: close them, or close() waits for their idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function route(
  method: string,
  path: string,
  body: any,
  options: FakeRestOptions,
  channels: Map<string, Array<Record<string, any>>>,
  query: URLSearchParams,
  deployed: Map<string, unknown[]> = new Map(),
): Reply {
  const key = `${method} ${path}`;
  if (key === 'GET /users/@me') return { status: 200, body: { id: options.botUserId, username: 'iisg-bot', discriminator: '0', global_name: null, avatar: null, bot: true } };
  if (key === 'GET /gateway/bot') {
    return { status: 200, body: { url: options.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
  }
  // Interaction callbacks (defer, reply, autocomplete) answer 204: no body, no JSON content type.
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
  let match = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(path);
  if (match && method === 'PATCH') return { status: 200, body: messageFrom(body, snowflake(), options.botUserId, match[1]!) };
  if (match && method === 'DELETE') return { status: 204 };
  match = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
  if (match && method === 'POST') return { status: 200, body: messageFrom(body, snowflake(), options.botUserId, match[1]!) };
  // Opening a DM channel with a user (discord.js: users.createDM / user.send).
  if (key === 'POST /users/@me/channels') {
    return { status: 200, body: { id: snowflake(), type: 1, last_message_id: null, flags: 0, recipients: [{ id: body?.recipient_id, username: 'someone', discriminator: '0', global_name: null, avatar: null }] } };
  }
  match = /^\/channels\/(\d+)\/messages$/.exec(path);
  if (match && method === 'POST') {
    const message = { ...messageFrom(body, snowflake(), options.botUserId), channel_id: match[1] };
    channels.set(match[1]!, [...(channels.get(match[1]!) ?? []), message]);
    return { status: 200, body: message };
  }
  if (match && method === 'GET') {
    // Newest first, like Discord; `after` is a snowflake (ids here grow with time).
    const after = BigInt(query.get('after') ?? '0');
    const limit = Number(query.get('limit') ?? 50);
    const found = (channels.get(match[1]!) ?? []).filter((message) => BigInt(String(message.id)) > after).reverse().slice(0, limit);
    return { status: 200, body: found };
  }
  match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
  if (match && method === 'PUT' && Array.isArray(body)) {
    const registered = body.map((command: Record<string, unknown>) => ({ ...command, id: snowflake(), application_id: match![1], guild_id: match![2], version: snowflake() }));
    deployed.set(path, registered);
    return { status: 200, body: registered };
  }
  if (match && method === 'GET') return { status: 200, body: deployed.get(path) ?? [] };
  return { status: 404, body: { message: `fake Discord: no route for ${key}`, code: 0 } };
}

function messageFrom(body: any, id: string, botUserId: string, webhookId?: string): Record<string, unknown> {
  return {
    id,
    channel_id: '1',
    type: 0,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    author: { id: botUserId, username: 'iisg-bot', discriminator: '0', global_name: null, avatar: null, bot: true },
    timestamp: new Date('2024-05-01T10:00:00Z').toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    flags: body?.flags ?? 0,
    ...(webhookId ? { webhook_id: webhookId } : {}),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return null;
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  // discord.js sends multipart only with files, which the bot never attaches.
  throw new Error(`fake Discord: expected a JSON body, got ${contentType ?? 'no content type'}`);
}

function send(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.status === 204 || reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  response.writeHead(reply.status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(reply.body));
}
