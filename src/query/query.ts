// What the engine understood of a question: a plain, serialisable value (the JSON `interpretation`), built
// by the parser before any search. It borrows the shape of a search query: filters that must hold, filters
// that must not (`exclude`), a date taken from another event or from today (`anchor`), an order and a
// position, a grouping (`aggregate`), and the words it could not apply (`unsupported`), said on the first line.

export type Intent = 'where' | 'when' | 'who' | 'count' | 'list' | 'latest' | 'first' | 'help' | 'yesno' | 'duration' | 'detail';

/** The roles a post states (data: events.json `roles`). */
export type RoleKind = 'organiser' | 'co-organiser' | 'host' | 'chair' | 'co-chair' | 'lead' | 'moderator' | 'presenter' | 'opener' | 'speaker';

/** "who organised X" (asked), or "which meetings did the RCC chair" (a filter on the holder). */
export interface RoleQuery {
  /** The roles that answer: "organised" is the organisers, co-organisers and hosts. */
  kinds: RoleKind[];
  /** The question asks who holds it; otherwise it filters the events by `holder`. */
  asked: boolean;
  holder: string | null;
  /** The word as asked ("organised", "chair"), for the answer's wording. */
  word: string;
}

/** What a detail question asks of a post: a sentence of it answers ("what did X present", "how many participants"). */
export type DetailKind = 'presented' | 'discussed' | 'adopted' | 'purpose' | 'topic' | 'participants' | 'about' | 'record';

/** Whole days, inclusive; null means open on that side. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/** What must not hold: any one of these excludes an event. */
export interface Exclusion {
  people: string[];
  places: string[];
  organisations: string[];
  kinds: string[];
  ranges: DayRange[];
  /** Words whose events are left out ("not about drugs"). */
  text: string[];
}

export type AnchorRelation = 'before' | 'after' | 'between' | 'within' | 'around' | 'during' | 'week-of';

export interface AnchorTarget {
  /** The words naming the event ("the ohrid conference") or day, as the parser found them. */
  phrase: string;
  /** Word span in the question (for re-reading the description on its own). */
  start: number;
  end: number;
  /** The words of the question the span is in, when it came from an earlier question of a conversation. */
  words?: readonly string[];
}

/** A date range taken from another event ("after the Rome conference") or from a day. */
export interface Anchor {
  relation: AnchorRelation;
  targets: AnchorTarget[];
  /** "within 2 weeks of", "in the month after": how far from the anchor. */
  distance: { count: number; unit: 'day' | 'week' | 'month' | 'year' } | null;
  /** Only the nearest event on that side ("the meeting before X", "right after X"). */
  nearest: boolean;
}

export interface Order {
  by: 'start' | 'duration';
  direction: 'asc' | 'desc';
  /** 1-based position from that end ("the second event of 2022"); null: from the start of the list. */
  position: number | null;
  /** Ties on the ordered value are shown together ("the shortest events"). */
  ties: boolean;
}

export type Dimension = 'country' | 'city' | 'organisation' | 'person' | 'kind' | 'year' | 'month' | 'topic';

export interface Aggregate {
  by: Dimension;
  /** all groups, or only the largest / smallest ("the busiest month"). */
  pick: 'all' | 'most' | 'least';
  /** Groups with at least / at most this many events ("more than once"). */
  minCount: number | null;
  maxCount: number | null;
  /** "which countries did he not visit": groups of the scope that the excluded person's events do not have. */
  complement: boolean;
  /** Asked as "per month" / "by country": the answer is the events counted in each group. */
  per: boolean;
}

export interface DurationFilter {
  /** Days, inclusive. */
  min: number | null;
  max: number | null;
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
  exclude: Exclusion;
  anchor: Anchor | null;
  order: Order | null;
  aggregate: Aggregate | null;
  duration: DurationFilter | null;
  /** Words that change the meaning of the question but that the engine cannot apply. */
  unsupported: string[];
  /** "he"/"him" read as this person (no one named before). */
  pronoun: string | null;
  /** From today on ("next", "upcoming"): events under way today count as current. */
  upcoming: boolean;
  role: RoleQuery | null;
  detail: DetailKind | null;
}

export function emptyExclusion(): Exclusion {
  return { people: [], places: [], organisations: [], kinds: [], ranges: [], text: [] };
}

export function hasExclusion(exclude: Exclusion): boolean {
  return Object.values(exclude).some((list) => list.length > 0);
}
