// One event of The Events Calendar's API read into plain facts: the three shapes of `venue`, fields left
// out, entities, the site-local dates taken as written, and what makes an event unusable.
import { describe, expect, it } from 'vitest';
import { readSiteEvent } from '../../src/index.js';
import { htmlText } from '../../adapters/site/html-text.js';

/** The fields the API always sends, as for an event with no venue and no organiser. */
const event = (fields: Record<string, unknown> = {}) => ({
  id: 4211,
  url: 'https://wb-iisg.com/event/regional-meeting/',
  title: 'Regional meeting',
  description: '<p>The meeting took place.</p>',
  excerpt: '<p>The meeting took place.</p>',
  start_date: '2023-05-16 09:00:00',
  end_date: '2023-05-17 15:00:00',
  all_day: false,
  timezone: 'Europe/Belgrade',
  categories: [],
  tags: [],
  venue: [],
  organizer: [],
  ...fields,
});

const read = (fields: Record<string, unknown>) => {
  const result = readSiteEvent(event(fields), htmlText);
  if (!result.ok) throw new Error(result.reason);
  return result.post;
};

describe('readSiteEvent: venues', () => {
  it.each<[string, unknown, object[]]>([
    ['none: []', [], []],
    [
      'one venue: an object',
      { id: 7, venue: 'Hotel Europe', city: 'Sarajevo', country: 'Bosnia and Herzegovina', show_map: true },
      [{ name: 'Hotel Europe', city: 'Sarajevo', country: 'Bosnia and Herzegovina' }],
    ],
    [
      'several venues: a list',
      [
        { id: 7, venue: 'Eurojust', city: 'The Hague' },
        { id: 8, venue: 'Europol', address: 'Eisenhowerlaan 73' },
      ],
      [
        { name: 'Eurojust', city: 'The Hague' },
        { name: 'Europol', address: 'Eisenhowerlaan 73' },
      ],
    ],
    [
      'a list with a hole (PHP array_filter): an object keyed by number',
      { 0: { id: 7, city: 'Tirana' }, 2: { id: 9, city: 'Durres' } },
      [{ city: 'Tirana' }, { city: 'Durres' }],
    ],
    [
      'empty fields left out, entities decoded',
      { id: 7, venue: 'Hotel Splendid Conference &#038; Spa Resort', show_map: true, show_map_link: true },
      [{ name: 'Hotel Splendid Conference & Spa Resort' }],
    ],
    ['a venue with nothing but flags', { id: 7, show_map: true, show_map_link: true }, []],
    ['not a venue at all', false, []],
  ])('%s', (_name, venue, venues) => {
    expect(read({ venue }).venues).toEqual(venues);
  });
});

describe('readSiteEvent: text', () => {
  it('decodes the title and turns the description into paragraphs of plain text', () => {
    const post = read({
      title: 'EU Policy Cycle &#8211; EMPACT: &#8220;operational&#8221; meeting &#038; visit',
      description:
        '<p>Ms. Ana Vuković opened the meeting&nbsp;in <a href="https://example.org">Podgorica</a>.</p>\n<p>The participants&#8217; conclusions:</p>\n<ul>\n<li>joint patrols</li>\n<li>risk analysis</li>\n</ul>\n<p><img src="x.jpg" alt="photo">Photo: IISG</p>',
    });
    expect(post.title).toBe('EU Policy Cycle – EMPACT: “operational” meeting & visit');
    expect(post.text).toBe(
      'Ms. Ana Vuković opened the meeting in Podgorica.\n\nThe participants’ conclusions:\n\n- joint patrols\n- risk analysis\n\nPhoto: IISG',
    );
  });

  it('takes the excerpt when the description is empty', () => {
    expect(read({ description: '', excerpt: '<p>Short text [&hellip;]</p>' }).text).toBe('Short text […]');
  });

  it('reads organisers, categories and tags by name', () => {
    const post = read({
      organizer: [
        { id: 3, organizer: 'Regional Cooperation Council (RCC)' },
        { id: 4, organizer: 'Ministry of Interior &#038; Public Administration' },
        { id: 5 },
      ],
      categories: [{ id: 30, name: 'News &amp; Events', slug: 'news-events' }],
      tags: [{ id: 61, name: 'Border security' }],
    });
    expect(post.organisers).toEqual([
      'Regional Cooperation Council (RCC)',
      'Ministry of Interior & Public Administration',
    ]);
    expect(post.categories).toEqual(['News & Events']);
    expect(post.tags).toEqual(['Border security']);
  });
});

describe('readSiteEvent: dates, as the site writes them', () => {
  it.each([
    ['2023-05-16 09:00:00', '2023-05-17 15:00:00', '2023-05-16', '2023-05-17'],
    ['2024-06-19 00:00:00', '2024-06-19 23:59:59', '2024-06-19', '2024-06-19'],
    ['2022-02-22 09:00:00', '2022-02-23 00:00:00', '2022-02-22', '2022-02-22'],
    ['2023-12-31 22:00:00', '2024-01-01 02:00:00', '2023-12-31', '2024-01-01'],
    ['2023-05-16', '2023-05-16', '2023-05-16', '2023-05-16'],
  ])('%s to %s: %s to %s', (startDate, endDate, start, end) => {
    expect(read({ start_date: startDate, end_date: endDate, timezone: 'UTC+0' })).toMatchObject({ start, end });
  });
});

describe('readSiteEvent: an event that cannot be used', () => {
  it.each<[string, unknown, RegExp, number | null]>([
    ['no start_date', event({ start_date: undefined }), /^no start_date$/, 4211],
    ['no end_date', event({ end_date: null }), /^no end_date$/, 4211],
    [
      'a day that does not exist',
      event({ start_date: '2023-02-29 09:00:00' }),
      /start_date: expected a date as YYYY-MM-DD HH:MM:SS, got "2023-02-29 09:00:00"/,
      4211,
    ],
    [
      'an end before the start',
      event({ end_date: '2023-05-15 10:00:00' }),
      /end_date "2023-05-15 10:00:00" is before start_date "2023-05-16 09:00:00"/,
      4211,
    ],
    ['an empty title', event({ title: ' &nbsp; ' }), /the event has an empty title/, 4211],
    ['no id', event({ id: undefined }), /field "id": expected a number, got nothing/, null],
    ['not an object', 'event', /expected an event object, got string/, null],
  ])('%s', (_name, raw, reason, siteId) => {
    const result = readSiteEvent(raw, htmlText);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.siteId).toBe(siteId);
    }
  });
});
