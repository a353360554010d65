// The shape of one event in data/events.json, and of the whole file.
// Validation messages are worded "expected X, got Y" so a broken record is easy to fix by hand.
import { z } from 'zod';
import { isValidDay, splitDay } from '../dates/day.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A whole calendar day, YYYY-MM-DD, that exists (no 2023-02-30). */
export const IsoDaySchema = z.string().refine(isRealIsoDay, {
  error: (issue) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

// Arithmetic rather than a Date round trip: this runs twice per event at every start.
function isRealIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [year, month, day] = splitDay(value);
  return isValidDay(year, month, day);
}

// A pattern, not z.url(): z.url() parses every address with new URL(), 5 µs each, half a second per start at
// 100k sourced events; a news post's source only has to look like a web address someone can open.
// A host with a dot, or this machine ("http://localhost:8080/...", a site served locally).
const WebAddressSchema = z.string().regex(/^https?:\/\/(?:[^\s/?#]+\.[^\s/?#]+|localhost(?::\d+)?|\[[0-9a-f:]+\](?::\d+)?)(?:[/?#]\S*)?$/i, 'expected a web address starting with http:// or https://');

const NameListSchema = z.array(z.string().trim().min(1, 'expected a non-empty name')).default([]);

/** What someone did at an event, as a post states it ("organised by", "chaired by", "moderated a panel on"). */
export const ROLE_KINDS = ['organiser', 'co-organiser', 'host', 'chair', 'co-chair', 'lead', 'moderator', 'presenter', 'opener', 'speaker'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const RoleSchema = z
  .object({
    role: z.enum(ROLE_KINDS, { error: (issue) => `expected one of ${ROLE_KINDS.join(', ')}, got ${JSON.stringify(issue.input)}` }),
    /** A canonical person or organisation name when the vocabulary knows it, else the name as written. */
    holder: z.string().trim().min(1, 'expected a non-empty name'),
    holderType: z.enum(['person', 'organisation'], { error: (issue) => `expected "person" or "organisation", got ${JSON.stringify(issue.input)}` }),
    /** What was led, chaired, moderated or presented ("the RCC Delegation"); null for the event itself. */
    of: z.string().trim().min(1, 'expected a phrase or null').nullable().default(null),
  })
  .strict();
export type EventRole = z.infer<typeof RoleSchema>;

export const EventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes'),
    title: z.string().trim().min(1, 'expected a non-empty title'),
    start: IsoDaySchema,
    end: IsoDaySchema,
    city: z.string().trim().min(1).nullable().default(null),
    country: z.string().trim().min(1).nullable().default(null),
    people: NameListSchema,
    organisers: NameListSchema,
    roles: z.array(RoleSchema).default([]),
    topics: NameListSchema,
    summary: z.string().default(''),
    source: WebAddressSchema.nullable().default(null),
    /** The event's id on the Secretariat's site (written by `iisg sync`): a renamed or re-dated post stays this record. */
    siteId: z.number().int('expected a whole number').positive('expected a positive number').optional(),
  })
  .strict()
  .refine((event) => event.end >= event.start, {
    path: ['end'],
    error: (issue) => {
      const event = issue.input as { start: string; end: string };
      return `expected a day on or after start (${event.start}), got ${event.end}`;
    },
  });

export type EventRecord = z.infer<typeof EventSchema>;

export const EventsFileSchema = z.array(z.unknown());
