// A real forward proxy on 127.0.0.1 that only tunnels (HTTP CONNECT), like the ones government networks
// put in front of the internet: it records each tunnel's destination and can demand credentials
// (407 without the right Proxy-Authorization). Anything that is not a CONNECT is refused and recorded.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';

export interface Tunnel {
  /** host:port asked for. */
  target: string;
  /** The Proxy-Authorization header, if any. */
  authorization: string | undefined;
  /** False when the proxy refused it (bad credentials). */
  allowed: boolean;
}

export interface FakeConnectProxy {
  /** http://127.0.0.1:PORT, with user:password@ when credentials are required. */
  url: string;
  tunnels: Tunnel[];
  /** Requests that were not CONNECT (a client sending plain HTTP to the proxy). */
  refused: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(credentials?: { user: string; password: string }): Promise<FakeConnectProxy> {
  const tunnels: Tunnel[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const expected = credentials
    ? `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`
    : undefined;

  const server = createServer((request, response) => {
    refused.push(`${request.method} ${request.url}`);
    response.writeHead(405, { 'content-type': 'text/plain' }).end('this proxy only tunnels (CONNECT)');
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const authorization = request.headers['proxy-authorization'];
    const allowed = expected === undefined || authorization === expected;
    tunnels.push({ target: request.url ?? '', authorization, allowed });
    if (!allowed) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const auth = credentials
    ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@`
    : '';
  return {
    url: `http://${auth}127.0.0.1:${port}`,
    tunnels,
    refused,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
