// A thing the engine recognises by name in a question: a person, a place, an organisation or a kind of event.
export type EntityType = 'person' | 'place' | 'organisation' | 'kind';

export interface Entity {
  type: EntityType;
  /** Canonical name, as shown in answers and stored in events. */
  name: string;
  /** For places: the countries it stands for (a country itself, a region's members); empty for cities. */
  countries: readonly string[];
  /** For places: is it a city (matched against event.city)? */
  isCity: boolean;
  /** Matched only after "in", "at", "to", "from", "near" ("Nice", "Split"). */
  ambiguous: boolean;
  /** For an organisation named after a place ("EU", the European Union): that place, meant after "in" or "outside". */
  placeTwin?: Entity;
}

export interface EntityAlias {
  phrase: string;
  entity: Entity;
}
