// Where the scheduler gets events and filter matches: the current engine, asked per delivery (the engine
// is swapped when the dataset file changes). A filter is a question ("Sojati", "Montenegro", "border
// security") and matches the events the question engine finds for it, so filters understand exactly what
// questions understand: aliases, places within regions, fuzzy names.
import type { Engine, EventRecord } from '../../src/index.js';

export interface DigestSource {
  events(): readonly EventRecord[];
  /** A predicate for the subscription's filter at `now`. */
  matcher(filter: string, now: Date): (event: EventRecord) => boolean;
}

export function createEngineDigestSource(engine: () => Engine): DigestSource {
  return {
    events: () => engine().events,
    matcher(filter, now) {
      const ids = new Set(engine().ask(filter, now).events.map((event) => event.id));
      return (event) => ids.has(event.id);
    },
  };
}
