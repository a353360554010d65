// Acceptance: ingesting the seed news posts into an empty dataset reproduces the hand-made data/events.json's
// ids, dates, places and people for every post.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNews } from '../../src/ingest/ingest-news.js';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const news = readFileSync(new URL('tests/fixtures/news.txt', root), 'utf8');
const vocabulary = {
  people: readJson('data/people.json'),
  places: readJson('data/places.json'),
  organisations: readJson('data/organisations.json'),
  kinds: readJson('data/event-kinds.json'),
};
const handMade = readJson('data/events.json') as { id: string; title: string; start: string; end: string; city: string | null; country: string | null; people: string[]; summary: string }[];

describe('ingest of the seed news posts into an empty dataset', () => {
  const result = ingestNews({ news, events: [], vocabulary, memory: undefined });

  it('adds every post', () => {
    expect(result.report.counts).toMatchObject({ posts: 11, added: 11, skipped: 0 });
  });

  it.each(handMade.map((event) => [event.title, event] as const))('%s', (_title, expected) => {
    const event = result.events.find((candidate) => candidate.id === expected.id);
    expect(event, `no event with id ${expected.id}`).toBeDefined();
    expect(event).toMatchObject({
      title: expected.title,
      start: expected.start,
      end: expected.end,
      city: expected.city,
      country: expected.country,
      people: expected.people,
      summary: expected.summary,
    });
  });
});
