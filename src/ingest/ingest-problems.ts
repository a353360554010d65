// Every message ingest can report about a post, in one place, worded "expected X, got Y" or as a plain
// finding, so the text and JSON reports say the same thing and tests can match on a stable code.
export type ProblemCode =
  | 'no-date'
  | 'two-candidate-dates'
  | 'not-a-day'
  | 'date-without-year'
  | 'month-only'
  | 'weekday-mismatch'
  | 'long-range'
  | 'no-place'
  | 'online-event'
  | 'place-not-in-vocabulary'
  | 'place-conflict'
  | 'surname-only'
  | 'no-paragraph'
  | 'title-looks-like-paragraph'
  | 'duplicate-post'
  | 'deleted-by-hand'
  | 'same-title-different-dates'
  | 'synced-from-site'
  | 'site-event-invalid'
  | 'duplicate-site-event'
  | 'linked-to-site-event'
  | 'source-not-a-web-address';

export type Severity = 'error' | 'warning' | 'info';

export interface IngestProblem {
  code: ProblemCode;
  /** error: the post was not added; warning: added, but check it; info: for the record. */
  severity: Severity;
  message: string;
}

const problem = (code: ProblemCode, severity: Severity, message: string): IngestProblem => ({ code, severity, message });

export const problems = {
  noDate: () =>
    problem('no-date', 'error', 'no date found in the title or the paragraph (expected e.g. "on 9 March 2023"); not added'),
  twoCandidateDates: (chosen: string, others: readonly string[]) =>
    problem('two-candidate-dates', 'warning', `two candidate dates: took "${chosen}", also found ${others.map((text) => `"${text}"`).join(', ')}; check the start and end`),
  notADay: (text: string) => problem('not-a-day', 'warning', `"${text}" looks like a date but is not a real day; ignored`),
  dateWithoutYear: (text: string) =>
    problem('date-without-year', 'warning', `"${text}" has no year and the post names no other year; ignored`),
  monthOnly: (text: string) => problem('month-only', 'info', `"${text}" names a month, not a day; not used as the event date`),
  weekdayMismatch: (text: string, actual: string) =>
    problem('weekday-mismatch', 'warning', `"${text}": the weekday does not match the date (that day is a ${actual}); kept the date`),
  longRange: (text: string, days: number) =>
    problem('long-range', 'warning', `"${text}" spans ${days} days; check that it is the event's date and not a programme's`),
  noPlace: () => problem('no-place', 'info', 'no city or country from the vocabulary found; city and country left empty'),
  onlineEvent: () => problem('online-event', 'info', 'an online event: city and country left empty'),
  placeNotInVocabulary: (name: string) =>
    problem('place-not-in-vocabulary', 'warning', `place "${name}" is not in the vocabulary (data/places.json); add it there to have it recognised`),
  placeConflict: (city: string, cityCountry: string, otherCountry: string) =>
    problem('place-conflict', 'warning', `took ${city} (${cityCountry}), but the post also names ${otherCountry} as the place; check city and country`),
  surnameOnly: (text: string) =>
    problem('surname-only', 'info', `"${text}" names an unknown person by surname only; not added to people`),
  noParagraph: () => problem('no-paragraph', 'warning', 'the post has a title but no paragraph'),
  titleLooksLikeParagraph: () =>
    problem('title-looks-like-paragraph', 'warning', 'the title line is very long: is a blank line or a title missing above it?'),
  duplicatePost: (line: number) =>
    problem('duplicate-post', 'warning', `same post (same id) as the one at line ${line}; ignored this copy`),
  deletedByHand: (id: string) =>
    problem('deleted-by-hand', 'info', `event ${id} was ingested before and has since been removed from the dataset by hand; not added again`),
  syncedFromSite: (siteId: number) =>
    problem('synced-from-site', 'info', `this event comes from the site (site event ${siteId}, kept current by \`iisg sync\`); the news post does not change it`),
  siteEventInvalid: (reason: string) => problem('site-event-invalid', 'error', `${reason}; not synced`),
  duplicateSiteEvent: () => problem('duplicate-site-event', 'warning', 'the site listed this event twice (it changed during the run); took the first'),
  linkedToSiteEvent: (id: string, siteId: number) =>
    problem('linked-to-site-event', 'info', `the dataset's event ${id} (same title, overlapping days) is this site event: linked it to site event ${siteId}`),
  sourceNotAWebAddress: (url: string) =>
    problem('source-not-a-web-address', 'warning', `the event's link ${JSON.stringify(url)} is not a web address the dataset accepts; source left empty`),
  sameTitleDifferentDates: (id: string) =>
    problem('same-title-different-dates', 'warning', `the dataset already has an event with this title on other dates (${id}); added as a separate event`),
};
