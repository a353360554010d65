// A short fingerprint of a dataset: what a button made from one dataset checks to know it is stale after the
// file changed, while it stays valid across a restart on the same data. It covers what decides an answer's
// events and their order (ids, days, titles, places, people, organisers), not every word of the summaries.
import type { EventRecord } from './event-schema.js';

export function datasetFingerprint(events: readonly EventRecord[]): string {
  // Two FNV-1a hashes with different seeds: 64 bits, no crypto needed for a cache key.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ events.length;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
  };
  for (const event of events) {
    mix(event.id);
    mix(event.start);
    mix(event.end);
    mix(event.title);
    mix(event.city ?? '');
    mix(event.country ?? '');
    mix(event.people.join('|'));
    mix(event.organisers.join('|'));
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
