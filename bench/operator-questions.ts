// Questions with operators, their right answers computed from the generated events: exclusion by country,
// organiser and region, anchors on a project's post, groupings (countries in a year, events per year), the
// longest event, a position in a year, and yes/no.
import type { EventRecord } from '../src/index.js';
import type { Question } from './expected-answer.js';
import type { Builder } from './structured-questions.js';
import type { QuestionContext } from './question-context.js';
import { expectSet, overlapsRange } from './expected-answer.js';
import { targetsOf } from './free-text-questions.js';
import { foldTokens } from './fold.js';
import { YEARS, yearBounds, yearOf } from './question-context.js';

export const OPERATOR_MIX: readonly [Builder, number][] = [
  [notInCountry, 6],
  [withoutOrganiser, 4],
  [outsideRegion, 3],
  [afterProject, 4],
  [beforeProject, 3],
  [countriesInYear, 4],
  [perYearInCountry, 3],
  [longestInCountry, 3],
  [positionInYear, 3],
  [yesNoCountryYear, 5],
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const within = (events: readonly EventRecord[], year: number) => events.filter((event) => overlapsRange(event, yearBounds(year).from, yearBounds(year).to));
const lengthOf = (event: EventRecord) => (Date.parse(event.end) - Date.parse(event.start)) / 86_400_000 + 1;

function askableCountry(ctx: QuestionContext, country: string | null): country is string {
  return country !== null && ctx.vocabulary.places.countries.some((candidate) => candidate.name === country) && ctx.registry.namesOnly(country, `place:${country}`);
}

function notInCountry(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  if (!askableCountry(ctx, event.country)) return null;
  const year = yearOf(event);
  return { kind: 'not-country', text: `events in ${year} not in ${event.country}`, expected: expectSet(within(ctx.events, year).filter((e) => e.country !== event.country)) };
}

function withoutOrganiser(ctx: QuestionContext): Question | null {
  const event = ctx.random.pick(ctx.events);
  const organiser = event.organisers[0];
  if (!organiser || !ctx.registry.namesOnly(organiser, `organisation:${organiser}`)) return null;
  const year = yearOf(event);
  return { kind: 'without-organiser', text: `how many events in ${year} without ${organiser}`, expected: expectSet(within(ctx.events, year).filter((e) => !e.organisers.includes(organiser))) };
}

function outsideRegion(ctx: QuestionContext): Question | null {
  const region = ctx.vocabulary.places.regions.find((candidate) => candidate.name === 'Western Balkans');
  if (!region) return null;
  const year = ctx.random.pick(YEARS);
  const members = new Set(region.countries);
  return { kind: 'outside-region', text: `events outside the Western Balkans in ${year}`, expected: expectSet(within(ctx.events, year).filter((e) => e.country === null || !members.has(e.country))) };
}

/** A post its project's code name finds alone: the anchor of "after the <code> meeting". */
function anchorEvent(ctx: QuestionContext): { event: EventRecord; code: string } | null {
  const i = ctx.random.int(0, ctx.events.length - 1);
  const code = ctx.facts[i]?.code;
  const event = ctx.events[i];
  if (!code || !event) return null;
  const targets = targetsOf(ctx, foldTokens(code));
  return targets.length === 1 && targets[0] === event ? { event, code } : null;
}

function afterProject(ctx: QuestionContext): Question | null {
  const anchor = anchorEvent(ctx);
  if (!anchor) return null;
  return { kind: 'after-event', text: `what happened after the ${anchor.code} meeting`, expected: expectSet(ctx.events.filter((e) => e.start > anchor.event.end)) };
}

function beforeProject(ctx: QuestionContext): Question | null {
  const anchor = anchorEvent(ctx);
  if (!anchor) return null;
  const country = anchor.event.country;
  if (!askableCountry(ctx, country)) return null;
  const text = `events in ${country} before the ${anchor.code} meeting`;
  return { kind: 'before-event', text, expected: expectSet(ctx.events.filter((e) => e.country === country && e.end < anchor.event.start)) };
}

function countriesInYear(ctx: QuestionContext): Question | null {
  const year = ctx.random.pick(YEARS);
  const counts = new Map<string, number>();
  for (const event of within(ctx.events, year)) if (event.country) counts.set(event.country, (counts.get(event.country) ?? 0) + 1);
  return { kind: 'countries-year', text: `how many countries in ${year}`, expected: { mode: 'groups', groups: [...counts.entries()] } };
}

function perYearInCountry(ctx: QuestionContext): Question | null {
  const country = ctx.random.pick(ctx.events).country;
  if (!askableCountry(ctx, country)) return null;
  const counts = new Map<string, number>();
  for (const event of ctx.events) if (event.country === country) counts.set(event.start.slice(0, 4), (counts.get(event.start.slice(0, 4)) ?? 0) + 1);
  return { kind: 'per-year', text: `events per year in ${country}`, expected: { mode: 'groups', groups: [...counts.entries()] } };
}

function longestInCountry(ctx: QuestionContext): Question | null {
  const country = ctx.random.pick(ctx.events).country;
  if (!askableCountry(ctx, country)) return null;
  const year = ctx.random.pick(YEARS);
  const candidates = within(ctx.events, year).filter((event) => event.country === country);
  if (candidates.length === 0) return null;
  const longest = Math.max(...candidates.map(lengthOf));
  return { kind: 'longest', text: `longest event in ${country} in ${year}`, expected: expectSet(candidates.filter((event) => lengthOf(event) === longest)) };
}

/** "The third event of 2020": every event that began on the third event's day (a tie is shown whole). */
function positionInYear(ctx: QuestionContext): Question | null {
  const year = ctx.random.pick(YEARS);
  const n = ctx.random.int(1, ORDINALS.length);
  const sorted = within(ctx.events, year).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1));
  const picked = sorted[n - 1];
  if (!picked) return null;
  return { kind: 'position', text: `the ${ORDINALS[n - 1]} event of ${year}`, expected: expectSet(sorted.filter((event) => event.start === picked.start)) };
}

function yesNoCountryYear(ctx: QuestionContext): Question | null {
  const country = ctx.random.pick(ctx.vocabulary.places.countries).name;
  if (!askableCountry(ctx, country)) return null;
  const year = ctx.random.pick(YEARS);
  const any = within(ctx.events, year).some((event) => event.country === country);
  return { kind: 'yes-no', text: `was there an event in ${country} in ${year}`, expected: { mode: 'verdict', verdict: any ? 'yes' : 'no' } };
}
