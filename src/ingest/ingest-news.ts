// ingestNews: the secretariat's news text + the current dataset + what ingest last wrote -> the merged
// dataset, the new record of what ingest wrote, and a per-post report. Pure: the caller reads and writes
// the files. New posts are added, known ones merged field by field, hand edits kept, nothing dropped.
import type { EventRecord } from '../dataset/event-schema.js';
import type { DatasetSources } from '../dataset/parse-dataset.js';
import type { IngestMemory } from './ingest-memory.js';
import type { IngestReport, PostReport } from './ingest-report.js';
import type { ExtractedPost } from './extract-post.js';
import { parseDataset } from '../dataset/parse-dataset.js';
import { compareEvents } from '../dataset/event-order.js';
import { foldWords } from '../text/fold.js';
import { createIngestLexicon } from './ingest-lexicon.js';
import { parseIngestMemory, rememberEvent } from './ingest-memory.js';
import { mergeEvent } from './merge-events.js';
import { extractPost } from './extract-post.js';
import { splitPosts } from './split-posts.js';
import { countReport } from './ingest-report.js';
import { problems } from './ingest-problems.js';

export interface IngestInput {
  /** The news text: title line, blank line, paragraph, repeated. */
  news: string;
  /** Parsed JSON of the dataset file ([] when it does not exist yet). */
  events: unknown;
  /** Parsed JSON of the vocabulary files: { people, places, organisations, kinds }. */
  vocabulary: unknown;
  /** Parsed JSON of the sidecar (undefined when there is none yet). */
  memory: unknown;
  /** File names for validation messages. */
  sources?: DatasetSources & { memory?: string };
}

export interface IngestResult {
  /** The whole merged dataset, sorted by start day, ready to write. */
  events: EventRecord[];
  memory: IngestMemory;
  report: IngestReport;
  /** False when writing would change neither file. */
  changed: boolean;
}

/** Throws DatasetError when the current dataset, the vocabulary or the sidecar is invalid: nothing is merged into a broken file. */
export function ingestNews(input: IngestInput): IngestResult {
  const sources = input.sources ?? {};
  const { events: existing, vocabulary } = parseDataset({ events: input.events, vocabulary: input.vocabulary }, sources);
  const memory = parseIngestMemory(input.memory, sources.memory);
  const lexicon = createIngestLexicon(vocabulary);

  const events = existing.slice();
  // Folded titles, kept in step with events: matching by title must not fold every title for every post.
  const titles = events.map((event) => foldWords(event.title));
  const remembered = { ...memory.posts };
  const firstLineOf = new Map<string, number>();
  const posts: PostReport[] = [];
  for (const post of splitPosts(input.news)) {
    const extracted = extractPost(post, lexicon);
    const report = reportOf(extracted);
    posts.push(report);
    const event = extracted.event;
    if (!event) continue;
    const earlier = firstLineOf.get(event.id);
    if (earlier !== undefined) {
      report.status = 'skipped';
      report.problems.push(problems.duplicatePost(earlier));
      continue;
    }
    firstLineOf.set(event.id, post.line);

    const title = foldWords(event.title);
    const position = findSameEvent(events, titles, event, title);
    const last = memory.posts[event.id];
    if (position < 0 && last) {
      report.status = 'skipped';
      report.problems.push(problems.deletedByHand(event.id));
      continue;
    }
    const synced = position >= 0 ? events[position]!.siteId : undefined;
    if (synced !== undefined) {
      // The site's full post is the better source; the pasted news text must not undo what sync wrote.
      report.id = events[position]!.id;
      report.status = 'unchanged';
      report.problems.push(problems.syncedFromSite(synced));
      continue;
    }
    if (position < 0) {
      const namesake = events[titles.indexOf(title)];
      if (namesake) report.problems.push(problems.sameTitleDifferentDates(namesake.id));
      events.push(event);
      titles.push(title);
      report.status = 'added';
    } else {
      const merged = mergeEvent(events[position]!, event, last);
      events[position] = merged.event;
      titles[position] = foldWords(merged.event.title);
      report.id = merged.event.id;
      report.status = merged.updated.length > 0 ? 'updated' : 'unchanged';
      report.updatedFields = merged.updated;
      report.keptHandEdits = merged.keptHandEdits;
    }
    remembered[event.id] = rememberEvent(event);
  }

  events.sort(compareEvents);
  // The result must load exactly as the engine will load it.
  parseDataset({ events, vocabulary: input.vocabulary }, sources);
  const nextMemory: IngestMemory = { ...memory, posts: Object.fromEntries(Object.entries(remembered).sort(([a], [b]) => a.localeCompare(b))) };
  const changed = JSON.stringify(events) !== JSON.stringify(existing) || JSON.stringify(nextMemory.posts) !== JSON.stringify(memory.posts) || input.memory === undefined;
  return { events, memory: nextMemory, report: countReport(posts), changed };
}

/** By id; failing that, the same title on overlapping days (an event whose id was changed by hand). */
function findSameEvent(events: readonly EventRecord[], titles: readonly string[], event: EventRecord, title: string): number {
  const byId = events.findIndex((other) => other.id === event.id);
  if (byId >= 0) return byId;
  return events.findIndex((other, position) => titles[position] === title && other.start <= event.end && event.start <= other.end);
}

function reportOf({ post, event, found, dateText, newPeople, problems: found_problems }: ExtractedPost): PostReport {
  return {
    line: post.line,
    title: post.title,
    status: 'skipped',
    id: event?.id ?? null,
    extracted: { ...found, dateText, newPeople },
    updatedFields: [],
    keptHandEdits: [],
    problems: [...found_problems],
  };
}
