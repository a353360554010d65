// What the engine understood of a question: the neutral result of parsing, before any search.

export type Intent = 'where' | 'when' | 'who' | 'count' | 'list' | 'latest' | 'first' | 'help';

/** Whole days, inclusive; null means open on that side. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

export interface Query {
  intent: Intent;
  /** Canonical names, as in the vocabulary. */
  people: string[];
  /** Canonical city, country or region names. */
  places: string[];
  organisations: string[];
  kinds: string[];
  range: DayRange;
  /** Words the extractors did not understand, searched as free text; null when none. */
  text: string | null;
  limit: number | null;
}
