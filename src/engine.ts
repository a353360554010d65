// createEngine(dataset) -> the question engine adapters talk to. Validates the dataset once, builds the
// indexes once, then answers questions with no I/O; "now" is always a parameter.
import type { Answer } from './answer/answer.js';
import type { EventRecord } from './dataset/event-schema.js';

export interface DatasetInput {
  /** Parsed JSON of data/events.json (validated here). */
  events: unknown;
  /** Parsed JSON of the vocabulary files: { people, places, organisations, kinds }. */
  vocabulary: unknown;
  /** File names used in validation messages. */
  sources?: { events?: string; vocabulary?: Partial<Record<'people' | 'places' | 'organisations' | 'kinds', string>> };
}

export interface Engine {
  /** Answers one question; `now` fixes "today" for relative dates. */
  ask(question: string, now: Date): Answer;
  /** The latest `count` events, newest first. */
  recent(count: number, now: Date): Answer;
  /** Every event, sorted by start day. */
  readonly events: readonly EventRecord[];
  /** Canonical names of people / places starting with or resembling `prefix` (autocomplete), best first. */
  completePeople(prefix: string, max?: number): string[];
  completePlaces(prefix: string, max?: number): string[];
}
