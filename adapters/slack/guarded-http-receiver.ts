// HTTP mode's receiver: our own server in front of Bolt's HTTPReceiver. Bolt reads a whole body (up to 4 MB)
// before it checks anything, accepts timestamps from the future and crashes the process on a signed JSON
// `null`; here each request passes the guard (request-guard.ts) first, and only a verified, well-formed,
// first-time request reaches Bolt, with its body already read (Bolt uses `rawBody` when it is there).
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPReceiver } from '@slack/bolt';
import type { App, Logger as BoltLogger, Receiver } from '@slack/bolt';
import type { Logger } from '../log.js';
import {
  checkBodyShape,
  checkHeaders,
  checkSignature,
  createReplayGuard,
  isSslCheck,
  SLACK_BODY_LIMIT_BYTES,
} from './request-guard.js';
import type { Verdict } from './request-guard.js';
import type { OpsRoute } from '../ops/ops-routes.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack sends a request in one go; a client trickling its headers or body is not Slack. */
const REQUEST_TIMEOUT_MS = 10_000;
/** On stop, connections still busy after this are closed: a stalled client must not hold shutdown. */
const CLOSE_GRACE_MS = 2_000;
const REFUSAL_LOG_WINDOW_MS = 10_000;

export interface GuardedReceiverOptions {
  signingSecret: string;
  log: Logger;
  boltLogger: BoltLogger;
  now?: () => number;
  /** More routes on the same server, served by Bolt (health and metrics). */
  customRoutes?: OpsRoute[];
}

export interface ListenOptions {
  port: number;
  host?: string | undefined;
}

export class GuardedHttpReceiver implements Receiver {
  private readonly bolt: HTTPReceiver;
  private readonly replays = createReplayGuard();
  private readonly refusals = new Map<number, { at: number; unlogged: number }>();
  private server: Server | undefined;

  constructor(private readonly options: GuardedReceiverOptions) {
    this.bolt = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: [SLACK_EVENTS_PATH],
      processBeforeResponse: false,
      logger: options.boltLogger,
      customRoutes: options.customRoutes ?? [],
    });
  }

  init(app: App): void {
    this.bolt.init(app);
  }

  async start(listen: ListenOptions): Promise<Server> {
    const server = createServer((request, response) => this.handle(request, response));
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = REQUEST_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: listen.port, host: listen.host }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (error) => this.options.log.error('slack: HTTP server error', error));
    this.server = server;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    await closed;
    clearTimeout(grace);
  }

  port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== SLACK_EVENTS_PATH || request.method !== 'POST') {
      this.toBolt(request, response);
      return;
    }
    const now = this.options.now?.() ?? Date.now();
    const early = checkHeaders(request.headers, now);
    if (!early.ok) {
      this.reject(request, response, early);
      return;
    }
    void readBody(request, SLACK_BODY_LIMIT_BYTES).then(
      (body) => {
        if (body === null) {
          this.reject(request, response, {
            ok: false,
            status: 413,
            reason: `body over the ${SLACK_BODY_LIMIT_BYTES}-byte limit`,
          });
          return;
        }
        if ('readUnsigned' in early) {
          if (isSslCheck(body)) response.writeHead(200).end();
          else
            this.reject(request, response, {
              ok: false,
              status: 401,
              reason: 'missing x-slack-signature or x-slack-request-timestamp',
            });
          return;
        }
        const verdict = [
          checkSignature(this.options.signingSecret, request.headers, body),
          checkBodyShape(request.headers['content-type'], body),
        ].find((check) => !check.ok);
        if (verdict) {
          this.reject(request, response, verdict);
          return;
        }
        if (!this.replays.firstTime(String(request.headers['x-slack-signature']), now)) {
          this.options.log.warn(
            'slack: replayed request acknowledged and ignored (same signature and timestamp as one already answered)',
          );
          response.writeHead(200).end();
          return;
        }
        (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        this.toBolt(request, response);
      },
      (error: unknown) => {
        this.options.log.warn('slack: could not read a request body', {
          error: error instanceof Error ? error.message : String(error),
        });
        if (!response.headersSent)
          this.reject(request, response, { ok: false, status: 400, reason: 'unreadable body' });
      },
    );
  }

  private toBolt(request: IncomingMessage, response: ServerResponse): void {
    try {
      this.bolt.requestListener(request, response);
    } catch {
      // Bolt throws for paths it does not serve.
      response.writeHead(404).end();
    }
  }

  /** Answers without reading (the rest of) the body, and closes the connection so it is not read either. */
  private reject(request: IncomingMessage, response: ServerResponse, verdict: Exclude<Verdict, { ok: true }>): void {
    // A flood of junk must not flood the log too: one line per status per window, with the count left out.
    const now = this.options.now?.() ?? Date.now();
    const seen = this.refusals.get(verdict.status);
    if (seen && now - seen.at < REFUSAL_LOG_WINDOW_MS) {
      seen.unlogged += 1;
    } else {
      const more = seen?.unlogged ? ` (and ${seen.unlogged} more refused with ${verdict.status} before it)` : '';
      this.options.log.warn(`slack: request refused (${verdict.status}): ${verdict.reason}${more}`, {
        path: request.url,
        retryNum: request.headers['x-slack-retry-num'],
      });
      this.refusals.set(verdict.status, { at: now, unlogged: 0 });
    }
    response
      .writeHead(verdict.status, { connection: 'close', 'content-type': 'text/plain' })
      .end(`${verdict.reason}\n`, () => request.destroy());
  }
}

/** The body, or null as soon as it grows past `limit` (the rest is never read). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
    request.once('aborted', () => reject(new Error('client aborted the request')));
  });
}
