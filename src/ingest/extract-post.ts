// One news post -> one event (or none, when it has no date) and what could not be extracted.
import type { EventRecord } from '../dataset/event-schema.js';
import type { IngestLexicon } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import type { NewsPost } from './split-posts.js';
import { deriveEventId } from '../dataset/event-id.js';
import { extractEventDates } from './extract-event-dates.js';
import { extractPostFacts } from './extract-post-facts.js';

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
  const { newPeople, problems: factProblems, ...facts } = extractPostFacts(title, body, lexicon);
  const found = { start: dates.start, end: dates.end, ...facts };
  const event: EventRecord | null =
    dates.start && dates.end
      ? { id: deriveEventId(title, dates.start), title, ...found, start: dates.start, end: dates.end, summary: body, source: null }
      : null;
  const problems = [...post.problems, ...dates.problems, ...factProblems];
  return { post, event, found, dateText: dates.text, newPeople, problems };
}
