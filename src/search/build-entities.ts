// Turns the vocabulary files, plus every name the dataset itself uses, into entities with their aliases:
// a person or organiser that appears only in events.json is still understood in questions.
import type { Vocabulary } from '../dataset/vocabulary-schema.js';
import type { EventRecord } from '../dataset/event-schema.js';
import type { Entity, EntityAlias, EntityType } from './entity.js';
import { foldWords } from '../text/fold.js';

export interface EntityCatalogue {
  aliases: EntityAlias[];
  /** Canonical entity by type and folded name or alias. */
  find(type: EntityType, name: string): Entity | undefined;
  all(type: EntityType): Entity[];
}

export function buildEntities(vocabulary: Vocabulary, events: readonly EventRecord[]): EntityCatalogue {
  const aliases: EntityAlias[] = [];
  const byKey = new Map<string, Entity>();
  const byType = new Map<EntityType, Entity[]>();

  const add = (entity: Entity, phrases: readonly (string | undefined)[]) => {
    const key = `${entity.type}:${foldWords(entity.name)}`;
    const existing = byKey.get(key);
    const target = existing ?? entity;
    if (!existing) {
      byKey.set(key, entity);
      byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
    }
    for (const phrase of [entity.name, ...phrases]) {
      if (!phrase) continue;
      aliases.push({ phrase, entity: target });
      byKey.set(`${entity.type}:${foldWords(phrase)}`, byKey.get(`${entity.type}:${foldWords(phrase)}`) ?? target);
    }
  };
  const make = (type: EntityType, name: string, extra: Partial<Entity> = {}): Entity => ({
    type,
    name,
    countries: [],
    isCity: false,
    ambiguous: false,
    ...extra,
  });

  for (const person of vocabulary.people) add(make('person', person.name), [...person.aliases, ...person.titles, surnameOf(person.name)]);
  for (const country of vocabulary.places.countries) add(make('place', country.name, { countries: [country.name] }), country.aliases);
  for (const region of vocabulary.places.regions) add(make('place', region.name, { countries: region.countries }), region.aliases);
  for (const city of vocabulary.places.cities) add(make('place', city.name, { isCity: true, ambiguous: city.ambiguous }), city.aliases);
  for (const organisation of vocabulary.organisations) add(make('organisation', organisation.name), [organisation.fullName, ...organisation.aliases]);
  for (const kind of vocabulary.kinds) add(make('kind', kind.name), kind.aliases);

  // Events repeat the same few thousand names: fold each once (100k events would fold half a million times).
  const folded = new Map<string, string>();
  const foldName = (name: string) => {
    let result = folded.get(name);
    if (result === undefined) folded.set(name, (result = foldWords(name)));
    return result;
  };
  // Names only the dataset knows: understood all the same.
  const known = (type: EntityType, name: string) => byKey.has(`${type}:${foldName(name)}`);
  for (const event of events) {
    for (const person of event.people) if (!known('person', person)) add(make('person', person), [surnameOf(person)]);
    for (const organiser of event.organisers) if (!known('organisation', organiser)) add(make('organisation', organiser), []);
    if (event.country && !known('place', event.country)) add(make('place', event.country, { countries: [event.country] }), []);
    if (event.city && !known('place', event.city)) add(make('place', event.city, { isCity: true }), []);
  }

  return {
    aliases,
    find: (type, name) => byKey.get(`${type}:${foldName(name)}`),
    all: (type) => byType.get(type) ?? [],
  };
}

/** "Agron Sojati" is also asked about as "Sojati". */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? words[words.length - 1] : undefined;
}
