import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createDigestService } from '../../adapters/digest/digest-service.js';
import { createMemoryLogger } from '../../adapters/log.js';
import type { DigestPoster } from '../../adapters/scheduler/digest-poster.js';
import { createFakeClock } from '../scheduler/fake-clock.js';
import { useTempDir } from '../store/temp-dir.js';

const engine = loadEngine();
const request = { platform: 'test', workspaceId: 'W1', channelId: 'C1', channelName: 'ops', userId: 'U1', canManage: true, managers: 'admins' };

describe('digest service', () => {
  const tempDir = useTempDir('iisg-service-');

  it('creates its SQLite file on first use, at IISG_DB_PATH, posts through the added poster, and stops cleanly', async () => {
    const path = join(tempDir(), 'state', 'bot.db');
    // Sunday 26 November 2023, 23:00 in Tirana: the monthly digest for November is due in an hour.
    const clock = createFakeClock(new Date('2023-11-26T22:00:00Z'));
    const context = { engine: () => engine, now: () => clock.now(), log: createMemoryLogger() };
    const service = createDigestService({ IISG_DB_PATH: path, DIGEST_DEFAULT_TZ: 'Europe/Tirane', DIGEST_DEFAULT_TIME: '08:00' }, context, clock);
    expect(existsSync(path)).toBe(false);

    const posted: string[] = [];
    const poster: DigestPoster = { post: async (channelId, digest) => (posted.push(`${channelId} ${digest.view.heading} ${digest.events.length}`), { messageId: 'm1' }) };
    service.addPoster('test', poster);
    service.start();
    expect(existsSync(path)).toBe(true);
    expect(service.manager.handle('subscribe monthly', request).text).toMatch(/^Subscribed: #ops gets the monthly digest, on day 1 of each month at 08:00 \(Europe\/Tirane\), #1\./);

    await clock.advanceTo(new Date('2023-12-01T07:00:00Z'));
    expect(posted).toEqual(['C1 IISG monthly digest · November 2023 2']);

    await service.stop();
    expect(service.manager.handle('list', request)).toEqual({ ok: false, text: 'Digests are stopping with the bot; please try again in a minute.' });
  });

  it('refuses bad configuration before touching the disk', () => {
    const path = join(tempDir(), 'never.db');
    const context = { engine: () => engine, now: () => new Date(), log: createMemoryLogger() };
    expect(() => createDigestService({ IISG_DB_PATH: path, DIGEST_DEFAULT_TIME: '25:00' }, context)).toThrow(
      /DIGEST_DEFAULT_TIME: expected a time as HH:MM/,
    );
    expect(existsSync(path)).toBe(false);
  });
});
