// A local fake of Slack's side of HTTP: the Web API (`POST /api/<method>`) and slash command response
// URLs (`POST /response/<id>`), on 127.0.0.1. It records every call, answers like Slack does, and can be
// told to fail the next call to a method (e.g. a 429 with Retry-After) or to stall a method (a Slack
// outage: the call is taken, and never answered). chat.postMessage posts land in a channel history that
// conversations.history serves (with metadata when asked). It enforces no limits: tests do.
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  /** For response URLs: the id in the path. */
  responseId?: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
  /** 200 if the fake answered normally, else the scripted status; 0 for a call taken by a stalled method. */
  status: number;
  /** performance.now() when the call arrived (the load benchmark measures answer times with it). */
  at: number;
}

export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface FakeSlackApi {
  /** Base URL for `slackApiUrl`, ending in "/api/". */
  apiUrl: string;
  /** A fresh response URL for one slash command. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** Answered (status 200) calls of one method. */
  answered(method: string): RecordedCall[];
  /** Makes the next call(s) to `method` (or "response_url") fail as given, in order. */
  failNext(method: string, failure: ScriptedFailure): void;
  /** Resolves once `count` answered calls of `method` (matching `match`, if given) have been recorded. */
  waitFor(method: string, count?: number, match?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall[]>;
  /**
   * From now on, calls to `method` are taken and never answered (until `unstall`). For chat.postMessage,
   * `posted: true` means Slack has the message (it shows in the channel) though the answer never comes.
   */
  stall(method: string, options?: { posted?: boolean }): void;
  unstall(method: string): void;
  /** Calls taken by a stalled method, in arrival order. */
  stalled(method: string): RecordedCall[];
  /** The messages in a channel, oldest first (chat.postMessage, including stalled posts Slack kept). */
  history(channel: string): HistoryMessage[];
  /** What apps.connections.open returns (Socket Mode). */
  socketUrl: string | undefined;
  close(): Promise<void>;
}

export interface HistoryMessage {
  type: 'message';
  ts: string;
  text: string;
  bot_id: string;
  app_id: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export const FAKE_BOT = { userId: 'U0BOT00001', botId: 'B0BOT00001', teamId: 'T0TEAM0001', user: 'iisg-bot' } as const;

export interface FakeSlackOptions {
  /** "Now" for message timestamps (Slack's ts is the posting time); without it ts just counts up. */
  clock?: () => Date;
}

export async function startFakeSlackApi(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, ScriptedFailure[]>();
  const recorded = new EventEmitter();
  let messageTs = 1_700_000_000;
  const stalls = new Map<string, { posted: boolean }>();
  const stalledCalls: RecordedCall[] = [];
  const channels = new Map<string, HistoryMessage[]>();

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const params = parseParams(raw, request.headers['content-type']);
    const isResponseUrl = url.pathname.startsWith('/response/');
    const method = isResponseUrl ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const call: RecordedCall = { method, params, authorization: request.headers.authorization, status: 200, at: performance.now() };
    if (isResponseUrl) call.responseId = decodeURIComponent(url.pathname.slice('/response/'.length));

    const stall = stalls.get(method);
    if (stall) {
      call.status = 0;
      calls.push(call);
      stalledCalls.push(call);
      if (method === 'chat.postMessage' && stall.posted) post(params);
      // Never answered: the connection stays open until the client gives up or the fake closes.
      return;
    }
    const failure = failures.get(method)?.shift();
    if (failure) {
      call.status = failure.status;
      calls.push(call);
      recorded.emit('call', call);
      response.writeHead(failure.status, { 'content-type': 'text/plain', ...failure.headers }).end(failure.body ?? '');
      return;
    }
    calls.push(call);
    recorded.emit('call', call);
    if (isResponseUrl) {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, params)));
  }

  function answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://iisg-test.slack.com/', team: 'IISG test', user: FAKE_BOT.user, team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
      case 'chat.postMessage': {
        const message = post(params);
        return { ok: true, channel: params.channel, ts: message.ts, message: { text: params.text } };
      }
      case 'conversations.history':
        return historyPage(params);
      case 'apps.connections.open':
        return fake.socketUrl ? { ok: true, url: fake.socketUrl } : { ok: false, error: 'invalid_auth' };
      default:
        return { ok: true };
    }
  }

  function post(params: Record<string, unknown>): HistoryMessage {
    messageTs = Math.max(messageTs + 1, options.clock ? Math.floor(options.clock().getTime() / 1000) : 0);
    const metadata = typeof params.metadata === 'string' ? (JSON.parse(params.metadata) as HistoryMessage['metadata']) : undefined;
    const message: HistoryMessage = { type: 'message', ts: `${messageTs}.000100`, text: String(params.text ?? ''), bot_id: FAKE_BOT.botId, app_id: 'A0IISGBOT01', ...(metadata ? { metadata } : {}) };
    const channel = String(params.channel);
    channels.set(channel, [...(channels.get(channel) ?? []), message]);
    return message;
  }

  /** Newest first, from `oldest` on, `limit` per page; metadata only with include_all_metadata, as Slack does. */
  function historyPage(params: Record<string, unknown>): Record<string, unknown> {
    const oldest = Number(params.oldest ?? 0);
    const limit = Math.min(Number(params.limit ?? 100), 999);
    const withMetadata = params.include_all_metadata === 'true' || params.include_all_metadata === true;
    const all = (channels.get(String(params.channel)) ?? []).filter((message) => Number(message.ts) > oldest).reverse();
    const start = Number(params.cursor ?? 0);
    const page = all.slice(start, start + limit).map(({ metadata, ...message }) => (withMetadata && metadata ? { ...message, metadata } : message));
    const more = start + limit < all.length;
    return { ok: true, messages: page, has_more: more, ...(more ? { response_metadata: { next_cursor: String(start + limit) } } : {}) };
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const fake: FakeSlackApi = {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    calls,
    answered: (method) => calls.filter((call) => call.method === method && call.status === 200),
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    waitFor(method, count = 1, match = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = fake.answered(method).filter(match);
          if (matching.length < count) return false;
          clearTimeout(timer);
          recorded.off('call', check);
          resolve(matching);
          return true;
        };
        // The timer only turns a hang into a readable failure; nothing is measured against it.
        const timer = setTimeout(() => {
          recorded.off('call', check);
          reject(new Error(`fake Slack: expected ${count} answered ${method} call(s), got ${fake.answered(method).filter(match).length}`));
        }, timeoutMs);
        if (!check()) recorded.on('call', check);
      });
    },
    stall(method, options = {}) {
      stalls.set(method, { posted: options.posted ?? false });
    },
    unstall(method) {
      stalls.delete(method);
    },
    stalled: (method) => stalledCalls.filter((call) => call.method === method),
    history: (channel) => [...(channels.get(channel) ?? [])],
    socketUrl: undefined,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Web API calls arrive form-encoded with JSON-encoded objects (blocks); response URLs arrive as JSON. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = key === 'blocks' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return params;
}
