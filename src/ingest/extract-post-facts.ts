// The one understanding of a post's language that ingest and sync share: where the event was, who took
// part, who organised, led or chaired it and what it was about, from the title and the text, plus what a site states
// outright (its venue, organisers, categories and tags). Dates are not here: ingest reads them from the
// prose, sync takes them from the site's fields.
import type { IngestLexicon } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import type { VenueHint } from './venue-place.js';
import { extractPlace } from './extract-place.js';
import { extractPeople } from './extract-people.js';
import { extractOrganisers, namedOrganisers } from './extract-organisers.js';
import { extractTopics, topicsOfTerms } from './extract-topics.js';
import { extractRoles } from './extract-roles.js';
import type { EventRole } from '../dataset/event-schema.js';
import { placeOfVenues } from './venue-place.js';
import { foldWords } from '../text/fold.js';

export interface PostHints {
  /** The site's venues, first the main one; a venue's city and country win over the text. */
  venues?: readonly VenueHint[];
  /** Organisers the site lists (as written there); the text's organisers follow them. */
  organisers?: readonly string[];
  /** The site's categories and tags; the topics they name come before the text's. */
  categories?: readonly string[];
  tags?: readonly string[];
}

export interface PostFacts {
  city: string | null;
  country: string | null;
  /** Canonical names, in the order the post first names them. */
  people: string[];
  /** The people the vocabulary does not know yet. */
  newPeople: string[];
  organisers: string[];
  /** Who organised, hosted, chaired, led, moderated, presented, opened or spoke, as the post states. */
  roles: EventRole[];
  topics: string[];
  problems: IngestProblem[];
}

export function extractPostFacts(
  title: string,
  body: string,
  lexicon: IngestLexicon,
  hints: PostHints = {},
): PostFacts {
  const place = placeOfVenues(hints.venues ?? [], title, body, lexicon) ?? extractPlace(title, body, lexicon);
  const people = extractPeople(title, body, lexicon);
  return {
    city: place.city,
    country: place.country,
    people: people.people,
    newPeople: people.newPeople,
    organisers: unique([
      ...namedOrganisers(hints.organisers ?? [], lexicon),
      ...extractOrganisers(title, body, lexicon),
    ]),
    roles: extractRoles(title, body, lexicon),
    topics: unique([...topicsOfTerms(hints, lexicon), ...extractTopics(title, body)]),
    problems: [...place.problems, ...people.problems],
  };
}

/** First spelling wins; "UNODC" and "unodc" are one name. */
function unique(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(foldWords(name))) byKey.set(foldWords(name), name);
  return [...byKey.values()];
}
