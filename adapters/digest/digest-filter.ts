// A subscription's filter is a question without dates ("Sojati", "Montenegro", "border security"): it
// matches what the question engine finds for it, so filters understand exactly what questions do. Checked
// when subscribing, so a typo is caught then rather than silently emptying every digest.
import type { Engine, EventRecord } from '../../src/index.js';
import type { Parsed } from './schedule-terms.js';

export interface CheckedFilter {
  text: string;
  /** What the engine understood, e.g. "events · Agron Sojati". */
  understood: string;
  /** Events matching today, over all time. */
  matches: number;
  notes: string[];
}

export function checkFilter(engine: Engine, text: string, now: Date): Parsed<CheckedFilter> {
  const filter = text.trim().replace(/\s+/g, ' ');
  const answer = engine.ask(filter, now);
  const { interpretation: seen } = answer;
  if (seen.from !== null || seen.to !== null) {
    return { ok: false, message: `a filter names a person, a place, an organisation or a topic; the digest's dates come from its schedule. Drop the dates from "${filter}", e.g. \`filter Montenegro\`` };
  }
  if (seen.limit !== null || seen.intent === 'latest' || seen.intent === 'first' || seen.intent === 'help') {
    return { ok: false, message: `a filter names a person, a place, an organisation or a topic, got "${filter}"; e.g. \`filter Sojati\` or \`filter border security\`` };
  }
  const structured = seen.people.length + seen.places.length + seen.organisations.length + seen.kinds.length > 0;
  if (!structured && (seen.text === null || answer.count === 0)) {
    const why = answer.notes.length ? ` (${answer.notes.join(' ')})` : '';
    return { ok: false, message: `the filter "${filter}" matches nothing the bot knows${why}; name a person, a country, an organisation, a kind of event or words from the posts, e.g. \`filter Montenegro\`` };
  }
  return { ok: true, value: { text: filter, understood: answer.understood, matches: answer.count, notes: answer.notes } };
}

/** The predicate a digest applies for `filter` at `now`. */
export function filterMatcher(engine: Engine, filter: string, now: Date): (event: EventRecord) => boolean {
  const ids = new Set(engine.ask(filter, now).events.map((event) => event.id));
  return (event) => ids.has(event.id);
}
