// Turns the vocabulary files, plus every name the dataset itself uses, into entities with their aliases:
// a person, organiser or role holder that appears only in events.json is still understood in questions.
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
      const ofType = byType.get(entity.type);
      if (ofType) ofType.push(entity);
      else byType.set(entity.type, [entity]);
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
  for (const organisation of vocabulary.organisations) {
    const twin = organisation.fullName ? byKey.get(`place:${foldWords(organisation.fullName)}`) : undefined;
    const entity = byKey.get(`organisation:${foldWords(organisation.name)}`);
    if (twin && entity) entity.placeTwin = twin;
  }

  // Events repeat the same few thousand names: fold each once (100k events would fold half a million times).
  const folded = new Map<string, string>();
  const foldName = (name: string) => {
    let result = folded.get(name);
    if (result === undefined) folded.set(name, (result = foldWords(name)));
    return result;
  };
  // Names only the dataset knows: understood all the same.
  const known = (type: EntityType, name: string) => byKey.has(`${type}:${foldName(name)}`);
  // Each name as written is looked at once: 100k events repeat a few thousand names.
  const checked = { person: new Set<string>(), place: new Set<string>(), organisation: new Set<string>(), kind: new Set<string>() };
  const isNew = (type: EntityType, name: string) => {
    if (checked[type].has(name)) return false;
    checked[type].add(name);
    return !known(type, name);
  };
  for (const event of events) {
    for (const person of event.people) if (isNew('person', person)) add(make('person', person), [surnameOf(person)]);
    for (const organiser of event.organisers) if (isNew('organisation', organiser)) add(make('organisation', organiser), []);
    for (const { holder, holderType } of event.roles) if (isNew(holderType, holder)) add(make(holderType, holder), holderType === 'person' ? [surnameOf(holder)] : []);
    if (event.country && isNew('place', event.country)) add(make('place', event.country, { countries: [event.country] }), []);
    if (event.city && isNew('place', event.city)) add(make('place', event.city, { isCity: true }), []);
  }

  // Events name the same entities over and over: remember each name as written, per type.
  const found = new Map<EntityType, Map<string, Entity | undefined>>();
  const find = (type: EntityType, name: string): Entity | undefined => {
    let names = found.get(type);
    if (!names) found.set(type, (names = new Map()));
    if (names.has(name)) return names.get(name);
    const entity = byKey.get(`${type}:${foldName(name)}`);
    names.set(name, entity);
    return entity;
  };

  return {
    aliases,
    find,
    all: (type) => byType.get(type) ?? [],
  };
}

/** "Agron Sojati" is also asked about as "Sojati". */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? words[words.length - 1] : undefined;
}
