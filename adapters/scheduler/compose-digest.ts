// Builds the digest one subscription would receive for one period right now: current events, the
// subscription's filter and what the channel has already been shown. Pure apart from reading the store.
import type { DigestPeriod } from '../../src/index.js';
import { formatDigest, isEmptyDigest, selectDigest } from '../../src/index.js';
import type { Subscription } from '../store/subscription-store.js';
import type { Digest } from './digest-poster.js';
import type { DigestSource } from './digest-source.js';

export function digestKey(subscriptionId: number, period: DigestPeriod): string {
  // Short enough for a Discord nonce (25 characters).
  return `iisg:${subscriptionId}:${period.from}`;
}

export function composeDigest(subscription: Subscription, period: DigestPeriod, source: DigestSource, announced: ReadonlySet<string>, now: Date): Digest & { empty: boolean } {
  const matches = subscription.filter ? source.matcher(subscription.filter, now) : undefined;
  const selection = selectDigest({ period, events: source.events(), announced, matches });
  return {
    key: digestKey(subscription.id, period),
    subscriptionId: subscription.id,
    cadence: subscription.cadence,
    period,
    filter: subscription.filter,
    events: selection.events,
    alsoAdded: selection.alsoAdded,
    view: formatDigest(selection, { filter: subscription.filter }),
    empty: isEmptyDigest(selection),
  };
}

export function digestEventIds(digest: Pick<Digest, 'events' | 'alsoAdded'>): string[] {
  return [...digest.events, ...digest.alsoAdded].map((event) => event.id);
}
