// The shape of one event in data/events.json, and of the whole file.
// Validation messages are worded "expected X, got Y" so a broken record is easy to fix by hand.
import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A whole calendar day, YYYY-MM-DD, that exists (no 2023-02-30). */
export const IsoDaySchema = z.string().refine(isRealIsoDay, {
  error: (issue) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

function isRealIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const NameListSchema = z.array(z.string().trim().min(1, 'expected a non-empty name')).default([]);

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
    topics: NameListSchema,
    summary: z.string().default(''),
    source: z.url().nullable().default(null),
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
