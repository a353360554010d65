// A broken dataset gives one message naming the file, the record and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, DatasetError } from '../../src/index.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as unknown;
const vocabulary = { people: read('people.json'), places: read('places.json'), organisations: read('organisations.json'), kinds: read('event-kinds.json') };
const events = read('events.json') as Record<string, unknown>[];
const sources = { events: 'data/events.json' };

function problemWith(change: (records: Record<string, unknown>[]) => unknown): string {
  const copy = structuredClone(events);
  const broken = change(copy) ?? copy;
  try {
    createEngine({ events: broken, vocabulary, sources });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('dataset validation', () => {
  it('accepts the real dataset', () => {
    expect(createEngine({ events, vocabulary, sources }).events).toHaveLength(events.length);
  });

  it.each([
    ['an impossible date', (r: Record<string, unknown>[]) => { r[3]!.start = '2022-02-30'; }, /record 4 \(id "2022-05-05-cepol[^"]*"\), field "start": expected a date as YYYY-MM-DD, got "2022-02-30"/],
    ['a date in another format', (r: Record<string, unknown>[]) => { r[0]!.end = '15/12/2021'; }, /record 1 .*field "end": expected a date as YYYY-MM-DD, got "15\/12\/2021"/],
    ['an end before the start', (r: Record<string, unknown>[]) => { r[1]!.end = '2022-03-01'; }, /record 2 .*field "end": expected a day on or after start \(2022-03-15\), got 2022-03-01/],
    ['a missing title', (r: Record<string, unknown>[]) => { delete r[5]!.title; }, /record 6 .*field "title": expected string, got nothing/],
    ['people as a string', (r: Record<string, unknown>[]) => { r[2]!.people = 'Agron Sojati'; }, /record 3 .*field "people": expected array, got "Agron Sojati"/],
    ['a misspelt field', (r: Record<string, unknown>[]) => { r[7]!.contry = 'Montenegro'; }, /record 8 .*unknown field "contry"/],
    ['a duplicate id', (r: Record<string, unknown>[]) => { r[10]!.id = r[9]!.id; }, /record 11 .*field "id": expected a unique id, got the id of record 10 again/],
    ['an id with spaces', (r: Record<string, unknown>[]) => { r[0]!.id = 'Skopje 2021'; }, /record 1 \(id "Skopje 2021"\), field "id": expected lowercase letters/],
    ['a source that is no web address', (r: Record<string, unknown>[]) => { r[4]!.source = 'iisg.info/news'; }, /record 5 .*field "source": expected a web address starting with http:\/\/ or https:\/\//],
    ['not an array', () => ({ events: [] }), /data\/events\.json: expected a JSON array of records, got object/],
  ])('%s', (_name, change, message) => {
    const text = problemWith(change);
    expect(text).toMatch(/^data\/events\.json/);
    expect(text).toMatch(message);
  });

  it('names the vocabulary file and entry too', () => {
    const brokenPeople = [{ name: 'Agron Sojati', aliases: 'Sojati' }];
    expect(() => createEngine({ events, vocabulary: { ...vocabulary, people: brokenPeople }, sources: { vocabulary: { people: 'data/people.json' } } })).toThrow(
      /data\/people\.json, record 1 \(id "Agron Sojati"\), field "aliases": expected array/,
    );
  });
});
