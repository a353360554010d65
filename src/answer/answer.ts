// The platform-neutral answer every adapter renders: what was understood, what matched, and plain text.
import type { EventRecord } from '../dataset/event-schema.js';
import type { AnchorRelation, Query, RoleKind } from '../query/query.js';
import type { ConversationState } from '../conversation/conversation-state.js';
import type { Script } from './reply-languages.js';
import { emptyExclusion } from '../query/query.js';

export interface AnchorEventRef {
  id: string;
  title: string;
  start: string;
  end: string;
}

export interface InterpretedAnchor {
  relation: AnchorRelation;
  /** The words that described each anchor ("the ohrid conference"). */
  phrases: string[];
  /** The events they found (empty when the description found none or several). */
  events: AnchorEventRef[];
  distance: { count: number; unit: 'day' | 'week' | 'month' | 'year' } | null;
  nearest: boolean;
}

/**
 * The query as the JSON `interpretation`: every field the parser set (see src/query/query.ts for each one),
 * with the range as the days the answer covers (after any anchor), the anchor as the events it found, and
 * the language the answer is given in.
 */
export interface Interpretation extends Omit<Query, 'range' | 'anchor'> {
  /** First and last day the answer covers (inclusive, after any anchor), or null when open. */
  from: string | null;
  to: string | null;
  anchor: InterpretedAnchor | null;
  /** The language the question was read in and the answer is given in: "en", "sq", "bcms" or "mk". */
  language: string;
  /** The script it is written in: Serbian Cyrillic is "bcms" in "Cyrl". */
  script: Script;
}

export interface PersonMention {
  name: string;
  /** Number of the matching events whose post names this person. */
  events: number;
}

/** A role the post states, as an answer to "who organised / led / chaired X". */
export interface AnswerRole {
  eventId: string;
  role: RoleKind;
  holder: string;
  holderType: 'person' | 'organisation';
  of: string | null;
}

/** A sentence of a post that answers a detail question. */
export interface AnswerQuote {
  eventId: string;
  text: string;
  /** "over 100" for "how many participants". */
  figure: string | null;
}

/** One value of a grouping ("North Macedonia") with its events. */
export interface AnswerGroup {
  value: string;
  count: number;
  /** Ids of its events, in date order. */
  events: string[];
}

export interface Answer {
  question: string;
  interpretation: Interpretation;
  /** One line saying what was understood, e.g. "Agron Sojati · 1 Jan 2023 – 31 Dec 2023". */
  understood: string;
  /** The understood line with its label, in the answer's language ("Understood: ...", "Razumijem: ..."). */
  understoodLine: string;
  /** The first line: the direct answer, or first what could not be applied ("I can't yet answer ..."). */
  headline: string;
  /** Number of matching events (before any display cap). */
  count: number;
  /** Every matching event, in the order the answer presents them. */
  events: EventRecord[];
  /** For "who" questions: the people named in the matching events. */
  people: PersonMention[];
  /** For "which countries", "per month", "the busiest year": the values with their events. */
  groups: AnswerGroup[];
  /** For yes/no questions. */
  verdict: 'yes' | 'no' | null;
  /** For "who organised / led / chaired X": the roles the posts state. */
  roles: AnswerRole[];
  /** For detail questions: the sentences of the posts that answer. */
  quotes: AnswerQuote[];
  /** The answer is one event's whole record ("tell me about the Budva workshop"). */
  record: boolean;
  /** Hints and suggestions: the nearest thing that exists, how to narrow, what was not understood. */
  notes: string[];
  /** The whole answer as readable plain text (console, CLI, fallbacks). */
  text: string;
  /** Read against the previous question of the conversation. */
  followUp: boolean;
  /** What to keep for the next question of this conversation. */
  conversation: ConversationState;
}

/** An interpretation that asks for nothing in particular (a list of every event): the base for building one. */
export function emptyInterpretation(overrides: Partial<Interpretation> = {}): Interpretation {
  return {
    intent: 'list',
    people: [],
    places: [],
    organisations: [],
    kinds: [],
    from: null,
    to: null,
    text: null,
    limit: null,
    exclude: emptyExclusion(),
    anchor: null,
    order: null,
    aggregate: null,
    duration: null,
    unsupported: [],
    pronoun: null,
    upcoming: false,
    role: null,
    detail: null,
    language: 'en',
    script: 'Latn',
    ...overrides,
  };
}
