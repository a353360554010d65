// Each event's kinds ("workshop", "conference"), read from the kinds' postings: kinds are found in the posts'
// words, not stored, so grouping by kind needs them per event. Built once, when a question first asks.
import type { Entity } from './entity.js';
import type { EventIndex } from './event-index.js';

export function kindsReader(kinds: readonly Entity[], index: EventIndex): (position: number) => readonly string[] {
  let byPosition: Map<number, string[]> | null = null;
  return (position) => {
    if (!byPosition) {
      byPosition = new Map();
      for (const kind of kinds) {
        for (const at of index.positionsOf(kind)) {
          const list = byPosition.get(at);
          if (list) list.push(kind.name);
          else byPosition.set(at, [kind.name]);
        }
      }
    }
    return byPosition.get(position) ?? [];
  };
}
