// What ingest knows by name, built once per run from the vocabulary: phrase matchers for people, places
// and organisations (every alias folded), the kinds of event, and a check for "is this a known name".
import type { Vocabulary } from '../dataset/vocabulary-schema.js';
import type { PhraseMatcher } from '../search/phrase-matcher.js';
import { createPhraseMatcher } from '../search/phrase-matcher.js';
import { foldWords } from '../text/fold.js';

export type PlaceRef =
  | { kind: 'city'; name: string; country: string; ambiguous: boolean }
  | { kind: 'country'; name: string }
  | { kind: 'region'; name: string };

export interface IngestLexicon {
  /** Canonical person names by name, alias or title. */
  people: PhraseMatcher<string>;
  places: PhraseMatcher<PlaceRef>;
  /** Canonical organisation names (usually the acronym) by name, full name or alias. */
  organisations: PhraseMatcher<string>;
  /** Folded words naming a kind of event ("workshop", "conference", "event"). */
  kindWords: ReadonlySet<string>;
  /** Is the folded phrase a known place or organisation (so not a person's name)? */
  isPlaceOrOrganisation(phrase: string): boolean;
}

/** Words news posts use for an event that the vocabulary's kinds may not list. */
const EVENT_WORDS = ['event', 'events', 'meeting', 'meetings', 'conference', 'workshop', 'seminar', 'forum', 'summit', 'session', 'roundtable', 'round-table', 'dialogue', 'course', 'training', 'exercise', 'symposium', 'consultations'];

export function createIngestLexicon(vocabulary: Vocabulary): IngestLexicon {
  const people = createPhraseMatcher(vocabulary.people.flatMap((person) => [person.name, ...person.aliases, ...person.titles].map((phrase) => ({ phrase, value: person.name }))));

  const { countries, cities, regions } = vocabulary.places;
  const countryByKey = new Map<string, string>();
  for (const country of countries) for (const key of [country.name, country.code, ...country.aliases]) countryByKey.set(foldWords(key), country.name);
  const placeEntries: { phrase: string; value: PlaceRef }[] = [];
  // Codes are left out on purpose: "IT", "AL" and "ME" are also words.
  for (const country of countries) for (const phrase of [country.name, ...country.aliases]) placeEntries.push({ phrase, value: { kind: 'country', name: country.name } });
  for (const city of cities) {
    const value: PlaceRef = { kind: 'city', name: city.name, country: countryByKey.get(foldWords(city.country)) ?? city.country, ambiguous: city.ambiguous };
    for (const phrase of [city.name, ...city.aliases]) placeEntries.push({ phrase, value });
  }
  for (const region of regions) for (const phrase of [region.name, ...region.aliases]) placeEntries.push({ phrase, value: { kind: 'region', name: region.name } });
  const places = createPhraseMatcher(placeEntries);

  const organisations = createPhraseMatcher(
    vocabulary.organisations.flatMap((organisation) => [organisation.name, organisation.fullName, ...organisation.aliases].filter((phrase): phrase is string => Boolean(phrase)).map((phrase) => ({ phrase, value: organisation.name }))),
  );

  const kindWords = new Set<string>(EVENT_WORDS);
  for (const kind of vocabulary.kinds) for (const phrase of [kind.name, ...kind.aliases]) if (!foldWords(phrase).includes(' ')) kindWords.add(foldWords(phrase));

  return {
    people,
    places,
    organisations,
    kindWords,
    isPlaceOrOrganisation: (phrase) => places.lookup(phrase).length > 0 || organisations.lookup(phrase).length > 0,
  };
}
