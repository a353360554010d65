// GET /healthz, /readyz and /metrics: one handler for both places they are served (Bolt's customRoutes in
// Slack HTTP mode, the small listener on HEALTH_PORT otherwise). Probes are answered without a log line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Health } from './health.js';
import type { BotMetrics } from './metrics.js';

export interface OpsEndpoints {
  health: Health;
  metrics: BotMetrics;
}

/** A route as Bolt's customRoutes takes it (the shape, without importing Bolt). */
export interface OpsRoute {
  path: string;
  method: string[];
  handler: (request: IncomingMessage, response: ServerResponse) => void;
}

export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'] as const;

/** Answers one of OPS_PATHS; returns false (and sends nothing) for any other request. */
export function handleOpsRequest(request: IncomingMessage, response: ServerResponse, endpoints: OpsEndpoints): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  switch (path) {
    case '/healthz':
      sendJson(response, 200, endpoints.health.liveness(), request.method);
      return true;
    case '/readyz': {
      const readiness = endpoints.health.readiness();
      sendJson(response, readiness.ready ? 200 : 503, readiness, request.method);
      return true;
    }
    case '/metrics':
      endpoints.metrics.render().then(
        (text) => send(response, 200, endpoints.metrics.contentType, text, request.method),
        (error: unknown) =>
          send(response, 500, 'text/plain; charset=utf-8', `metrics failed: ${String(error)}\n`, request.method),
      );
      return true;
    default:
      return false;
  }
}

export function opsRoutes(endpoints: OpsEndpoints): OpsRoute[] {
  return OPS_PATHS.map((path) => ({
    path,
    method: ['GET', 'HEAD'],
    handler: (request, response) => void handleOpsRequest(request, response, endpoints),
  }));
}

function sendJson(response: ServerResponse, status: number, body: unknown, method: string): void {
  send(response, status, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`, method);
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  method: string | undefined,
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  response.end(method === 'HEAD' ? undefined : body);
}
