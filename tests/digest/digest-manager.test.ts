import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createDigestManager } from '../../adapters/digest/digest-manager.js';
import type { DigestRequest } from '../../adapters/digest/digest-manager.js';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { DigestStore } from '../../adapters/store/digest-store.js';
import { useTempDir } from '../store/temp-dir.js';

const engine = loadEngine();
// Wednesday 15 November 2023, 11:00 in Tirana.
const NOW = new Date('2023-11-15T10:00:00Z');
const DEFAULTS = { weekday: 1, monthDay: 1, time: '09:00', timeZone: 'Europe/Tirane' };
const ADMIN: DigestRequest = { platform: 'slack', workspaceId: 'T0IISG', channelId: 'C0SEC', channelName: 'secretariat', userId: 'U0ADMIN', canManage: true, managers: 'workspace admins and owners' };
const MEMBER: DigestRequest = { ...ADMIN, userId: 'U0MEMBER', canManage: false };

describe('digest manager', () => {
  const tempDir = useTempDir('iisg-manager-');
  function setup(now = NOW): { store: DigestStore; manager: ReturnType<typeof createDigestManager>; changes: () => number } {
    const store = openDigestStore(join(tempDir(), 'iisg.db'));
    let changes = 0;
    const manager = createDigestManager({ store, engine: () => engine, now: () => now, defaults: DEFAULTS, onChange: () => void changes++ });
    return { store, manager, changes: () => changes };
  }

  it('subscribes with the configured defaults, says when the first digest comes, and takes the baseline', () => {
    const { store, manager, changes } = setup();
    const reply = manager.handle('subscribe weekly', ADMIN);
    expect(reply).toEqual({
      ok: true,
      text: [
        'Subscribed: #secretariat gets the weekly digest, Mondays at 09:00 (Europe/Tirane), #1.',
        'Next: Monday 20 November 2023, 09:00, covering 13–19 November 2023.',
        'Periods with nothing to report post nothing (add `quiet` to post them anyway).',
      ].join('\n'),
    });
    expect(changes()).toBe(1);
    const subscription = store.subscriptions.find('slack', 'C0SEC', 'weekly');
    expect(subscription).toMatchObject({ day: 1, time: '09:00', timeZone: 'Europe/Tirane', firstPeriodFrom: '2023-11-13', createdBy: 'U0ADMIN' });
    // Everything that ended before the week of 13 November is history for this channel; Rome (14-15 Nov) is not.
    const baseline = store.deliveries.announcedIds(subscription!.id);
    expect(baseline.size).toBe(engine.events.filter((e) => e.end < '2023-11-13').length);
    expect([...baseline].some((id) => id.includes('jumbo'))).toBe(false);
    store.close();
  });

  it('uses the channel time zone for "next", and explains a filter', () => {
    const { store, manager } = setup();
    const reply = manager.handle('subscribe monthly on 2 at 07:00 tz Pacific/Auckland quiet filter Sojati', ADMIN);
    expect(reply.ok).toBe(true);
    expect(reply.text).toContain('gets the monthly digest, on day 2 of each month at 07:00 (Pacific/Auckland)');
    // 15 Nov 10:00 UTC is already 15 Nov in Auckland: the first period is November, posted on 2 December.
    expect(reply.text).toContain('Next: Saturday 2 December 2023, 07:00, covering November 2023.');
    expect(reply.text).toContain('Filter: events · Agron Sojati (5 matching events so far).');
    expect(reply.text).toContain('Empty periods are posted too (quiet).');
    store.close();
  });

  it.each([
    ['subscribe weekly filter in 2022', /the digest's dates come from its schedule/],
    ['subscribe weekly filter xyzzy', /the filter "xyzzy" matches nothing the bot knows .*e\.g\. `filter Montenegro`/],
    ['subscribe weekly filter last 5 events', /a filter names a person, a place, an organisation or a topic/],
    ['subscribe weekly at 24:00', /expected a time as HH:MM/],
  ])('refuses "%s" and saves nothing', (text, message) => {
    const { store, manager } = setup();
    const reply = manager.handle(text, ADMIN);
    expect(reply.ok).toBe(false);
    expect(reply.text).toMatch(message);
    expect(store.subscriptions.list()).toEqual([]);
    store.close();
  });

  it('keeps changes to people allowed to manage, and lets everyone list and preview', () => {
    const { store, manager, changes } = setup();
    for (const text of ['subscribe weekly', 'unsubscribe', 'resume']) {
      expect(manager.handle(text, MEMBER)).toEqual({ ok: false, text: 'Only workspace admins and owners can change digest subscriptions. `list` and `preview` are open to everyone.' });
    }
    expect(changes()).toBe(0);
    expect(manager.handle('list', MEMBER).ok).toBe(true);
    expect(manager.handle('preview', MEMBER).ok).toBe(true);
    store.close();
  });

  it('updates in place, keeping settings not given', () => {
    const { store, manager } = setup();
    manager.handle('subscribe weekly on friday tz America/New_York', ADMIN);
    const reply = manager.handle('subscribe weekly at 17:30', ADMIN);
    expect(reply.text).toMatch(/^Updated: #secretariat gets the weekly digest, Fridays at 17:30 \(America\/New_York\), #1\./);
    expect(store.subscriptions.list()).toHaveLength(1);
    store.close();
  });

  it('lists the workspace with schedule, last post and a paused subscription\'s reason and cure', () => {
    const { store, manager } = setup();
    manager.handle('subscribe weekly', ADMIN);
    manager.handle('subscribe monthly filter Montenegro', { ...ADMIN, channelId: 'C0MNE', channelName: 'montenegro' });
    manager.handle('subscribe weekly', { ...ADMIN, workspaceId: 'T0OTHER', channelId: 'C0ELSE', channelName: 'elsewhere' });
    store.subscriptions.pause(2, 'the bot is not in this channel', new Date('2023-11-15T10:05:00Z'));
    const text = manager.handle('list', MEMBER).text;
    expect(text.split('\n')).toEqual([
      'Digest subscriptions (2):',
      '#1 · #secretariat · weekly digest, Mondays at 09:00 (Europe/Tirane)',
      '   next: Monday 20 November 2023, 09:00, covering 13–19 November 2023',
      '#2 · #montenegro · monthly digest, on day 1 of each month at 09:00 (Europe/Tirane) · filter: Montenegro',
      '   ⚠ paused since Wednesday 15 November 2023, 11:05: the bot is not in this channel. Fix it (e.g. invite the bot to the channel), then `resume 2`; it is also retried at each scheduled time.',
    ]);
    store.close();
  });

  it('resumes a paused subscription and tells the scheduler', () => {
    const { store, manager, changes } = setup();
    manager.handle('subscribe weekly', ADMIN);
    expect(manager.handle('resume', ADMIN)).toEqual({ ok: false, text: 'Nothing to resume: no paused subscription in this channel. `list` shows each subscription\'s state.' });
    store.subscriptions.pause(1, 'missing permission', NOW);
    const before = changes();
    expect(manager.handle('resume 1', ADMIN).text).toMatch(/^Resumed #1 \(#secretariat\)/);
    expect(store.subscriptions.get(1)?.pausedReason).toBeNull();
    expect(changes()).toBe(before + 1);
    expect(manager.handle('resume 9', ADMIN).text).toBe('Nothing to resume: no subscription #9 in this workspace. `list` shows each subscription\'s state.');
    store.close();
  });

  it('unsubscribes this channel, one cadence, or a numbered subscription of the workspace only', () => {
    const { store, manager } = setup();
    manager.handle('subscribe weekly', ADMIN);
    manager.handle('subscribe monthly', ADMIN);
    manager.handle('subscribe weekly', { ...ADMIN, workspaceId: 'T0OTHER', channelId: 'C0ELSE' });
    expect(manager.handle('unsubscribe monthly', ADMIN).text).toBe('Unsubscribed #secretariat from the monthly digest (#2).');
    expect(manager.handle('unsubscribe 3', ADMIN).text).toBe('Nothing to unsubscribe: no subscription #3 in this workspace. `list` shows this workspace\'s subscriptions.');
    expect(manager.handle('unsubscribe', ADMIN).text).toBe('Unsubscribed #secretariat from the weekly digest (#1).');
    expect(manager.handle('unsubscribe', ADMIN).ok).toBe(false);
    expect(store.subscriptions.list().map((s) => s.channelId)).toEqual(['C0ELSE']);
    store.close();
  });

  it('previews the last complete period with the channel\'s filter, recording nothing', () => {
    const { store, manager } = setup(new Date('2023-12-01T08:00:00Z'));
    const plain = manager.handle('preview monthly', MEMBER);
    expect(plain.preview?.events.map((e) => e.city)).toEqual(['Rome', 'Chisinau']);
    expect(plain.text).toMatch(/^Preview for a new subscription: the last complete month, November 2023\./);
    manager.handle('subscribe monthly filter Sojati', ADMIN);
    const filtered = manager.handle('preview', MEMBER);
    expect(filtered.preview?.events.map((e) => e.city)).toEqual(['Chisinau']);
    expect(filtered.text).toContain('1 event · filter: Sojati');
    expect(store.deliveries.list(1)).toEqual([]);
    store.close();
  });

  it('explains itself', () => {
    const { store, manager } = setup();
    const help = manager.handle('help', MEMBER).text;
    expect(help).toContain('subscribe weekly|monthly [on <day>] [at HH:MM] [tz <IANA zone>] [quiet] [filter <person, place or topic>]');
    expect(help).toContain('Defaults: weekly on Mondays, monthly on day 1, at 09:00 (Europe/Tirane).');
    store.close();
  });
});
