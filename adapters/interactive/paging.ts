// One page size and one maximum for every platform, and which part of an answer a page shows: the answer
// as asked (a grouping's values, a count's number, or its events), every event of it ("Show them"), or the
// events of one group. Platform-neutral: Slack and Discord render the same AnswerPage.
import type { Answer, AnswerGroup, EventRecord } from '../../src/index.js';

export const PAGE_SIZE = 10;
/** The most events a list can page through ("/iisg recent N" takes up to this many). */
export const MAX_LISTED = 100;

export type AnswerView =
  | { kind: 'answer'; page: number }
  | { kind: 'events'; page: number }
  | { kind: 'group'; group: number; page: number };

export interface NumberedEvent {
  event: EventRecord;
  /** 1-based position in the answer's events (what "the second one" counts), or null inside a group. */
  number: number | null;
}

export interface NumberedGroup {
  group: AnswerGroup;
  /** Index in answer.groups. */
  index: number;
}

export interface AnswerPage {
  view: AnswerView;
  /** What this page lists: events, a grouping's values, or nothing (a count before "Show them"). */
  items: 'events' | 'groups' | 'none';
  events: NumberedEvent[];
  groups: NumberedGroup[];
  /** 1-based page and the number of pages (at least 1). */
  page: number;
  pages: number;
  /** Positions (1-based) of the first and last item on this page, and how many there are in all. */
  from: number;
  to: number;
  total: number;
  /** A count (or a grouping) whose events can be listed with "Show them". */
  canShowEvents: boolean;
  /** The group a 'group' view lists. */
  group: AnswerGroup | null;
}

/** The page of `answer` that `view` asks for; a page past the end is the last page. */
export function pageOf(answer: Answer, view: AnswerView): AnswerPage {
  const events = answer.events.slice(0, MAX_LISTED);
  if (view.kind === 'group') {
    const group = answer.groups[view.group] ?? null;
    const ids = new Set(group?.events ?? []);
    const members = events.filter((event) => ids.has(event.id)).map((event) => ({ event, number: null }));
    return { ...slice(view, 'events', members, []), group, canShowEvents: false };
  }
  const numbered = events.map((event, index) => ({ event, number: index + 1 }));
  if (view.kind === 'events') return { ...slice(view, 'events', numbered, []), group: null, canShowEvents: false };
  if (answer.groups.length > 0) {
    const groups = answer.groups.map((group, index) => ({ group, index }));
    const page = slice(view, 'groups', [], groups);
    // A grouping of few events lists them too, as the console does; more are a click away.
    const fewEvents = page.pages === 1 && numbered.length <= PAGE_SIZE;
    return {
      ...page,
      events: fewEvents ? numbered : [],
      group: null,
      canShowEvents: !fewEvents && numbered.length > 0,
    };
  }
  if (answer.interpretation.intent === 'count') {
    return {
      view,
      items: 'none',
      events: [],
      groups: [],
      page: 1,
      pages: 1,
      from: 0,
      to: 0,
      total: numbered.length,
      canShowEvents: numbered.length > 0,
      group: null,
    };
  }
  return { ...slice(view, 'events', numbered, []), group: null, canShowEvents: false };
}

function slice(view: AnswerView, items: 'events' | 'groups', events: NumberedEvent[], groups: NumberedGroup[]) {
  const all = items === 'events' ? events.length : groups.length;
  const pages = Math.max(1, Math.ceil(all / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(view.page)), pages);
  const start = (page - 1) * PAGE_SIZE;
  const end = Math.min(all, start + PAGE_SIZE);
  return {
    view: { ...view, page },
    items,
    events: items === 'events' ? events.slice(start, end) : [],
    groups: items === 'groups' ? groups.slice(start, end) : [],
    page,
    pages,
    from: all === 0 ? 0 : start + 1,
    to: end,
    total: all,
  } as const;
}

/** The same view on another page. */
export function turnPage(view: AnswerView, page: number): AnswerView {
  return { ...view, page };
}
