// The small listener for health and metrics when no Slack HTTP server runs (Socket Mode, Discord only),
// or beside it when HEALTH_PORT is set, to keep /metrics off the public port.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpsEndpoints } from './ops-routes.js';
import { handleOpsRequest } from './ops-routes.js';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(endpoints: OpsEndpoints, port: number, host?: string): Promise<HealthServer> {
  const server = createServer((request, response) => {
    if (handleOpsRequest(request, response, endpoints)) return;
    const body = `${JSON.stringify({ error: 'not found', paths: ['/healthz', '/readyz', '/metrics'] })}\n`;
    response
      .writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      .end(body);
  });
  // Probes come every few seconds; idle keep-alive sockets must not hold the process open at shutdown.
  server.keepAliveTimeout = 5_000;
  server.listen(port, host);
  try {
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => Promise.reject(error as Error)),
    ]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `HEALTH_PORT: cannot listen on ${host ?? 'all interfaces'} port ${port} (${String(code ?? (error as Error).message)})`,
      { cause: error },
    );
  }
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
