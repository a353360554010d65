// Subscriptions in words, for replies and `list`: schedule, next post, last post, pause reason.
import type { DigestPeriod } from '../../src/index.js';
import { formatPeriod } from '../../src/index.js';
import { createDigestSchedule } from '../scheduler/digest-schedule.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Subscription } from '../store/subscription-store.js';
import { weekdayName } from './schedule-terms.js';

/** "weekly digest, Mondays at 09:00 (Europe/Tirane)" */
export function describeSchedule(subscription: Pick<Subscription, 'cadence' | 'day' | 'time' | 'timeZone'>): string {
  const when = subscription.cadence === 'weekly' ? `${weekdayName(subscription.day)}s` : `on day ${subscription.day} of each month`;
  return `${subscription.cadence} digest, ${when} at ${subscription.time} (${subscription.timeZone})`;
}

/** "Monday 8 January 2024, 09:00" in the zone. */
export function formatLocalInstant(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(instant)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** The next run that will post something, with the period it covers (runs before the first period post nothing). */
export function nextDelivery(subscription: Subscription, now: Date): { at: Date; period: DigestPeriod } | null {
  const schedule = createDigestSchedule(subscription);
  let from = now;
  for (let i = 0; i < 3; i++) {
    const at = schedule.nextRun(from);
    if (!at) return null;
    const period = schedule.periodOf(at);
    if (period.from >= subscription.firstPeriodFrom) return { at, period };
    from = at;
  }
  return null;
}

export function describeNext(subscription: Subscription, now: Date): string {
  const next = nextDelivery(subscription, now);
  return next ? `next: ${formatLocalInstant(next.at, subscription.timeZone)}, covering ${formatPeriod(next.period)}` : 'no next run';
}

export function channelLabel(subscription: Pick<Subscription, 'channelId' | 'channelName'>): string {
  return subscription.channelName ? `#${subscription.channelName}` : `channel ${subscription.channelId}`;
}

/** One `list` entry: a headline and indented details. */
export function describeSubscription(subscription: Subscription, deliveries: readonly Delivery[], now: Date): string[] {
  const flags = [subscription.filter ? `filter: ${subscription.filter}` : null, subscription.quiet ? 'quiet (posts empty periods too)' : null].filter(Boolean);
  const lines = [`#${subscription.id} · ${channelLabel(subscription)} · ${describeSchedule(subscription)}${flags.length ? ` · ${flags.join(' · ')}` : ''}`];
  const last = [...deliveries].reverse().find((delivery) => delivery.state === 'sent' || delivery.state === 'empty');
  if (last) {
    const period = formatPeriod({ cadence: subscription.cadence, from: last.periodFrom, to: last.periodTo });
    lines.push(`   last: ${period} ${last.state === 'sent' ? 'posted' : 'had nothing to post'}`);
  }
  if (subscription.pausedBy) {
    const why = subscription.pausedReason ?? 'no reason given';
    lines.push(`   ⏸ paused by hand (${why}); \`resume ${subscription.id}\` starts it again.`);
  } else if (subscription.pausedReason) {
    const since = subscription.pausedAt ? ` since ${formatLocalInstant(subscription.pausedAt, subscription.timeZone)}` : '';
    lines.push(`   ⚠ paused${since}: ${subscription.pausedReason}. Fix it (e.g. invite the bot to the channel), then \`resume ${subscription.id}\`; it is also retried at each scheduled time.`);
  } else {
    const owed = deliveries.find((delivery) => delivery.state === 'pending' && delivery.lastError);
    if (owed) lines.push(`   retrying: ${owed.lastError}`);
    lines.push(`   ${describeNext(subscription, now)}`);
  }
  return lines;
}
