// The bench's synthetic data and questions: the same seed gives the same dataset, posts mention exactly
// the organisers and kind they were built with, and each kind of question's expected answer agrees with a
// separate brute-force reading of its text. No timing here: speed is `npm run bench`'s business.
import { describe, expect, it } from 'vitest';
import { createEngine, EventSchema, type EventRecord } from '../../src/index.js';
import { readVocabulary } from '../../bench/vocabulary-files.js';
import { generateDataset } from '../../bench/generate-dataset.js';
import { buildQuestions, BENCH_NOW, isFreeText, type Question } from '../../bench/questions.js';
import { expectSet, judge } from '../../bench/expected-answer.js';
import { createAliasRegistry } from '../../bench/alias-registry.js';
import { foldPhrase, foldTokens, typoDistance } from '../../bench/fold.js';

const vocabulary = readVocabulary();
const dataset = generateDataset(vocabulary, { size: 400, seed: 'test-seed' });
const questions = buildQuestions(dataset);

describe('generateDataset', () => {
  it('is deterministic for a seed and changes with it', () => {
    const again = generateDataset(vocabulary, { size: 400, seed: 'test-seed' });
    expect(again.events).toEqual(dataset.events);
    expect(again.people).toEqual(dataset.people);
    const other = generateDataset(vocabulary, { size: 400, seed: 'other-seed' });
    expect(other.events.map((event) => event.title)).not.toEqual(dataset.events.map((event) => event.title));
  });

  it('writes valid events with unique ids, 2015-2026 dates and 300-600 character summaries', () => {
    for (const event of dataset.events) {
      expect(() => EventSchema.parse(event)).not.toThrow();
      expect(event.start >= '2015-01-01' && event.end <= '2026-12-31').toBe(true);
      expect(event.summary.length).toBeGreaterThanOrEqual(300);
      expect(event.summary.length).toBeLessThanOrEqual(600);
    }
    expect(new Set(dataset.events.map((event) => event.id)).size).toBe(dataset.events.length);
  });

  it('builds a roster of a few hundred with unique surnames and the Sojati near misses', () => {
    expect(dataset.people.length).toBeGreaterThanOrEqual(250);
    const surnames = dataset.people.map((person) => foldPhrase(person.name.split(' ').at(-1) ?? ''));
    expect(new Set(surnames).size).toBe(surnames.length);
    expect(surnames).toEqual(expect.arrayContaining(['sojat', 'sojani']));
    expect(surnames).not.toContain('sojati'); // the real one stays in data/people.json
  });

  it('mentions in each post exactly its organisers and its kind, no other organisation or kind', () => {
    const registry = createAliasRegistry(dataset.vocabulary);
    const phrases = new Map([...registry.phrasesOf('organisation'), ...registry.phrasesOf('kind')]);
    const longest = Math.max(...[...phrases.keys()].map((phrase) => phrase.split(' ').length));
    dataset.events.forEach((event, i) => {
      const mentioned = new Set(findPhrases(foldTokens(`${event.title} ${event.summary}`), phrases, longest));
      const expected = new Set([...event.organisers.map((name) => `organisation:${name}`), ...(dataset.facts[i]?.kind ? [`kind:${dataset.facts[i]?.kind}`] : [])]);
      expect([...mentioned].sort(), event.id).toEqual([...expected].sort());
    });
  });
});

