// Finds a post's event dates: every date phrase in its title and paragraph, then the one that is the event's.
// A phrase right after "on", "from", "between"... is preferred; a range containing the others wins; two
// different dates left standing are reported as "two candidate dates" (the first is taken).
import type { IngestProblem } from './ingest-problems.js';
import type { DayCandidate, LocatedPhrase } from './resolve-date-phrases.js';
import { tokenizeDates } from './date-tokens.js';
import { findDatePhrases } from './date-parsers.js';
import { problems } from './ingest-problems.js';
import { resolveDatePhrases } from './resolve-date-phrases.js';

export interface EventDates {
  start: string | null;
  end: string | null;
  /** The phrase the dates were taken from, as written. */
  text: string | null;
  /** Every real day or range found, in reading order (title first). */
  candidates: DayCandidate[];
  problems: IngestProblem[];
}

/** Words that introduce the event's own date ("held on", "from ... to", "took place on"). */
const DATE_CUES = new Set(['on', 'from', 'between', 'during', 'dated', 'held', 'place', 'meet', 'met', 'meets', 'starting', 'scheduled']);

export function extractEventDates(title: string, body: string): EventDates {
  const located = [...locate(title, 'title'), ...locate(body, 'body')];
  const resolved = resolveDatePhrases(located);
  const found = [...resolved.problems];
  const chosen = chooseCandidate(resolved.candidates, found);
  if (!chosen) {
    for (const { phrase, text } of located) if (phrase.kind === 'month') found.push(problems.monthOnly(text));
    found.push(problems.noDate());
  }
  return { start: chosen?.start ?? null, end: chosen?.end ?? null, text: chosen?.text ?? null, candidates: resolved.candidates, problems: found };
}

function locate(text: string, source: 'title' | 'body'): LocatedPhrase[] {
  const tokens = tokenizeDates(text);
  return findDatePhrases(tokens).map((phrase) => {
    let previous = phrase.firstToken - 1;
    while (tokens[previous]?.kind === 'comma') previous--;
    const token = tokens[previous];
    return { phrase, text: text.slice(phrase.start, phrase.end), source, before: token?.kind === 'word' ? token.text : '' };
  });
}

function chooseCandidate(candidates: readonly DayCandidate[], found: IngestProblem[]): DayCandidate | null {
  const distinct: (DayCandidate & { cued: boolean })[] = [];
  let previousCued = false;
  for (const candidate of candidates) {
    // "on 5 May and 7 June": the second date is introduced by the same "on".
    const cued: boolean = DATE_CUES.has(candidate.before) || (candidate.before === 'and' && previousCued);
    previousCued = cued;
    const same = distinct.find((other) => other.start === candidate.start && other.end === candidate.end);
    if (same) same.cued ||= cued;
    else distinct.push({ ...candidate, cued });
  }
  const covering = (pool: readonly DayCandidate[]) => pool.find((one) => pool.every((other) => one.start <= other.start && other.end <= one.end));
  const all = covering(distinct);
  if (all) return all;
  const cued = distinct.filter((candidate) => candidate.cued);
  const pool = cued.length > 0 ? cued : distinct;
  const first = covering(pool) ?? pool[0];
  if (!first) return null;
  if (pool.length > 1 && !covering(pool)) {
    found.push(problems.twoCandidateDates(first.text, pool.filter((other) => other !== first).map((other) => other.text)));
  }
  return first;
}
