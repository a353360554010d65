// The platform-neutral answer every adapter renders: what was understood, what matched, and plain text.
import type { EventRecord } from '../dataset/event-schema.js';
import type { Intent } from '../query/query.js';

export interface Interpretation {
  intent: Intent;
  people: string[];
  places: string[];
  organisations: string[];
  kinds: string[];
  /** First and last day of the date range asked about (inclusive), or null when open. */
  from: string | null;
  to: string | null;
  text: string | null;
  limit: number | null;
}

export interface PersonMention {
  name: string;
  /** Number of the matching events whose post names this person. */
  events: number;
}

export interface Answer {
  question: string;
  interpretation: Interpretation;
  /** One line saying what was understood, e.g. "Agron Sojati · 1 Jan 2023 – 31 Dec 2023". */
  understood: string;
  /** One line saying what was found, e.g. "3 events". */
  headline: string;
  /** Number of matching events (before any display cap). */
  count: number;
  /** Every matching event, in the order the answer presents them. */
  events: EventRecord[];
  /** For "who" questions: the people named in the matching events. */
  people: PersonMention[];
  /** Hints and suggestions: the nearest thing that exists, how to narrow, what was not understood. */
  notes: string[];
  /** The whole answer as readable plain text (console, CLI, fallbacks). */
  text: string;
}
