// syncSiteEvents: the site's events (as the API sent them) + the current dataset + the sidecar -> the merged
// dataset, the new sidecar and a per-event report, exactly as ingest merges news posts: new events added,
// known ones merged field by field, hand edits kept, nothing dropped. Pure: the caller fetches and writes.
// A site event is the same record as long as its site id is: a renamed or re-dated post is updated in place.
import type { EventRecord } from '../dataset/event-schema.js';
import type { DatasetSources } from '../dataset/parse-dataset.js';
import type { IngestMemory, RememberedEvent } from '../ingest/ingest-memory.js';
import type { IngestLexicon } from '../ingest/ingest-lexicon.js';
import type { IngestReport, PostReport } from '../ingest/ingest-report.js';
import type { SitePost } from './site-event.js';
import type { HtmlText } from './html-text.js';
import { EventSchema } from '../dataset/event-schema.js';
import { parseDataset } from '../dataset/parse-dataset.js';
import { compareEvents } from '../dataset/event-order.js';
import { deriveEventId } from '../dataset/event-id.js';
import { foldWords } from '../text/fold.js';
import { createIngestLexicon } from '../ingest/ingest-lexicon.js';
import { parseIngestMemory, rememberEvent } from '../ingest/ingest-memory.js';
import { mergeEvent } from '../ingest/merge-events.js';
import { countReport } from '../ingest/ingest-report.js';
import { problems } from '../ingest/ingest-problems.js';
import { extractPostFacts } from '../ingest/extract-post-facts.js';
import { readSiteEvent } from './site-event.js';

export interface SyncInput {
  /** The events as the API listed them (each one JSON object), in the site's order. */
  siteEvents: readonly unknown[];
  /** Parsed JSON of the dataset file ([] when it does not exist yet). */
  events: unknown;
  vocabulary: unknown;
  /** Parsed JSON of the sidecar shared with ingest (undefined when there is none yet). */
  memory: unknown;
  sources?: DatasetSources & { memory?: string };
  /** HTML to plain text (adapters/site/html-text.ts). */
  html: HtmlText;
}

export interface SyncResult {
  events: EventRecord[];
  memory: IngestMemory;
  report: IngestReport;
  /** False when writing would change neither file. */
  changed: boolean;
}

/** Throws DatasetError when the current dataset, the vocabulary or the sidecar is invalid: nothing is merged into a broken file. */
export function syncSiteEvents(input: SyncInput): SyncResult {
  const sources = input.sources ?? {};
  const { events: existing, vocabulary } = parseDataset(
    { events: input.events, vocabulary: input.vocabulary },
    sources,
  );
  const memory = parseIngestMemory(input.memory, sources.memory);
  const lexicon = createIngestLexicon(vocabulary);
  const events = existing.slice();
  const titles = events.map((event) => foldWords(event.title));
  // Every re-sync looks each site event up by its site id: maps, not a scan of the dataset per event.
  const positions = indexPositions(events);
  const remembered: Record<string, RememberedEvent> = { ...memory.posts };
  const rememberedIdOfSite = new Map<number, string>();
  for (const [id, record] of Object.entries(memory.posts)) {
    if (record.siteId !== undefined) rememberedIdOfSite.set(record.siteId, id);
  }

  const seen = new Set<number>();
  const reports: PostReport[] = [];
  for (const raw of input.siteEvents) {
    const read = readSiteEvent(raw, input.html);
    if (!read.ok) {
      reports.push(emptyReport(read.siteId, urlOf(raw), read.title, [problems.siteEventInvalid(read.reason)]));
      continue;
    }
    const { post } = read;
    const { event: extracted, report } = recordOf(post, lexicon);
    reports.push(report);
    if (seen.has(post.siteId)) {
      report.problems.push(problems.duplicateSiteEvent());
      continue;
    }
    seen.add(post.siteId);
    const checked = EventSchema.safeParse(extracted);
    if (!checked.success) {
      report.problems.push(
        problems.siteEventInvalid(
          checked.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; '),
        ),
      );
      continue;
    }

    const match = findRecord(events, titles, positions, extracted, rememberedIdOfSite.get(post.siteId), memory);
    if (match.kind === 'deleted') {
      report.id = match.id;
      report.problems.push(problems.deletedByHand(match.id));
      continue;
    }
    if (match.kind === 'new') {
      const event = { ...extracted, id: freeId(extracted, positions, memory) };
      const namesake = events[titles.indexOf(foldWords(event.title))];
      if (namesake) report.problems.push(problems.sameTitleDifferentDates(namesake.id));
      positions.byId.set(event.id, events.length);
      positions.bySite.set(post.siteId, events.length);
      events.push(event);
      titles.push(foldWords(event.title));
      report.id = event.id;
      report.status = 'added';
      remembered[event.id] = rememberEvent(event);
      continue;
    }
    const current = events[match.position]!;
    const event = { ...extracted, id: current.id };
    const merged = mergeEvent(current, event, remembered[current.id]);
    if (current.siteId !== post.siteId) {
      merged.event.siteId = post.siteId;
      positions.bySite.set(post.siteId, match.position);
      report.problems.push(problems.linkedToSiteEvent(current.id, post.siteId));
    }
    events[match.position] = merged.event;
    titles[match.position] = foldWords(merged.event.title);
    report.id = current.id;
    report.status = merged.updated.length > 0 || current.siteId !== post.siteId ? 'updated' : 'unchanged';
    report.updatedFields = merged.updated;
    report.keptHandEdits = merged.keptHandEdits;
    remembered[current.id] = rememberEvent(event);
  }

  events.sort(compareEvents);
  // The result must load exactly as the engine will load it.
  parseDataset({ events, vocabulary: input.vocabulary }, sources);
  const posts = Object.fromEntries(Object.entries(remembered).sort(([a], [b]) => a.localeCompare(b)));
  const nextMemory: IngestMemory = { ...memory, posts };
  const changed =
    JSON.stringify(events) !== JSON.stringify(existing) ||
    JSON.stringify(posts) !== JSON.stringify(memory.posts) ||
    input.memory === undefined;
  return { events, memory: nextMemory, report: countReport(reports), changed };
}

