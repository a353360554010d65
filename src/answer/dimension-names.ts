// What each grouping is called in an answer: "3 countries", "Events per month", "the busiest year".
import type { Dimension } from '../query/query.js';

export const DIMENSION_NOUNS: Record<Dimension, [singular: string, plural: string]> = {
  country: ['country', 'countries'],
  city: ['city', 'cities'],
  organisation: ['organisation', 'organisations'],
  person: ['person', 'people'],
  kind: ['kind of event', 'kinds of event'],
  year: ['year', 'years'],
  month: ['month', 'months'],
  topic: ['topic', 'topics'],
};