describe('buildQuestions', () => {
  it('makes at least 200 distinct questions of every kind, free text included', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(new Set(questions.map((question) => question.text.toLowerCase())).size).toBe(questions.length);
    const kinds = new Set(questions.map((question) => question.kind));
    for (const kind of ['where-year (full name)', 'near-miss-name', 'city', 'country-year', 'month', 'month-range', 'typo-person', 'typo-city', 'free-text', 'topic']) expect(kinds).toContain(kind);
  });

  it('is deterministic', () => {
    expect(buildQuestions(generateDataset(vocabulary, { size: 400, seed: 'test-seed' }))).toEqual(questions);
  });

  // Each reading below parses the question's own text and filters the events by brute force.
  const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const inRange = (from: string, to: string) => (event: EventRecord) => event.start <= to && event.end >= from;
  const readings: [RegExp, (match: RegExpMatchArray) => EventRecord[]][] = [
    [/^where was ([A-Z]\w+ [A-Z]\w+) in (\d{4})$/, ([, name, year]) => dataset.events.filter((e) => e.people.includes(name ?? '') && inRange(`${year}-01-01`, `${year}-12-31`)(e))],
    [/^events in ([A-Z]\w*(?: (?:[A-Z]\w*|and|of|the))*)$/, ([, place]) => dataset.events.filter((e) => e.city === place || e.country === place)],
    [/^events in (\d{4}) not in ([A-Z][\w ]+)$/, ([, year, place]) => dataset.events.filter((e) => e.country !== place && inRange(`${year}-01-01`, `${year}-12-31`)(e))],
    [/^how many events in ([A-Z][\w ]+) in (\d{4})$/, ([, place, year]) => dataset.events.filter((e) => e.country === place && inRange(`${year}-01-01`, `${year}-12-31`)(e))],
    [/^how many events in (\d{4})$/, ([, year]) => dataset.events.filter(inRange(`${year}-01-01`, `${year}-12-31`))],
    [/^how many events in ([A-Z][a-z]+) (\d{4})$/, ([, month, year]) => {
      const m = MONTHS.indexOf((month ?? '').toLowerCase()) + 1;
      return dataset.events.filter(inRange(`${year}-${String(m).padStart(2, '0')}-01`, lastDay(Number(year), m)));
    }],
    [/^what happened between ([A-Z][a-z]+) and ([A-Z][a-z]+) (\d{4})$/, ([, first, last, year]) => {
      const a = MONTHS.indexOf((first ?? '').toLowerCase()) + 1;
      const b = MONTHS.indexOf((last ?? '').toLowerCase()) + 1;
      return dataset.events.filter(inRange(`${year}-${String(a).padStart(2, '0')}-01`, lastDay(Number(year), b)));
    }],
  ];

  it('computes the expected events a brute-force reading of the question finds', () => {
    let checked = 0;
    for (const question of questions.filter((q) => q.expected.mode === 'set' && !q.kind.startsWith('typo'))) {
      for (const [pattern, read] of readings) {
        const match = question.text.match(pattern);
        if (!match || (pattern.source.startsWith('^events in') && /last year$/.test(question.text))) continue;
        expect(question.expected, question.text).toEqual(expectSet(read(match)));
        checked++;
        break;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('makes one-letter typos that are no word of the posts and no alias', () => {
    const registry = createAliasRegistry(dataset.vocabulary);
    const typos = questions.filter((question) => question.kind.startsWith('typo'));
    expect(typos.length).toBeGreaterThanOrEqual(20);
    const names = [...dataset.vocabulary.people.map((p) => p.name.split(' ').at(-1) ?? ''), ...dataset.vocabulary.places.cities.map((c) => c.name), ...dataset.vocabulary.places.countries.map((c) => c.name)].map(foldPhrase);
    for (const question of typos) {
      const word = foldPhrase(question.text.match(/(?:was|in) ([A-Z]\w+)/)?.[1] ?? '');
      expect(registry.owners(word).size, question.text).toBe(0);
      expect(names.some((name) => typoDistance(word, name) === 1), question.text).toBe(true);
    }
  });

  it('targets, for free text, one to three posts that contain every content word', () => {
    for (const question of questions.filter((q) => q.expected.mode === 'hit5')) {
      const targets = question.expected.mode === 'hit5' ? question.expected.targets : [];
      expect(targets.length).toBeGreaterThanOrEqual(1);
      expect(targets.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('the engine on the tiny dataset', () => {
  it('answers the structured questions exactly and finds the free-text posts in its top 5', () => {
    const engine = createEngine({ events: dataset.events, vocabulary: dataset.vocabulary });
    const now = new Date(`${BENCH_NOW}T12:00:00Z`);
    const verdict = (question: Question) => judge(question.expected, engine.ask(question.text, now));
    const structured = questions.filter((question) => !isFreeText(question));
    const wrong = structured.filter((question) => !verdict(question).right).map((question) => question.text);
    expect(wrong.length / structured.length, wrong.join('; ')).toBeLessThanOrEqual(0.01);
    const free = questions.filter((question) => question.expected.mode === 'hit5');
    expect(free.filter((question) => verdict(question).right).length / free.length).toBeGreaterThanOrEqual(0.95);
  });
});

/** Longest phrase first, left to right, never overlapping: how a reader picks out names in a sentence. */
function findPhrases(words: readonly string[], phrases: ReadonlyMap<string, string>, longest: number): string[] {
  const found: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(longest, words.length - start); length >= 1; length--) {
      const owner = phrases.get(words.slice(start, start + length).join(' '));
      if (owner) {
        found.push(owner);
        start += length - 1;
        break;
      }
    }
  }
  return found;
}
