// Who organised the event: after "organised by"/"at the initiative of"/"hosted by", known names shortened
// to the vocabulary's, unknown ones kept as written; failing those, a known owner of the event.
import { describe, expect, it } from 'vitest';
import { extractOrganisers } from '../../src/ingest/extract-organisers.js';
import { realLexicon } from './ingest-fixtures.js';

const lexicon = realLexicon();

describe('extractOrganisers', () => {
  it.each([
    ['organized by the OSCE Mission to the United Nations and the UNODC (United Nations Office on Drugs and Crime) was held', ['OSCE', 'UNODC']],
    ['organised by the Italian Ministry of Interior. The meeting took place', ['Italian Ministry of Interior']],
    ['was organized at the initiative of the Directorate of International Security Cooperation', ['Directorate of International Security Cooperation']],
    ['an event which was organized on behalf of the Bureau for Public Security within the Ministry of Interior of', ['Bureau for Public Security']],
    ['a workshop organised by the WB Regional Hub for Strong Cities Network which addressed terrorism', ['Strong Cities Network']],
    ['hosted by the Ministry of Security of Bosnia and Herzegovina in Sarajevo', ['Ministry of Security of Bosnia and Herzegovina']],
    ['co-organised by the RCC and the European Commission, the forum', ['RCC', 'European Commission']],
    ['organised by Regional Cooperation Council and OSCE.', ['RCC', 'OSCE']],
    ['Co-organised by multiple entities, it brought together over 100 participants', []],
  ])('%s', (body, organisers) => {
    expect(extractOrganisers('A meeting', body, lexicon)).toEqual(organisers);
  });

  it.each([
    ['IISG Secretariat participates at UNODC SEE event on Organized Crime Strategies', "took part in UNODC's first Regional Multi-stakeholder Event", ['UNODC']],
    ['CEPOL WB PaCT Regional Level OTNA Validation Workshop, Hungary', 'at the CEPOL WB PaCT Regional Level OTNA Validation Workshop, held in Budapest', ['CEPOL']],
    ['Regional Network of National CT-PCVE Coordinators (RNNC) of the WB6 in Tirana, Albania', 'the regional meeting of the National Coordinators', []],
    ['Meeting with the EU', 'The Secretariat discussed the EU strategy with partners', []],
    ['IISG at the Salzburg Forum Ministerial Conference', 'held in Brdo pri Kranju, Slovenia, under the auspices of the Slovenian Presidency', ['Salzburg Forum']],
  ])('owner of the event: %s', (title, body, organisers) => {
    expect(extractOrganisers(title, body, lexicon)).toEqual(organisers);
  });
});
