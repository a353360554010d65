// Every phrase a question may use to name something (names, aliases, titles, surnames of people; places;
// organisations; kinds), folded, with the entities it stands for. The bench's own list, built from the
// vocabulary: it keeps generated names, typos and question targets unambiguous by construction.
import type { Person, Vocabulary } from '../src/index.js';
import { foldPhrase, typoDistance } from './fold.js';

export type EntityKey = `${'person' | 'place' | 'organisation' | 'kind'}:${string}`;

export interface AliasRegistry {
  /** Entities this exact phrase names (empty set when none). */
  owners(phrase: string): ReadonlySet<EntityKey>;
  /** Does the phrase name this entity and nothing else? */
  namesOnly(phrase: string, key: EntityKey): boolean;
  /** Entities other than `key` (null: any entity) with an alias within `distance` typos of `phrase`. */
  othersNear(phrase: string, key: EntityKey | null, distance: number): EntityKey[];
  /** All folded phrases of one type (for scanning texts). */
  phrasesOf(type: 'organisation' | 'kind'): Map<string, EntityKey>;
}

/** A city's key differs from a country's of the same name (Luxembourg, Singapore), so neither names only itself. */
export const cityKey = (name: string): EntityKey => `place:${name} (city)`;

export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? words[words.length - 1] : undefined;
}

export function personPhrases(person: Person): string[] {
  return [person.name, ...person.aliases, ...person.titles, surnameOf(person.name)].filter((phrase): phrase is string => phrase !== undefined);
}

export function createAliasRegistry(vocabulary: Vocabulary): AliasRegistry {
  const owners = new Map<string, Set<EntityKey>>();
  const add = (key: EntityKey, phrases: readonly (string | undefined)[]) => {
    for (const phrase of phrases) {
      if (!phrase) continue;
      const folded = foldPhrase(phrase);
      if (!folded) continue;
      const set = owners.get(folded) ?? new Set<EntityKey>();
      set.add(key);
      owners.set(folded, set);
    }
  };
  for (const person of vocabulary.people) add(`person:${person.name}`, personPhrases(person));
  for (const country of vocabulary.places.countries) add(`place:${country.name}`, [country.name, ...country.aliases]);
  for (const region of vocabulary.places.regions) add(`place:${region.name}`, [region.name, ...region.aliases]);
  for (const city of vocabulary.places.cities) add(cityKey(city.name), [city.name, ...city.aliases]);
  for (const organisation of vocabulary.organisations) add(`organisation:${organisation.name}`, [organisation.name, organisation.fullName, ...organisation.aliases]);
  for (const kind of vocabulary.kinds) add(`kind:${kind.name}`, [kind.name, ...kind.aliases]);

  const empty: ReadonlySet<EntityKey> = new Set();
  return {
    owners: (phrase) => owners.get(foldPhrase(phrase)) ?? empty,
    namesOnly(phrase, key) {
      const set = owners.get(foldPhrase(phrase));
      return set !== undefined && set.size === 1 && set.has(key);
    },
    othersNear(phrase, key, distance) {
      const folded = foldPhrase(phrase);
      const found = new Set<EntityKey>();
      for (const [candidate, keys] of owners) {
        if (Math.abs(candidate.length - folded.length) > distance) continue;
        if ([...keys].every((owner) => owner === key)) continue;
        if (typoDistance(folded, candidate) <= distance) for (const owner of keys) if (owner !== key) found.add(owner);
      }
      return [...found];
    },
    phrasesOf(type) {
      const result = new Map<string, EntityKey>();
      for (const [phrase, keys] of owners) for (const key of keys) if (key.startsWith(`${type}:`)) result.set(phrase, key);
      return result;
    },
  };
}
