// The indexer reads posts as word ids (fold, intern, phrase-match on ids) instead of strings; these check
// it against the string versions it replaced, on the real posts and vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse-dataset.js';
import { sortEvents } from '../../src/dataset/event-order.js';
import { readEventWords, fieldRange, EVENT_FIELDS } from '../../src/search/event-words.js';
import { WordTable } from '../../src/search/word-table.js';
import { createMentionFinder } from '../../src/search/mention-finder.js';
import { createPhraseMatcher } from '../../src/search/phrase-matcher.js';
import { foldWords } from '../../src/text/fold.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as unknown;
const dataset = parseDataset({
  events: read('events.json'),
  vocabulary: { people: read('people.json'), places: read('places.json'), organisations: read('organisations.json'), kinds: read('event-kinds.json') },
});
const events = sortEvents(dataset.events);
const words = readEventWords(events);
const wordsOf = (position: number, field: (typeof EVENT_FIELDS)[number]) => {
  const [start, end] = fieldRange(words, position, field);
  return Array.from(words.ids.subarray(start, end), (id) => words.table.wordOf(id));
};
const split = (text: string) => foldWords(text).split(' ').filter(Boolean);

describe('readEventWords', () => {
  it('reads every field of every post as foldWords does', () => {
    events.forEach((event, position) => {
      expect(wordsOf(position, 'title')).toEqual(split(event.title));
      expect(wordsOf(position, 'summary')).toEqual(split(event.summary));
      expect(wordsOf(position, 'topics')).toEqual(split(event.topics.join(' ')));
      expect(wordsOf(position, 'names')).toEqual(split([...event.organisers, ...event.people].join(' ')));
    });
    expect(words.eventCount).toBe(events.length);
  });

  it('gives a word the same id wherever it occurs', () => {
    const idsOf = new Map<string, Set<number>>();
    for (const id of words.ids) {
      const word = words.table.wordOf(id);
      idsOf.set(word, (idsOf.get(word) ?? new Set()).add(id));
    }
    expect([...idsOf.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(idsOf.get('iisg')?.size).toBe(1);
  });
});

describe('WordTable', () => {
  it('keeps ids and spellings through growth, and reads words from inside a larger buffer', () => {
    const table = new WordTable();
    // Enough words to grow the slots, the id arrays and the byte pool several times.
    const vocabulary = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x${'y'.repeat(i % 40)}`);
    const ids = vocabulary.map((word) => table.intern(word));
    expect(new Set(ids).size).toBe(vocabulary.length);
    expect(vocabulary.map((word) => table.intern(word))).toEqual(ids);
    expect(ids.map((id) => table.wordOf(id))).toEqual(vocabulary);

    const buffer = new TextEncoder().encode('the osce and the osce-led');
    expect(table.internBytes(buffer, 4, 8)).toBe(table.internBytes(buffer, 17, 21));
    expect(table.wordOf(table.internBytes(buffer, 17, 25))).toBe('osce-led');
    expect(table.internBytes(buffer, 4, 8)).not.toBe(table.internBytes(buffer, 4, 7));
  });
});

describe('mention finder', () => {
  const aliases = [
    ...dataset.vocabulary.organisations.flatMap((organisation) => [organisation.name, organisation.fullName, ...organisation.aliases].filter((phrase): phrase is string => Boolean(phrase)).map((phrase) => ({ phrase, value: organisation.name }))),
    ...dataset.vocabulary.kinds.flatMap((kind) => [kind.name, ...kind.aliases].map((phrase) => ({ phrase, value: kind.name }))),
  ];

  it('finds in every post what the string phrase matcher finds', () => {
    const matcher = createPhraseMatcher(aliases);
    const finder = createMentionFinder(words.table, aliases);
    let total = 0;
    events.forEach((event, position) => {
      const expected = matcher.findAll(split(`${event.title} ${event.summary}`)).map((match) => match.values);
      const found: (readonly string[])[] = [];
      finder.findIn(words.ids, fieldRange(words, position, 'title')[0], fieldRange(words, position, 'summary')[1], (values) => found.push(values));
      expect(found).toEqual(expected);
      total += found.length;
    });
    expect(total).toBeGreaterThan(10);
  });

  it.each([
    ['the longest phrase wins', 'a study visit to the board meeting', undefined, [['study visit'], ['board meeting']]],
    ['a phrase cut by the end of the range is not found, a shorter one is', 'board meeting', 1, [['board']]],
    ['matches never overlap', 'board meeting meeting visit', undefined, [['board meeting'], ['visit']]],
    ['nothing in plain words', 'regional cooperation', undefined, []],
  ])('%s', (_name, text, end, expected) => {
    const table = new WordTable();
    const finder = createMentionFinder(table, ['study visit', 'visit', 'board meeting', 'board'].map((phrase) => ({ phrase, value: phrase })));
    const ids = Int32Array.from(split(text), (word) => table.intern(word));
    const found: (readonly string[])[] = [];
    finder.findIn(ids, 0, end ?? ids.length, (values) => found.push(values));
    expect(found).toEqual(expected);
  });
});
