// Subscription settings as the chat commands would save them.
import type { SubscriptionSettings } from '../../adapters/store/subscription-store.js';

export function settings(overrides: Partial<SubscriptionSettings> = {}): SubscriptionSettings {
  return {
    platform: 'slack',
    workspaceId: 'T0IISG',
    channelId: 'C0SECRETARIAT',
    channelName: 'secretariat',
    cadence: 'weekly',
    day: 1,
    time: '09:00',
    timeZone: 'Europe/Tirane',
    filter: null,
    quiet: false,
    firstPeriodFrom: '2024-01-01',
    createdBy: 'U0ADMIN',
    ...overrides,
  };
}
