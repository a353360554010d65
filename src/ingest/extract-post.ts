// One news post -> one event (or none, when it has no date) and what could not be extracted.
import type { EventRecord } from '../dataset/event-schema.js';
import type { IngestLexicon } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import type { NewsPost } from './split-posts.js';
import { deriveEventId } from '../dataset/event-id.js';
import { extractEventDates } from './extract-event-dates.js';
import { extractPlace } from './extract-place.js';
import { extractPeople } from './extract-people.js';
import { extractOrganisers } from './extract-organisers.js';
import { extractTopics } from './extract-topics.js';
import { extractRoles } from './extract-roles.js';

export interface ExtractedPost {
  post: NewsPost;
  /** Null when the post gives no date: such a post is not added. */
  event: EventRecord | null;
  /** What was found even without a date, for the report. */
  found: Omit<EventRecord, 'id' | 'title' | 'summary' | 'source' | 'start' | 'end'> & { start: string | null; end: string | null };
  /** The date phrase as written ("on the 14th and 15th of December 2021"). */
  dateText: string | null;
  newPeople: string[];
  problems: IngestProblem[];
}

export function extractPost(post: NewsPost, lexicon: IngestLexicon): ExtractedPost {
  const { title, body } = post;
  const dates = extractEventDates(title, body);
  const place = extractPlace(title, body, lexicon);
  const people = extractPeople(title, body, lexicon);
  const found = {
    start: dates.start,
    end: dates.end,
    city: place.city,
    country: place.country,
    people: people.people,
    organisers: extractOrganisers(title, body, lexicon),
    roles: extractRoles(title, body, lexicon),
    topics: extractTopics(title, body),
  };
  const event: EventRecord | null =
    dates.start && dates.end
      ? { id: deriveEventId(title, dates.start), title, ...found, start: dates.start, end: dates.end, summary: body, source: null }
      : null;
  return { post, event, found, dateText: dates.text, newPeople: people.newPeople, problems: [...post.problems, ...dates.problems, ...place.problems, ...people.problems] };
}
