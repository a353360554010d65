// Starting against a Discord that cannot be reached ends within seconds with an error naming the host and
// the setting to check, instead of a minute of silent retries (a refused port and a silent server on 127.0.0.1).
import { createServer as createHttpServer } from 'node:http';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBot } from '../../adapters/discord/index.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { realEngine } from '../slack/slack-harness.js';

let silent: Server | undefined;
afterEach(async () => {
  silent?.closeAllConnections();
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  silent = undefined;
});

const context = () => ({ engine: realEngine, now: () => new Date('2024-06-01T09:00:00Z'), log: createMemoryLogger() });
const config = (apiUrl: string) => ({
  token: 'fake-token',
  applicationId: '1187654321098765432',
  guildId: null,
  apiUrl,
});

describe('starting the Discord bot', () => {
  it('names the host when nothing listens there', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const bot = createDiscordBot(context(), config(`http://127.0.0.1:${port}/api`));
    await expect(bot.start()).rejects.toThrow(
      `could not reach Discord at 127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}); check DISCORD_API_URL`,
    );
  });

  it('gives up at its deadline when the host takes the connection and never answers', async () => {
    silent = createHttpServer(() => undefined);
    await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const bot = createDiscordBot(context(), config(`http://127.0.0.1:${port}/api`), { startDeadlineMs: 300 });
    await expect(bot.start()).rejects.toThrow(
      `could not reach Discord at 127.0.0.1:${port} within 0.3 s; check DISCORD_API_URL, the network and any proxy`,
    );
  });
});
