// Where a site says an event was: its venue's city and country, in the vocabulary's spelling ("Priština"
// -> Pristina, "Macedonia" -> North Macedonia). A field the venue lacks is taken from the text only when it
// agrees with what the venue does say; a venue that says nothing leaves the place to the text.
import type { IngestLexicon, PlaceRef } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import type { PlaceExtraction } from './extract-place.js';
import { extractPlace } from './extract-place.js';
import { problems } from './ingest-problems.js';
import { indexWords } from './word-index.js';

/** A venue as a site gives it; any field may be missing. */
export interface VenueHint {
  name?: string;
  address?: string;
  city?: string;
  country?: string;
}

type CityRef = Extract<PlaceRef, { kind: 'city' }>;

const ONLINE_VENUE = /\b(?:online|virtual|zoom|webex|ms teams|microsoft teams|video[- ]?conference|webinar)\b/i;

/** The first venue that says where; null when none does (no venue, or venues with neither city nor country). */
export function placeOfVenues(
  venues: readonly VenueHint[],
  title: string,
  body: string,
  lexicon: IngestLexicon,
): PlaceExtraction | null {
  for (const venue of venues) {
    const place = placeOfVenue(venue, title, body, lexicon);
    if (place) return place;
  }
  const online = venues.find((venue) => !venue.city && !venue.country && ONLINE_VENUE.test(venue.name ?? ''));
  return online ? { city: null, country: null, problems: [problems.onlineEvent()] } : null;
}

function placeOfVenue(venue: VenueHint, title: string, body: string, lexicon: IngestLexicon): PlaceExtraction | null {
  const found: IngestProblem[] = [];
  const countryText = venue.country?.trim() || null;
  const country = countryText ? knownCountry(countryText, lexicon) : null;
  if (countryText && !country) found.push(problems.placeNotInVocabulary(countryText));
  const countryName = country ?? countryText;

  const cityText = venue.city?.trim() || null;
  if (cityText) {
    const city = knownCity(cityText, countryName, lexicon);
    if (city) {
      if (countryName && countryName !== city.country) {
        found.push(problems.placeConflict(city.name, city.country, countryName));
      }
      return { city: city.name, country: city.country, problems: found };
    }
    found.push(problems.placeNotInVocabulary(cityText));
    return { city: cityText, country: countryName ?? extractPlace(title, body, lexicon).country, problems: found };
  }
  if (countryName) {
    // The venue names only the country: the text may still name the city, if it lies in that country.
    const text = extractPlace(title, body, lexicon);
    return {
      city: text.city && text.country === countryName ? text.city : null,
      country: countryName,
      problems: found,
    };
  }
  // Neither field: a venue's name or address may still name a known city ("Hotel Splendid, Budva").
  const city = knownCityIn(`${venue.name ?? ''}, ${venue.address ?? ''}`, lexicon, null, false);
  return city ? { city: city.name, country: city.country, problems: found } : null;
}

function knownCountry(text: string, lexicon: IngestLexicon): string | null {
  const exact = lexicon.places.lookup(text).find((place) => place.kind === 'country');
  if (exact) return exact.name;
  for (const match of lexicon.places.findAll(indexWords(text).words)) {
    const country = match.values.find((place) => place.kind === 'country');
    if (country) return country.name;
  }
  return null;
}

/** "Priština", "Skopje 1000", "Bar" (in Montenegro, when the venue says so). */
function knownCity(text: string, country: string | null, lexicon: IngestLexicon): CityRef | null {
  const pick = (values: readonly PlaceRef[]) => {
    const cities = values.filter((place): place is CityRef => place.kind === 'city');
    return cities.find((city) => country === null || city.country === country) ?? cities[0] ?? null;
  };
  return pick(lexicon.places.lookup(text)) ?? knownCityIn(text, lexicon, country, true);
}

/** In a venue's name or address, a city that is also a common word ("Bar") is not taken. */
function knownCityIn(
  text: string,
  lexicon: IngestLexicon,
  country: string | null,
  allowAmbiguous: boolean,
): CityRef | null {
  for (const match of lexicon.places.findAll(indexWords(text).words)) {
    const cities = match.values.filter(
      (place): place is CityRef => place.kind === 'city' && (allowAmbiguous || !place.ambiguous),
    );
    const city = cities.find((one) => country === null || one.country === country) ?? cities[0];
    if (city) return city;
  }
  return null;
}
