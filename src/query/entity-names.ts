// The query's names of each kind of entity, canonical and each once: what `people`, `places`,
// `organisations` and `kinds` hold (and the same lists of an exclusion).
import type { Entity } from '../search/entity.js';

export interface EntityNames {
  people: string[];
  places: string[];
  organisations: string[];
  kinds: string[];
}

export function namesByType(entities: readonly Entity[]): EntityNames {
  const names = (type: Entity['type']) => [...new Set(entities.filter((entity) => entity.type === type).map((entity) => entity.name))];
  return { people: names('person'), places: names('place'), organisations: names('organisation'), kinds: names('kind') };
}
