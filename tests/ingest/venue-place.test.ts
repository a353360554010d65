// Where a site says an event was: the venue's city and country in the vocabulary's spelling, the text only
// where the venue is silent and agrees, and what the vocabulary lacks reported, never dropped.
import { describe, expect, it } from 'vitest';
import { extractPostFacts } from '../../src/ingest/extract-post-facts.js';
import type { VenueHint } from '../../src/ingest/venue-place.js';
import { realLexicon } from './ingest-fixtures.js';

const lexicon = realLexicon();
const TEXT = 'The meeting took place in Tivat, Montenegro, on 9 March 2023.';

describe("extractPostFacts: the place from the site's venue", () => {
  it.each<[string, VenueHint[], string, string | null, string | null, string[]]>([
    [
      'city and country as the vocabulary spells them',
      [{ city: 'Budva', country: 'Montenegro' }],
      TEXT,
      'Budva',
      'Montenegro',
      [],
    ],
    ['another spelling of the city', [{ city: 'Priština', country: 'Kosovo' }], '', 'Pristina', 'Kosovo', []],
    ['another name of the country', [{ city: 'Skopje', country: 'Macedonia' }], '', 'Skopje', 'North Macedonia', []],
    ['a city without its country', [{ city: 'Ljubljana' }], '', 'Ljubljana', 'Slovenia', []],
    [
      "a city that is also a word, named as the venue's city",
      [{ city: 'Bar', country: 'Montenegro' }],
      '',
      'Bar',
      'Montenegro',
      [],
    ],
    [
      "only the country: the text's city, in that country",
      [{ name: 'Regent Porto Montenegro', country: 'Montenegro' }],
      TEXT,
      'Tivat',
      'Montenegro',
      [],
    ],
    [
      'only the country: a city of another country in the text is not taken',
      [{ country: 'Albania' }],
      TEXT,
      null,
      'Albania',
      [],
    ],
    [
      "neither: a known city in the venue's name",
      [{ name: 'Hotel Splendid Conference & Spa Resort, Bečići' }],
      '',
      'Becici',
      'Montenegro',
      [],
    ],
    [
      'a city the vocabulary lacks is kept as the site writes it',
      [{ city: 'Mavrovo', country: 'North Macedonia' }],
      '',
      'Mavrovo',
      'North Macedonia',
      ['place-not-in-vocabulary'],
    ],
    [
      'a venue and a country that disagree',
      [{ city: 'Tirana', country: 'Kosovo' }],
      '',
      'Tirana',
      'Albania',
      ['place-conflict'],
    ],
    ['the first venue that says where', [{ name: 'Online' }, { city: 'Ohrid' }], '', 'Ohrid', 'North Macedonia', []],
    ['an online venue', [{ name: 'Online (Zoom)' }], 'The Board met on 3 June 2021.', null, null, ['online-event']],
    ['no venue: the text decides', [], TEXT, 'Tivat', 'Montenegro', []],
  ])('%s', (_name, venues, body, city, country, codes) => {
    const facts = extractPostFacts('A meeting', body, lexicon, { venues });
    expect(facts).toMatchObject({ city, country });
    expect(facts.problems.map((problem) => problem.code)).toEqual(codes);
  });
});

describe('extractPostFacts: organisers and topics the site names', () => {
  it("gives a listed organiser its short name, keeps an unknown one as written, then adds the text's", () => {
    const facts = extractPostFacts('Workshop', 'The workshop was hosted by the Border Police of Montenegro.', lexicon, {
      organisers: ['United Nations Office on Drugs and Crime (UNODC)', 'IISG Secretariat', 'UNODC'],
    });
    expect(facts.organisers).toEqual(['UNODC', 'IISG Secretariat', 'Border Police of Montenegro']);
  });

  it('takes known topics from categories and tags, tags of their own, and not sections, places or kinds', () => {
    const facts = extractPostFacts('Workshop', 'Participants discussed cybercrime.', lexicon, {
      categories: ['News & Events', 'Counter Terrorism', 'Workshops'],
      tags: ['Drug trafficking', 'Rule of Law', 'Western Balkans', 'UNODC', 'Conferences', 'Uncategorized'],
    });
    expect(facts.topics).toEqual(['counter-terrorism', 'drug trafficking', 'rule of law', 'cybercrime']);
  });
});
