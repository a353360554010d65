// HOST, HEALTH_PORT and the proxy settings: bad values are one message naming the variable, lower-case
// proxy variables count, and a HEALTH_PORT already taken stops the start with a clear line.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readOpsConfig } from '../../adapters/ops/ops-config.js';
import { startHarness } from './bot-harness.js';

describe('readOpsConfig', () => {
  it.each([
    [{ HOST: '127.0.0.1' }, { HOST: '127.0.0.1' }],
    [
      { HOST: '::1', HEALTH_PORT: '8081' },
      { HOST: '::1', HEALTH_PORT: 8081 },
    ],
    [{ HOST: ' ', HEALTH_PORT: '' }, {}],
    [
      { https_proxy: 'http://proxy.example.org:3128', no_proxy: 'localhost' },
      { HTTPS_PROXY: 'http://proxy.example.org:3128', NO_PROXY: 'localhost' },
    ],
    [{ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128' }, { HTTPS_PROXY: 'http://upper:3128' }],
  ])('%j', (env, expected) => {
    expect(readOpsConfig(env)).toEqual(expected);
  });

  it.each([
    [{ HOST: 'my host' }, 'HOST: expected an address to listen on, such as 127.0.0.1, 0.0.0.0 or ::1'],
    [{ HEALTH_PORT: '80a' }, 'HEALTH_PORT: expected a port number from 0 to 65535'],
    [{ HEALTH_PORT: '70000' }, 'HEALTH_PORT: expected a port number from 0 to 65535'],
    [
      { HTTP_PROXY: 'proxy:3128' },
      'HTTP_PROXY: expected a proxy URL such as http://proxy.example.org:3128, got "proxy:3128"',
    ],
  ])('%j is refused', (env, message) => {
    expect(() => readOpsConfig(env)).toThrow(message);
  });
});

describe('starting with a HEALTH_PORT already in use', () => {
  it('stops with one line naming HEALTH_PORT, leaving nothing running', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      await expect(startHarness('slack-http', { HEALTH_PORT: String(port) })).rejects.toThrow(
        `HEALTH_PORT: cannot listen on 127.0.0.1 port ${port} (EADDRINUSE)`,
      );
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
