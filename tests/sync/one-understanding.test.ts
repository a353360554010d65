// Sync and ingest understand a post's text the same way: the seed's news posts, sent as site events with no
// venue, no organiser and no terms, give the same place, people, organisers and topics as ingest gives them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNews, syncSiteEvents } from '../../src/index.js';
import { htmlText } from '../../adapters/site/html-text.js';
import { rawVocabulary, SEED_NEWS_FILE } from '../ingest/ingest-fixtures.js';

describe('one understanding of language', () => {
  it('gives the same facts from the same text, whether ingested or synced', () => {
    const news = readFileSync(SEED_NEWS_FILE, 'utf8');
    const vocabulary = rawVocabulary();
    const ingested = ingestNews({ news, events: [], vocabulary, memory: undefined }).events;
    expect(ingested).toHaveLength(11);
    const siteEvents = ingested.map((event, index) => ({
      id: 500 + index,
      url: `https://wb-iisg.com/event/${event.id}/`,
      title: event.title.replace(/&/g, '&#038;'),
      description: `<p>${event.summary.replace(/&/g, '&amp;')}</p>`,
      excerpt: '',
      start_date: `${event.start} 09:00:00`,
      end_date: `${event.end} 17:00:00`,
      categories: [],
      tags: [],
      venue: [],
      organizer: [],
    }));
    const synced = syncSiteEvents({ siteEvents, events: [], vocabulary, memory: undefined, html: htmlText }).events;
    const facts = (event: (typeof ingested)[number]) => ({
      title: event.title,
      city: event.city,
      country: event.country,
      people: event.people,
      organisers: event.organisers,
      topics: event.topics,
      summary: event.summary,
    });
    expect(synced.map(facts)).toEqual(ingested.map(facts));
  });
});
