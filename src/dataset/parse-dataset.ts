// Validates the raw JSON of the events and vocabulary files with zod and returns typed records, or throws
// one DatasetError naming file, record and field. Runs at every start and every reload.
import type { z } from 'zod';
import { EventSchema, type EventRecord } from './event-schema.js';
import { EventKindSchema, OrganisationSchema, PersonSchema, PlacesSchema, type Vocabulary } from './vocabulary-schema.js';
import { SynonymSchema } from './synonym-schema.js';
import { DatasetError, type DatasetProblem } from './dataset-error.js';

export type VocabularyFile = 'people' | 'places' | 'organisations' | 'kinds' | 'synonyms';

export interface DatasetSources {
  events?: string;
  vocabulary?: Partial<Record<VocabularyFile, string>>;
  /** The language files, in the order of DatasetInput.languages. */
  languages?: readonly string[];
  /** The reply catalogues' files by language code ("sq": "data/replies/sq.json"). */
  replies?: Readonly<Record<string, string>>;
}

export interface Dataset {
  events: EventRecord[];
  vocabulary: Vocabulary;
}

export function parseDataset(raw: { events: unknown; vocabulary: unknown }, sources: DatasetSources = {}): Dataset {
  const problems: DatasetProblem[] = [];
  const eventsFile = sources.events ?? 'events.json';
  const events = parseRecords(raw.events, EventSchema, eventsFile, problems);
  const seen = new Map<string, number>();
  events.forEach((event, index) => {
    const earlier = seen.get(event.id);
    if (earlier !== undefined) {
      problems.push({ file: eventsFile, record: { position: index + 1, id: event.id }, field: 'id', message: `expected a unique id, got the id of record ${earlier + 1} again` });
    }
    seen.set(event.id, index);
  });

  const vocabularyRaw = (raw.vocabulary ?? {}) as Record<string, unknown>;
  const file = (name: VocabularyFile) => sources.vocabulary?.[name] ?? `${name}.json`;
  const people = parseRecords(vocabularyRaw.people, PersonSchema, file('people'), problems);
  const organisations = parseRecords(vocabularyRaw.organisations, OrganisationSchema, file('organisations'), problems);
  const kinds = parseRecords(vocabularyRaw.kinds, EventKindSchema, file('kinds'), problems);
  // Optional: a vocabulary without synonyms searches words as written.
  const synonyms = vocabularyRaw.synonyms === undefined ? [] : parseRecords(vocabularyRaw.synonyms, SynonymSchema, file('synonyms'), problems);
  const places = PlacesSchema.safeParse(vocabularyRaw.places, { reportInput: true });
  if (!places.success) problems.push(...places.error.issues.map((issue) => problemOf(file('places'), issue)));

  if (problems.length > 0 || !places.success) throw new DatasetError(problems);
  return { events, vocabulary: { people, organisations, kinds, synonyms, places: places.data } };
}

function parseRecords<S extends z.ZodType>(raw: unknown, schema: S, file: string, problems: DatasetProblem[]): z.output<S>[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, message: `expected a JSON array of records, got ${raw === null ? 'null' : typeof raw}` });
    return [];
  }
  const records: z.output<S>[] = [];
  raw.forEach((item: unknown, index) => {
    const result = schema.safeParse(item, { reportInput: true });
    if (result.success) {
      records.push(result.data);
      return;
    }
    const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
    const name = typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : undefined;
    for (const issue of result.error.issues) problems.push({ ...problemOf(file, issue), record: { position: index + 1, id: id ?? name } });
  });
  return records;
}

/** One zod issue as a problem naming the file and the field, worded "expected X, got Y". */
export function problemOf(file: string, issue: z.core.$ZodIssue): DatasetProblem {
  const field = issue.path.length > 0 ? fieldPath(issue.path) : undefined;
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    message = `expected ${issue.expected}, got ${input === undefined ? 'nothing (the field is missing)' : describeValue(input)}`;
  }
  if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (check the spelling)`;
  return field ? { file, field, message } : { file, message };
}

/** ["roles", 0, "holder"] -> "roles[1].holder": items counted from 1, as records are. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key + 1}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`;
}
