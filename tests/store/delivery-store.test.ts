import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDigestStore } from '../../adapters/store/digest-store.js';
import type { DigestStore } from '../../adapters/store/digest-store.js';
import { useTempDir } from './temp-dir.js';
import { settings } from './subscription-fixtures.js';

const WEEK = { cadence: 'weekly', from: '2024-01-08', to: '2024-01-14' } as const;
const T0 = new Date('2024-01-15T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const LEASE = 5 * 60_000;

describe('delivery claims', () => {
  const tempDir = useTempDir();
  function setup(): { store: DigestStore; id: number; path: string } {
    const path = join(tempDir(), 'iisg.db');
    const store = openDigestStore(path);
    return { store, path, id: store.subscriptions.save(settings(), [], T0).subscription.id };
  }
  const claim = (store: DigestStore, id: number, token: string, now: Date, eventIds: string[] = ['e1']) =>
    store.deliveries.claim({ subscriptionId: id, period: WEEK, token, now, leaseMs: LEASE, eventIds });

  it('lets one claim win; a second claim loses while the lease runs', () => {
    const { store, id } = setup();
    expect(claim(store, id, 'a', T0)).toEqual({ claimed: true, previous: null });
    const second = claim(store, id, 'b', at(1));
    expect(second).toMatchObject({ claimed: false, current: { state: 'posting', claimToken: 'a', attempts: 1 } });
    store.close();
  });

  it('marks sent with the message id and the announced events, once, and never reopens', () => {
    const { store, id } = setup();
    claim(store, id, 'a', T0, ['e1', 'e2']);
    expect(store.deliveries.markSent(id, WEEK.from, 'wrong-token', 'M0', ['e1'], at(1))).toBe(false);
    expect(store.deliveries.markSent(id, WEEK.from, 'a', '1700000000.000100', ['e1', 'e2'], at(1))).toBe(true);
    expect(store.deliveries.markSent(id, WEEK.from, 'a', 'again', ['e1'], at(2))).toBe(false);
    expect(store.deliveries.get(id, WEEK.from)).toMatchObject({ state: 'sent', messageId: '1700000000.000100', eventIds: ['e1', 'e2'], claimToken: null });
    expect([...store.deliveries.announcedIds(id)].sort()).toEqual(['e1', 'e2']);
    expect(claim(store, id, 'b', at(60 * 24 * 30))).toMatchObject({ claimed: false, current: { state: 'sent' } });
    store.close();
  });

  it('hands a crashed claim to the next process once its lease runs out, telling it the earlier attempt was interrupted', () => {
    const { store, id, path } = setup();
    claim(store, id, 'crashed', T0, ['e1']);
    store.close();
    const restarted = openDigestStore(path);
    expect(claim(restarted, id, 'next', at(4))).toMatchObject({ claimed: false });
    const retaken = claim(restarted, id, 'next', at(5), ['e1', 'e3']);
    expect(retaken).toMatchObject({ claimed: true, previous: { state: 'posting', claimToken: 'crashed', eventIds: ['e1'], claimedAt: T0 } });
    expect(restarted.deliveries.markSent(id, WEEK.from, 'crashed', 'late', [], at(6))).toBe(false);
    expect(restarted.deliveries.get(id, WEEK.from)).toMatchObject({ attempts: 2, eventIds: ['e1', 'e3'] });
    restarted.close();
  });

  it('releases a failed attempt for a retry at a given time', () => {
    const { store, id } = setup();
    claim(store, id, 'a', T0);
    expect(store.deliveries.release(id, WEEK.from, 'a', at(10), 'rate limited')).toBe(true);
    expect(store.deliveries.get(id, WEEK.from)).toMatchObject({ state: 'pending', retryAt: at(10), lastError: 'rate limited' });
    expect(claim(store, id, 'b', at(9))).toMatchObject({ claimed: false });
    expect(claim(store, id, 'b', at(10))).toMatchObject({ claimed: true, previous: { state: 'pending' } });
    store.close();
  });

  it('marks an empty period done without announcing anything', () => {
    const { store, id } = setup();
    claim(store, id, 'a', T0, []);
    expect(store.deliveries.markEmpty(id, WEEK.from, 'a', at(1))).toBe(true);
    expect(store.deliveries.get(id, WEEK.from)).toMatchObject({ state: 'empty', messageId: null });
    expect(store.deliveries.listOpen(id)).toEqual([]);
    store.close();
  });

  it('supersedes an owed period but never a finished one', () => {
    const { store, id } = setup();
    claim(store, id, 'a', T0);
    store.deliveries.release(id, WEEK.from, 'a', null, 'not_in_channel');
    expect(store.deliveries.listOpen(id).map((d) => d.periodFrom)).toEqual([WEEK.from]);
    store.deliveries.supersede(id, WEEK.from, at(1));
    expect(store.deliveries.get(id, WEEK.from)?.state).toBe('superseded');
    expect(store.deliveries.listOpen(id)).toEqual([]);
    expect(claim(store, id, 'b', at(2))).toMatchObject({ claimed: false });
    store.close();
  });
});
