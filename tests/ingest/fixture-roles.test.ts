// Acceptance on 24 longer posts (tests/fixtures/news-2021-2026.txt, several paragraphs each): every post is
// added with its date and place, and its roles are the ones its sentences state, read by hand from the posts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNews } from '../../src/ingest/ingest-news.js';
import type { EventRole } from '../../src/index.js';
import { rawVocabulary } from './ingest-fixtures.js';

const news = readFileSync(new URL('../fixtures/news-2021-2026.txt', import.meta.url), 'utf8');
const result = ingestNews({ news, events: [], vocabulary: rawVocabulary(), memory: undefined });

/** "role holder (of ...)" with P: or O: for a person or an organisation. */
const EXPECTED: [title: string, start: string, city: string, roles: string[]][] = [
  ['Second IISG Board Meeting held in Podgorica', '2021-10-12', 'Podgorica', ['co-chair P:Lejla Kovač', 'co-chair P:Marko Vuković', 'presenter P:Agron Sojati (the IISG Annual Report 2021 and the priorities of the three pillars for the coming year)']],
  ['WBCTi Expert Meeting on P/CVE, Tirana', '2021-11-25', 'Tirana', ['host O:Ministry of Interior of Albania', 'presenter P:Agron Sojati (the state of play of the WBCTi action plan and the results of the 2021 needs mapping)', 'moderator P:Ana Petrović (The discussion that followed)']],
  ['Regional Workshop on Firearms Trafficking in Skopje', '2022-02-08', 'Skopje', ['organiser O:SEESAC', 'opener P:Jovan Stojanov', 'presenter P:Agron Sojati (the link between the IISG and the Roadmap for a sustainable solution to the illegal possession, misuse and trafficking of SALW)']],
  ['Fourth meeting of the Serious Crime Pillar in Belgrade', '2022-06-14', 'Belgrade', ['chair P:Agron Sojati', 'presenter O:Europol (the latest threat assessment on high-risk criminal networks active in the Western Balkans)']],
  ['IISG at the EU-Western Balkans Ministerial Forum on Justice and Home Affairs, Brussels', '2022-09-20', 'Brussels', ['host O:European Commission', 'host O:Council of the EU', 'chair P:Ylva Lindqvist (The opening session)', 'speaker P:Agron Sojati']],
  ['Training on financial investigations for Western Balkans prosecutors, Sarajevo', '2022-10-17', 'Sarajevo', ['organiser O:OSCE', 'organiser O:IISG Secretariat', 'lead P:Dario Horvat (The trainers)']],
  ['Regional Conference on Integrated Border Management, Ohrid', '2022-11-23', 'Ohrid', ['co-organiser O:Frontex', 'co-organiser O:OSCE', 'presenter P:Agron Sojati (the WBBSi pillar and the regional needs in border surveillance equipment)']],
  ['IISG Secretariat at the Salzburg Forum Ministerial Conference, Brdo pri Kranju', '2023-03-16', 'Brdo pri Kranju', ['presenter P:Agron Sojati (the IISG priorities in the fight against migrant smuggling)']],
  ['Expert workshop on online radicalisation, Pristina', '2023-04-18', 'Pristina', ['co-organiser O:RCC', 'co-organiser O:IISG Secretariat', 'opener P:Majlinda Bregu', 'moderator P:Teuta Krasniqi (A panel on the role of online platforms in content moderation)']],
  ['Third Meeting of the Regional Network of National CT-PCVE Coordinators, Budva', '2023-05-30', 'Budva', ['host O:Ministry of Interior of Montenegro', 'co-chair O:IISG Secretariat', 'co-chair O:RCC', 'presenter P:Agron Sojati (the WBCTi monitoring framework)']],
  ['Regional meeting on drug trafficking through the ports of the Adriatic, Bari', '2023-07-12', 'Bari', ['organiser O:Italian Ministry of Interior', 'organiser O:Central Directorate for Anti-Drug Services', 'presenter P:Agron Sojati (the coordination of the narcotics-related actions of the WBCSCi)']],
  ['IISG Annual Meeting in Vienna', '2023-10-10', 'Vienna', ['host O:Austrian Ministry of the Interior', 'chair P:Stefan Berger', 'presenter P:Agron Sojati (the IISG evaluation report)']],
  ['EU Policy Cycle EMPACT Workshop on Firearms, The Hague', '2023-12-06', 'The Hague', ['organiser O:Europol', 'lead O:Spain', 'moderator P:Agron Sojati (a session on the exchange of ballistic information between the EU and the Western Balkans)']],
  ['Western Balkans Border Security initiative: Pillar 3 meeting in Zagreb', '2024-02-21', 'Zagreb', ['host O:Croatian Ministry of the Interior', 'co-chair P:Ivan Marić', 'co-chair P:Agron Sojati']],
  ['Regional conference on cybercrime, Belgrade', '2024-04-09', 'Belgrade', ['organiser O:Council of Europe', 'opener P:Nikola Ilić', 'opener P:Clara Moreau', 'speaker P:Agron Sojati (the regional needs in cybercrime investigations)']],
  ['Study visit of the IISG partners to Frontex, Warsaw', '2024-05-15', 'Warsaw', ['lead P:Agron Sojati (a delegation of the IISG partners)', 'opener P:Lars Holm']],
  ['Regional Forum on Trafficking in Human Beings, Chisinau', '2024-06-11', 'Chisinau', ['organiser O:IOM', 'organiser O:OSCE', 'organiser O:Ministry of Internal Affairs of Moldova', 'opener P:Daniela Rusu', 'opener P:Agron Sojati', 'chair P:Irina Ceban (The second panel)']],
  ['IISG Board Meeting in Skopje', '2024-09-24', 'Skopje', ['co-organiser O:IISG Secretariat', 'co-organiser O:European Commission', 'chair O:North Macedonian Chairmanship of the IISG', 'presenter P:Agron Sojati (the IISG Annual Report 2024 and the draft budget of the Secretariat)', 'lead O:European Commission (a discussion)']],
  ['Regional workshop on witness protection, Tirana', '2024-11-27', 'Tirana', ['organiser O:US Department of Justice', 'host O:General Prosecutor\'s Office of Albania', 'moderator P:Thomas Reed']],
  ['Conference on Foreign Terrorist Fighters and Returnees, Sarajevo', '2025-03-05', 'Sarajevo', ['organiser O:Ministry of Security of Bosnia and Herzegovina', 'speaker P:Edin Hadžić', 'presenter P:Agron Sojati (the regional needs in the rehabilitation and reintegration of returnees)']],
  ['WBCTi Steering Group meeting, Budva', '2025-05-20', 'Budva', ['host O:Police Directorate of Montenegro', 'chair P:Agron Sojati', 'presenter P:Sara Lindgren (the results of the regional survey on the radicalisation of young people)']],
  ['Regional meeting on environmental crime, Ljubljana', '2025-10-14', 'Ljubljana', ['organiser O:Slovenian Police', 'organiser O:Brdo-Brijuni Process', 'presenter P:Agron Sojati (the findings of the IISG mapping on the illegal trade in waste and protected species)', 'moderator P:Maja Novak (The discussion)']],
  ['Ministerial meeting of the IISG partners, Rome', '2026-02-03', 'Rome', ['host O:Italian Ministry of Interior', 'co-chair P:Paolo Ferri', 'co-chair P:Henrik Dahl', 'presenter P:Agron Sojati (the IISG Strategy 2026-2030)']],
  ['Regional workshop on crypto-assets and money laundering, Podgorica', '2026-04-14', 'Podgorica', ['host O:Central Bank of Montenegro', 'opener P:Jelena Radović', 'moderator P:Agron Sojati (a panel on the tracing of virtual assets in organized crime investigations)']],
];

