// Which events a digest covers: the events of the period that just ended, plus earlier events the channel
// has never been shown ("also added"). Announcement history is an input, so the same function serves a
// stateless preview (no history: no "also added") and a subscription (history from the store).
import type { EventRecord } from '../dataset/event-schema.js';
import type { DigestPeriod } from './digest-period.js';
import { overlapsPeriod } from './digest-period.js';

export interface SelectDigestInput {
  period: DigestPeriod;
  /** The whole dataset (any order). */
  events: readonly EventRecord[];
  /**
   * Ids already shown to the channel, including the baseline taken when it subscribed. Absent for a
   * preview: then nothing counts as "also added".
   */
  announced?: ReadonlySet<string>;
  /** The subscription's filter (a person, a place, a topic); absent means every event. */
  matches?: (event: EventRecord) => boolean;
}

export interface DigestSelection {
  period: DigestPeriod;
  /** Events touching the period and not yet shown to the channel, by start day then title. */
  events: EventRecord[];
  /** Events that ended before the period and were never shown to the channel, by start day. */
  alsoAdded: EventRecord[];
}

export function selectDigest(input: SelectDigestInput): DigestSelection {
  const { period, announced, matches } = input;
  const events: EventRecord[] = [];
  const alsoAdded: EventRecord[] = [];
  for (const event of input.events) {
    if (announced?.has(event.id)) continue;
    if (matches && !matches(event)) continue;
    if (overlapsPeriod(event, period)) events.push(event);
    else if (announced && event.end < period.from) alsoAdded.push(event);
  }
  return { period, events: events.sort(byStart), alsoAdded: alsoAdded.sort(byStart) };
}

/** True when a digest would have nothing to say. */
export function isEmptyDigest(selection: DigestSelection): boolean {
  return selection.events.length === 0 && selection.alsoAdded.length === 0;
}

/**
 * The events a new subscription must never be told about: everything that ended before its first period.
 * Recorded as already announced, so subscribing never floods a channel with history, while an old-dated
 * event added to the dataset later still reaches it once as "also added".
 */
export function baselineEventIds(events: readonly EventRecord[], firstPeriod: DigestPeriod): string[] {
  return events.filter((event) => event.end < firstPeriod.from).map((event) => event.id);
}

function byStart(a: EventRecord, b: EventRecord): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.title.localeCompare(b.title);
}