function recordOf(post: SitePost, lexicon: IngestLexicon): { event: EventRecord; report: PostReport } {
  // Every fact the shared understanding gives goes into the record as ingest puts it (new fields come along).
  const {
    newPeople,
    problems: found,
    ...facts
  } = extractPostFacts(post.title, post.text, lexicon, {
    venues: post.venues,
    organisers: post.organisers,
    categories: post.categories,
    tags: post.tags,
  });
  const source = post.url && isWebAddress(post.url) ? post.url : null;
  if (post.url && !source) found.push(problems.sourceNotAWebAddress(post.url));
  const dates = { start: post.start, end: post.end };
  const event: EventRecord = {
    id: deriveEventId(post.title, post.start),
    title: post.title,
    ...dates,
    ...facts,
    summary: post.text,
    source,
    siteId: post.siteId,
  };
  const report = emptyReport(post.siteId, post.url, post.title, found);
  report.extracted = { ...dates, dateText: null, ...facts, newPeople };
  return { event, report };
}

type Match = { kind: 'found'; position: number } | { kind: 'deleted'; id: string } | { kind: 'new' };

/**
 * The record made from this site event: by site id; else by the id the sidecar remembers for it (its site id
 * was removed by hand), or that id's absence (the record was deleted by hand); else an event from news text
 * or written by hand, not yet linked to the site: same title on overlapping days, or the same derived id.
 */
interface Positions {
  bySite: Map<number, number>;
  byId: Map<string, number>;
}

function indexPositions(events: readonly EventRecord[]): Positions {
  const positions: Positions = { bySite: new Map(), byId: new Map() };
  events.forEach((event, position) => {
    positions.byId.set(event.id, position);
    if (event.siteId !== undefined) positions.bySite.set(event.siteId, position);
  });
  return positions;
}

function findRecord(
  events: readonly EventRecord[],
  titles: readonly string[],
  positions: Positions,
  event: EventRecord,
  rememberedId: string | undefined,
  memory: IngestMemory,
): Match {
  const bySite = positions.bySite.get(event.siteId!);
  if (bySite !== undefined) return { kind: 'found', position: bySite };
  if (rememberedId !== undefined) {
    const byId = positions.byId.get(rememberedId);
    return byId !== undefined ? { kind: 'found', position: byId } : { kind: 'deleted', id: rememberedId };
  }
  const title = foldWords(event.title);
  const byTitle = events.findIndex(
    (other, position) =>
      other.siteId === undefined && titles[position] === title && other.start <= event.end && event.start <= other.end,
  );
  if (byTitle >= 0) return { kind: 'found', position: byTitle };
  const byId = positions.byId.get(event.id);
  if (byId !== undefined && events[byId]!.siteId === undefined) return { kind: 'found', position: byId };
  // Ingested from news text once, then deleted by hand: the site's copy of that post is not added again.
  if (memory.posts[event.id] && memory.posts[event.id]!.siteId === undefined) return { kind: 'deleted', id: event.id };
  return { kind: 'new' };
}

/** The derived id, or, when another record (or a remembered one) has it, the derived id with the site id. */
function freeId(event: EventRecord, positions: Positions, memory: IngestMemory): string {
  const taken = (id: string) => positions.byId.has(id) || memory.posts[id] !== undefined;
  return taken(event.id) ? `${event.id}-${event.siteId}` : event.id;
}

function emptyReport(
  siteId: number | null,
  url: string | null,
  title: string,
  found: PostReport['problems'],
): PostReport {
  return {
    siteId,
    url,
    title,
    status: 'skipped',
    id: null,
    extracted: {
      start: null,
      end: null,
      dateText: null,
      city: null,
      country: null,
      people: [],
      newPeople: [],
      organisers: [],
      roles: [],
      topics: [],
    },
    updatedFields: [],
    keptHandEdits: [],
    problems: found,
  };
}

function urlOf(raw: unknown): string | null {
  const url = typeof raw === 'object' && raw !== null ? (raw as { url?: unknown }).url : undefined;
  return typeof url === 'string' ? url : null;
}

function isWebAddress(url: string): boolean {
  return EventSchema.safeParse({ id: 'x', title: 'x', start: '2020-01-01', end: '2020-01-01', source: url }).success;
}