function describeRole({ role, holder, holderType, of }: EventRole): string {
  return `${role} ${holderType === 'person' ? 'P' : 'O'}:${holder}${of ? ` (${of})` : ''}`;
}

describe('ingest of the 2021-2026 fixture posts', () => {
  it('adds all 24 posts, each with several paragraphs', () => {
    expect(result.report.counts).toMatchObject({ posts: 24, added: 24, skipped: 0 });
    expect(result.events.filter((event) => event.summary.includes('\n\n')).length).toBeGreaterThan(20);
  });

  it.each(EXPECTED)('%s', (title, start, city, roles) => {
    const event = result.events.find((candidate) => candidate.title === title);
    expect(event, `no event titled ${title}`).toBeDefined();
    expect({ start: event?.start, city: event?.city }).toEqual({ start, city });
    expect(event?.roles.map(describeRole)).toEqual(roles);
  });

  it('never takes an "under the auspices of" body for an organiser', () => {
    const auspices = result.events.filter((event) => /under the auspices of/.test(event.summary));
    expect(auspices.length).toBeGreaterThanOrEqual(3);
    for (const event of auspices) {
      const patron = /under the auspices of the ([^.,]+)/.exec(event.summary)?.[1] ?? '';
      expect(event.roles.filter((role) => role.role === 'organiser' && patron.includes(role.holder))).toEqual([]);
    }
  });
});
