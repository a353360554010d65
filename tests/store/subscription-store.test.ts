import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import { useTempDir } from './temp-dir.js';
import { settings } from './subscription-fixtures.js';

const NOW = new Date('2024-01-03T10:00:00Z');

describe('subscription store', () => {
  const tempDir = useTempDir();
  const open = () => openDigestStore(join(tempDir(), 'iisg.db'));

  it('creates one subscription per channel and cadence, and updates it in place', () => {
    const store = open();
    const first = store.subscriptions.save(settings(), [], NOW);
    expect(first.created).toBe(true);
    const monthly = store.subscriptions.save(settings({ cadence: 'monthly', day: 1 }), [], NOW);
    expect(monthly.subscription.id).not.toBe(first.subscription.id);
    const changed = store.subscriptions.save(settings({ time: '17:30', timeZone: 'Asia/Kolkata', filter: 'Montenegro' }), [], NOW);
    expect(changed).toMatchObject({ created: false, subscription: { id: first.subscription.id, time: '17:30', timeZone: 'Asia/Kolkata', filter: 'Montenegro' } });
    expect(store.subscriptions.list().map((s) => [s.cadence, s.time])).toEqual([
      ['weekly', '17:30'],
      ['monthly', '09:00'],
    ]);
    expect(store.subscriptions.find('slack', 'C0SECRETARIAT', 'weekly')?.id).toBe(first.subscription.id);
    expect(store.subscriptions.find('discord', 'C0SECRETARIAT', 'weekly')).toBeNull();
    store.close();
  });

  it('keeps the first period and creation time when settings change', () => {
    const store = open();
    const { subscription } = store.subscriptions.save(settings({ firstPeriodFrom: '2024-01-01' }), [], NOW);
    const later = new Date('2024-03-01T00:00:00Z');
    const updated = store.subscriptions.save(settings({ firstPeriodFrom: '2024-02-26' }), [], later).subscription;
    expect(updated.firstPeriodFrom).toBe('2024-01-01');
    expect(updated.createdAt).toEqual(subscription.createdAt);
    store.close();
  });

  it('lists a workspace only', () => {
    const store = open();
    store.subscriptions.save(settings(), [], NOW);
    store.subscriptions.save(settings({ workspaceId: 'T0OTHER', channelId: 'C0ELSEWHERE' }), [], NOW);
    store.subscriptions.save(settings({ platform: 'discord', workspaceId: 'G1', channelId: '1234' }), [], NOW);
    expect(store.subscriptions.listIn('slack', 'T0IISG').map((s) => s.channelId)).toEqual(['C0SECRETARIAT']);
    expect(store.subscriptions.listIn('discord', 'G1').map((s) => s.channelId)).toEqual(['1234']);
    store.close();
  });

  it('records the baseline as announced, keeping earlier announcements', () => {
    const store = open();
    const { subscription } = store.subscriptions.save(settings(), ['a', 'b'], NOW);
    store.subscriptions.save(settings(), ['b', 'c'], NOW);
    expect([...store.deliveries.announcedIds(subscription.id)].sort()).toEqual(['a', 'b', 'c']);
    store.close();
  });

  it('pauses with a reason, resumes, and a new subscribe also resumes', () => {
    const store = open();
    const { subscription } = store.subscriptions.save(settings(), [], NOW);
    store.subscriptions.pause(subscription.id, 'the bot is not in this channel', NOW);
    expect(store.subscriptions.get(subscription.id)).toMatchObject({ pausedReason: 'the bot is not in this channel', pausedAt: NOW });
    store.subscriptions.resume(subscription.id);
    expect(store.subscriptions.get(subscription.id)).toMatchObject({ pausedReason: null, pausedAt: null });
    store.subscriptions.pause(subscription.id, 'missing permission', NOW);
    store.subscriptions.save(settings(), [], NOW);
    expect(store.subscriptions.get(subscription.id)?.pausedReason).toBeNull();
    store.close();
  });

  it('removes a subscription with its deliveries and announcements', () => {
    const store = open();
    const { subscription } = store.subscriptions.save(settings(), ['a'], NOW);
    store.deliveries.claim({ subscriptionId: subscription.id, period: { cadence: 'weekly', from: '2024-01-01', to: '2024-01-07' }, token: 't', now: NOW, leaseMs: 1000, eventIds: [] });
    expect(store.subscriptions.remove(subscription.id)).toBe(true);
    expect(store.subscriptions.remove(subscription.id)).toBe(false);
    expect(store.deliveries.list(subscription.id)).toEqual([]);
    expect(store.deliveries.announcedIds(subscription.id).size).toBe(0);
    store.close();
  });
});
