// What ingest last wrote for each post (the sidecar file next to the dataset, e.g. data/events.ingest.json).
// A field whose value in the dataset differs from what ingest last wrote was edited by hand, and is kept.
import { z } from 'zod';
import { RoleSchema, type EventRecord } from '../dataset/event-schema.js';
import { DatasetError } from '../dataset/dataset-error.js';

/** The fields ingest writes and merges; the id is the key and never changes. */
export const MERGED_FIELDS = ['title', 'start', 'end', 'city', 'country', 'people', 'organisers', 'roles', 'topics', 'summary', 'source'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];
export type RememberedEvent = Pick<EventRecord, MergedField | 'siteId'>;

const RememberedSchema = z.object({
  title: z.string(),
  start: z.string(),
  end: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  people: z.array(z.string()),
  organisers: z.array(z.string()),
  // Records written before roles existed have none: an event's empty roles then still follow the post.
  roles: z.array(RoleSchema).default([]),
  topics: z.array(z.string()),
  summary: z.string(),
  source: z.string().nullable(),
  /** Set for events from the site (`iisg sync`): which site event this record was made from. */
  siteId: z.number().int().optional(),
});

export const IngestMemorySchema = z.object({
  about: z.string().optional(),
  version: z.literal(1),
  /** By event id: the values ingest extracted and wrote the last time it saw the post. */
  posts: z.record(z.string(), RememberedSchema),
});

export type IngestMemory = z.infer<typeof IngestMemorySchema>;

const ABOUT = 'Written by `iisg ingest` and `iisg sync`: the values they last extracted for each post, so that fields edited by hand in the dataset are never overwritten. Keep it next to the dataset and commit it with it; delete it only to make ingest treat every existing field as hand-made.';

export function emptyIngestMemory(): IngestMemory {
  return { about: ABOUT, version: 1, posts: {} };
}

/** Validates the sidecar's JSON (undefined: no sidecar yet). */
export function parseIngestMemory(raw: unknown, file = 'events.ingest.json'): IngestMemory {
  if (raw === undefined) return emptyIngestMemory();
  const parsed = IngestMemorySchema.safeParse(raw);
  if (parsed.success) return { ...parsed.data, about: ABOUT };
  throw new DatasetError(
    parsed.error.issues.map((issue) => ({
      file,
      ...(issue.path.length > 0 ? { field: issue.path.join('.') } : {}),
      message: `${issue.message} (the file is ingest's record of what it last wrote; fix it or delete it, and every existing field is then treated as hand-made)`,
    })),
  );
}

export function rememberEvent(event: EventRecord): RememberedEvent {
  const remembered = {} as Record<MergedField, unknown>;
  for (const field of MERGED_FIELDS) remembered[field] = event[field];
  const result = remembered as RememberedEvent;
  if (event.siteId !== undefined) result.siteId = event.siteId;
  return result;
}
