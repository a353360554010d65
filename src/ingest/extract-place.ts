// Finds where a post's event took place: cities and countries of the vocabulary in the title and the
// paragraph, weighed by where they stand ("held in Rome" counts, "Minister of Moldova" does not).
// No place, or an online event, gives none rather than a guess; a place the vocabulary lacks is reported.
import type { IngestLexicon, PlaceRef } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import { problems } from './ingest-problems.js';
import { indexWords } from './word-index.js';
import { findUnknownPlaces } from './find-unknown-places.js';

export interface PlaceExtraction {
  city: string | null;
  country: string | null;
  problems: IngestProblem[];
}

interface Mention {
  place: PlaceRef;
  score: number;
  order: number;
}

/** Words that put the next name where the event was: "held in", "at", "visit to". */
const LOCATION_WORDS = new Set(['in', 'at', 'to', 'near']);
/** Words after which a place only describes someone or something: "Minister of Moldova", "experts from Serbia". */
const DESCRIBING_WORDS = new Set(['of', 'from', 'for', 'between', 'with', 'and']);
/** Enough to be taken as the place (a location word before it, or a title that names it). */
const STRONG = 2;

/** "held online", "an online meeting", "by video link", "webinar"; not "online child sexual abuse". */
const ONLINE = new RegExp(
  [
    String.raw`\b(?:held|took place|taking place|organi[sz]ed|conducted|met|meet|participated|joined)\s+(?:\w+\s+){0,2}?(?:online|virtually|remotely)\b`,
    String.raw`\b(?:online|virtual)\s+(?:meeting|event|conference|session|workshop|seminar|format|platform|consultations?|training|course|exchange|discussion|roundtable)s?\b`,
    String.raw`\bvideo[- ]?(?:conference|link|call)`,
    String.raw`\bwebinars?\b`,
    String.raw`\bvia\s+(?:zoom|teams|webex|video)\b`,
    String.raw`\bin\s+(?:an?\s+)?(?:online|virtual)\s+format\b`,
  ].join('|'),
  'i',
);

export function extractPlace(title: string, body: string, lexicon: IngestLexicon): PlaceExtraction {
  const mentions = [...mentionsIn(title, 'title', lexicon, 0), ...mentionsIn(body, 'body', lexicon, 100_000)];
  const found: IngestProblem[] = [];
  const best = (kind: PlaceRef['kind'], least: number) =>
    mentions.filter((mention) => mention.place.kind === kind && mention.score >= least).sort((a, b) => b.score - a.score || a.order - b.order)[0];

  const isOnline = ONLINE.test(title) || ONLINE.test(body);
  const city = best('city', isOnline ? STRONG + 1 : 1);
  if (city && city.place.kind === 'city') {
    const cityCountry = city.place.country;
    const other = best('country', STRONG);
    if (other && other.place.name !== cityCountry && !mentions.some((m) => m.place.kind === 'country' && m.place.name === cityCountry)) {
      found.push(problems.placeConflict(city.place.name, cityCountry, other.place.name));
    }
    return { city: city.place.name, country: cityCountry, problems: found };
  }
  if (isOnline) {
    // "a webinar ... in Liechtenstein": an online event that still says where it was held.
    const hosted = best('country', STRONG + 1);
    return hosted ? { city: null, country: hosted.place.name, problems: found } : { city: null, country: null, problems: [problems.onlineEvent()] };
  }

  const unknown = [...findUnknownPlaces(title, lexicon, true), ...findUnknownPlaces(body, lexicon, false)];
  for (const name of new Set(unknown)) found.push(problems.placeNotInVocabulary(name));
  const country = best('country', STRONG);
  if (!country && unknown.length === 0) found.push(problems.noPlace());
  return { city: null, country: country?.place.name ?? null, problems: found };
}

function mentionsIn(text: string, source: 'title' | 'body', lexicon: IngestLexicon, base: number): Mention[] {
  const { words } = indexWords(text);
  const mentions: Mention[] = [];
  // "the Salzburg Forum", "EU Rule of Law Mission in Kosovo": a place inside an organisation's name is not where.
  const inOrganisation = new Set(lexicon.organisations.findAll(words).flatMap((match) => Array.from({ length: match.end - match.start }, (_, i) => match.start + i)));
  for (const match of lexicon.places.findAll(words, (index) => inOrganisation.has(index))) {
    // A name that is both ("Luxembourg") counts as the city, which brings its country.
    const place = match.values.find((value) => value.kind === 'city') ?? match.values.find((value) => value.kind === 'country') ?? match.values[0];
    if (!place || place.kind === 'region') continue;
    const before = words[match.start - 1] ?? '';
    // "in the Netherlands", "in Ljubljana, Slovenia", "in Budva Montenegro": the location word is two back.
    const twoBack = words[match.start - 2] ?? '';
    const located = LOCATION_WORDS.has(before) || (LOCATION_WORDS.has(twoBack) && !DESCRIBING_WORDS.has(before));
    if (place.kind === 'city' && place.ambiguous && !LOCATION_WORDS.has(before)) continue;
    let score = located ? STRONG + 1 : DESCRIBING_WORDS.has(before) ? 0 : 1;
    if (source === 'title' && score > 0) score += 1;
    mentions.push({ place, score, order: base + match.start });
  }
  return mentions;
}
