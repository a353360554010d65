// The sync's settings: intervals people write, the defaults (on with a chat platform, off for the console
// chat unless asked), and one clear message per bad key.
import { describe, expect, it } from 'vitest';
import { parseInterval, readSyncConfig } from '../../adapters/site/sync-config.js';

describe('IISG_SYNC_EVERY', () => {
  it.each([
    ['30m', 30 * 60_000],
    ['1h', 3_600_000],
    ['2h30m', 9_000_000],
    ['90s', 90_000],
    ['1d', 86_400_000],
    [' 45 m ', 45 * 60_000],
    ['off', null],
    ['OFF', null],
  ])('%j', (text, ms) => {
    expect(parseInterval(text)).toEqual({ ok: true, ms });
  });

  it.each([
    ['30', /expected an interval such as 30m, 1h or 2h30m, or off; got "30"/],
    ['half an hour', /expected an interval such as 30m/],
    ['10s', /expected at least 1m between runs/],
    ['8d', /expected at most 7d between runs/],
  ])('refuses %j', (text, message) => {
    const parsed = parseInterval(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('readSyncConfig', () => {
  it('syncs every 30 minutes from wb-iisg.com when a chat platform runs, and not for the console chat', () => {
    expect(readSyncConfig({}, { chat: true })).toEqual({
      site: 'https://wb-iisg.com',
      everyMs: 30 * 60_000,
      since: '2020-01-01',
    });
    expect(readSyncConfig({}, { chat: false }).everyMs).toBeNull();
    expect(readSyncConfig({ IISG_SYNC_EVERY: '1h' }, { chat: false }).everyMs).toBe(3_600_000);
    expect(readSyncConfig({ IISG_SYNC_EVERY: 'off' }, { chat: true }).everyMs).toBeNull();
    expect(readSyncConfig({ IISG_SITE_URL: '', IISG_SYNC_EVERY: '', IISG_SYNC_SINCE: '' }, { chat: true })).toEqual({
      site: 'https://wb-iisg.com',
      everyMs: 30 * 60_000,
      since: '2020-01-01',
    });
  });

  it.each([
    [{ IISG_SYNC_EVERY: 'hourly' }, /^IISG_SYNC_EVERY: expected an interval/],
    [
      { IISG_SITE_URL: 'wb-iisg.com' },
      /^IISG_SITE_URL: expected the site's address, e.g. https:\/\/wb-iisg.com, got "wb-iisg.com"$/,
    ],
    [{ IISG_SYNC_SINCE: '2020' }, /^IISG_SYNC_SINCE: expected a day as YYYY-MM-DD, got "2020"$/],
  ])('names the bad key: %j', (env, message) => {
    expect(() => readSyncConfig(env, { chat: true })).toThrow(message);
  });
});
