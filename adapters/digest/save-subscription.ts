// Subscribing a channel: its first period is the one it subscribes in (local day in its zone), and every
// event that ended before it is recorded as already shown, so a new subscription never floods the channel
// with history. Changing a filter re-takes that baseline: events the old filter hid stay history too.
import type { EventRecord } from '../../src/index.js';
import { baselineEventIds, localDayOf, periodContaining } from '../../src/index.js';
import type { Subscription, SubscriptionSettings, SubscriptionStore } from '../store/subscription-store.js';

export type NewSubscription = Omit<SubscriptionSettings, 'firstPeriodFrom'>;

export function saveSubscription(
  store: SubscriptionStore,
  events: readonly EventRecord[],
  settings: NewSubscription,
  now: Date,
): { subscription: Subscription; created: boolean } {
  const existing = store.find(settings.platform, settings.channelId, settings.cadence);
  const current = periodContaining(settings.cadence, localDayOf(now, settings.timeZone));
  const rebaseline = !existing || existing.filter !== settings.filter;
  const baseline = rebaseline ? baselineEventIds(events, current) : [];
  return store.save({ ...settings, firstPeriodFrom: current.from }, baseline, now);
}
