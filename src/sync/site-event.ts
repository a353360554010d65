// One event as The Events Calendar's REST API (v1) sends it, read into plain facts: id, permalink, title
// and text as plain text, first and last day, venues, organisers, categories and tags. The API's quirks are
// absorbed here: `venue` is [] (none), one object or a list; empty venue fields are left out; names come
// HTML-encoded; start_date/end_date are site-local "YYYY-MM-DD HH:MM:SS" and are taken as written.
import { z } from 'zod';
import type { VenueHint } from '../ingest/venue-place.js';
import { addDays, isValidDay, splitDay } from '../dates/day.js';
import type { HtmlText } from './html-text.js';

export interface SitePost {
  siteId: number;
  /** The permalink, as the site gives it (null when it gives none). */
  url: string | null;
  title: string;
  /** The whole description as plain text (the excerpt when the description is empty). */
  text: string;
  start: string;
  end: string;
  venues: VenueHint[];
  organisers: string[];
  categories: string[];
  tags: string[];
}

export type ReadSiteEvent =
  { ok: true; post: SitePost } | { ok: false; siteId: number | null; title: string; reason: string };

const Text = z.string().catch('');
const Term = z.object({ name: Text }).loose();
const Venue = z
  .object({ venue: Text.optional(), address: Text.optional(), city: Text.optional(), country: Text.optional() })
  .loose();
const Organizer = z.object({ organizer: Text.optional() }).loose();

/** What this module reads; everything else the API sends is ignored. */
const SiteEventSchema = z
  .object({
    id: z.number().int().positive(),
    url: z.string().nullish(),
    title: z.string(),
    description: z.string().nullish(),
    excerpt: z.string().nullish(),
    start_date: z.string({ error: 'no start_date' }),
    end_date: z.string({ error: 'no end_date' }),
    categories: z.array(Term).catch([]),
    tags: z.array(Term).catch([]),
    venue: z.unknown(),
    organizer: z.unknown(),
  })
  .loose();

const SITE_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function readSiteEvent(raw: unknown, html: HtmlText): ReadSiteEvent {
  const rawObject =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const siteId =
    typeof rawObject?.id === 'number' && Number.isInteger(rawObject.id) && rawObject.id > 0 ? rawObject.id : null;
  const rawTitle = typeof rawObject?.title === 'string' ? html.decode(rawObject.title) : '';
  const fail = (reason: string): ReadSiteEvent => ({ ok: false, siteId, title: rawTitle, reason });
  if (!rawObject) {
    return fail(
      `expected an event object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`,
    );
  }

  const parsed = SiteEventSchema.safeParse(rawObject);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'event';
    return fail(
      issue.message.startsWith('no ')
        ? issue.message
        : `field "${field}": expected ${expectedOf(issue)}, got ${describe(valueAt(rawObject, issue.path))}`,
    );
  }
  const event = parsed.data;
  const title = html.decode(event.title);
  if (!title) return fail('the event has an empty title');
  const start = siteDay(event.start_date, false);
  const end = siteDay(event.end_date, true);
  if (!start) {
    return fail(`start_date: expected a date as YYYY-MM-DD HH:MM:SS, got ${JSON.stringify(event.start_date)}`);
  }
  if (!end) return fail(`end_date: expected a date as YYYY-MM-DD HH:MM:SS, got ${JSON.stringify(event.end_date)}`);
  // An event that ends at midnight ended the day before; one that "ends" before it starts is an entry error.
  const last = end.midnight && end.day > start.day ? addDays(end.day, -1) : end.day;
  if (last < start.day) {
    return fail(`end_date ${JSON.stringify(event.end_date)} is before start_date ${JSON.stringify(event.start_date)}`);
  }

  const description = html.toPlainText(event.description ?? '');
  return {
    ok: true,
    post: {
      siteId: event.id,
      url: event.url?.trim() || null,
      title,
      text: description || html.toPlainText(event.excerpt ?? ''),
      start: start.day,
      end: last,
      venues: venuesOf(event.venue, html.decode),
      organisers: listOf(event.organizer).flatMap((item) => {
        const organizer = Organizer.safeParse(item);
        const name = organizer.success ? html.decode(organizer.data.organizer ?? '') : '';
        return name ? [name] : [];
      }),
      categories: event.categories.map((term) => html.decode(term.name)).filter(Boolean),
      tags: event.tags.map((term) => html.decode(term.name)).filter(Boolean),
    },
  };
}

function siteDay(text: string, isEnd: boolean): { day: string; midnight: boolean } | null {
  const match = SITE_DATE.exec(text.trim());
  if (!match) return null;
  const day = match[1]!;
  const [year, month, date] = splitDay(day);
  if (!isValidDay(year, month, date)) return null;
  const midnight = isEnd && match[2] === '00' && match[3] === '00' && (match[4] ?? '00') === '00';
  return { day, midnight };
}

/** [] (no venue), one venue object, a list of them, or (PHP after array_filter) an object keyed "0", "2"... */
function venuesOf(value: unknown, decode: HtmlText['decode']): VenueHint[] {
  return listOf(value).flatMap((item) => {
    const venue = Venue.safeParse(item);
    if (!venue.success) return [];
    const hint: VenueHint = {};
    const set = (key: keyof VenueHint, raw: string | undefined) => {
      const text = decode(raw ?? '');
      if (text) hint[key] = text;
    };
    set('name', venue.data.venue);
    set('address', venue.data.address);
    set('city', venue.data.city);
    set('country', venue.data.country);
    return Object.keys(hint).length > 0 ? [hint] : [];
  });
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  const keyedList =
    entries.length > 0 &&
    entries.every(([key, item]) => /^\d+$/.test(key) && typeof item === 'object' && item !== null);
  return keyedList ? entries.map(([, item]) => item) : [value];
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected === 'number' ? 'a number' : `a ${issue.expected}`;
  if (issue.code === 'too_small' || issue.code === 'invalid_format') return 'a positive whole number';
  return 'a valid value';
}

function valueAt(object: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = object;
  for (const key of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
