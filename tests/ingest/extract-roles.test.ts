// Who held which role, read from a post's sentences: one row per phrase, each with the role, the holder
// (canonical when the vocabulary knows it) and what the role was held over; then the phrases that are not roles.
import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../src/ingest/extract-roles.js';
import type { EventRole } from '../../src/index.js';
import { realLexicon } from './ingest-fixtures.js';

const lexicon = realLexicon();
const person = (role: EventRole['role'], holder: string, of: string | null = null): EventRole => ({ role, holder, holderType: 'person', of });
const body = (role: EventRole['role'], holder: string, of: string | null = null): EventRole => ({ role, holder, holderType: 'organisation', of });
const rolesIn = (text: string) => extractRoles('A meeting', text, lexicon);

describe('extractRoles: each phrase', () => {
  it.each<[string, string, EventRole[]]>([
    ['organised by', 'The meeting was organised by the Italian Ministry of Interior.', [body('organiser', 'Italian Ministry of Interior')]],
    ['organized by, two names', 'A conference, organized by the OSCE Mission to the United Nations and the UNODC (United Nations Office on Drugs and Crime) was held.', [body('organiser', 'OSCE'), body('organiser', 'UNODC')]],
    ['organised on behalf of', 'An event which was organized on behalf of the Bureau for Public Security within the Ministry of Interior.', [body('organiser', 'Bureau for Public Security')]],
    ['organised by an unknown body', 'The workshop was organised by the Slovenian Police in Ljubljana.', [body('organiser', 'Slovenian Police')]],
    ['co-organised by ... and ...', 'The forum was co-organised by the RCC and the European Commission.', [body('co-organiser', 'RCC'), body('co-organiser', 'European Commission')]],
    ['jointly organised by', 'The conference was jointly organised by Frontex and the OSCE.', [body('co-organiser', 'Frontex'), body('co-organiser', 'OSCE')]],
    ['co-organised with', 'On 18 April 2023, the IISG Secretariat co-organised with the Regional Cooperation Council an expert workshop.', [body('co-organiser', 'RCC'), body('co-organiser', 'IISG Secretariat')]],
    ['X organised a workshop', 'The Council of Europe organised a regional workshop on electronic evidence.', [body('organiser', 'Council of Europe')]],
    ['at the initiative of', 'The seminar was organized at the initiative of the Directorate of International Security Cooperation.', [body('organiser', 'Directorate of International Security Cooperation')]],
    ['hosted by', 'The meeting was hosted by the Ministry of Interior of Montenegro.', [body('host', 'Ministry of Interior of Montenegro')]],
    ['co-hosted by', 'The Forum was co-hosted by the European Commission and the Council of the European Union.', [body('host', 'European Commission'), body('host', 'Council of the EU')]],
    ['X hosted the meeting', 'The Austrian Ministry of the Interior hosted the annual meeting of the partners.', [body('host', 'Austrian Ministry of the Interior')]],
    ['chaired by', 'The meeting was chaired by Mr. Stefan Berger, Director General for Public Security.', [person('chair', 'Stefan Berger')]],
    ['chaired by, a part of the event', 'The second panel, dedicated to labour exploitation, was chaired by Ms. Irina Ceban, National Anti-Trafficking Coordinator of Moldova.', [person('chair', 'Irina Ceban', 'The second panel')]],
    ['chaired by a title', 'The meeting was chaired by the Head of the IISG Secretariat, Mr. Agron Sojati, and gathered 28 representatives of the European Commission.', [person('chair', 'Agron Sojati')]],
    ['X chaired the session', 'Mr. Agron Sojati chaired the first session on border security.', [person('chair', 'Agron Sojati', 'the first session on border security')]],
    ['co-chaired by X and Y', 'It was co-chaired by Ms. Lejla Kovač, Head of Unit at DG HOME, and Mr. Marko Vuković, State Secretary of the Ministry of Interior of Montenegro.', [person('co-chair', 'Lejla Kovač'), person('co-chair', 'Marko Vuković')]],
    ['co-chaired by two bodies', 'The meeting was hosted by the Ministry of Interior of Montenegro and co-chaired by the IISG Secretariat and the Regional Cooperation Council.', [body('host', 'Ministry of Interior of Montenegro'), body('co-chair', 'IISG Secretariat'), body('co-chair', 'RCC')]],
    ['co-chaired by titles then names', 'It was co-chaired by the Italian Minister of Interior, Mr. Paolo Ferri, and the European Commissioner for Internal Affairs and Migration, Mr. Henrik Dahl.', [person('co-chair', 'Paolo Ferri'), person('co-chair', 'Henrik Dahl')]],
    ['under the chairmanship of', 'The ministers met under the chairmanship of Ms. Jana Novak.', [person('chair', 'Jana Novak')]],
    ['X, led by Y', 'IISG HoS, Mr. Agron Sojati, joined the RCC Delegation, led by the Secretary-General, Majlinda Bregu, for bilateral consultations with the Ministry of Foreign Affairs of Moldova, led by Mr. Nicu Popescu, Deputy Prime Minister and Minister of Foreign Affairs and European Integration, in Chisinau on 21 November 2023.', [person('lead', 'Majlinda Bregu', 'the RCC Delegation'), person('lead', 'Nicu Popescu', 'the Ministry of Foreign Affairs of Moldova')]],
    ['a delegation led by', 'On 15 May 2024, a delegation of the IISG partners, led by Mr. Agron Sojati, visited the Frontex headquarters.', [person('lead', 'Agron Sojati', 'a delegation of the IISG partners')]],
    ['headed by', 'The Kosovo delegation was headed by Ms. Teuta Krasniqi.', [person('lead', 'Teuta Krasniqi', 'The Kosovo delegation')]],
    ['X led the delegation', 'Mr. Agron Sojati led the IISG delegation at the Berlin Process summit.', [person('lead', 'Agron Sojati', 'the IISG delegation')]],
    ['moderated a panel on', 'The IISG Head of Secretariat Mr. Agron Sojati moderated a panel on developing strategies for preventing violent extremism. Discussions with various', [person('moderator', 'Agron Sojati', 'a panel on developing strategies for preventing violent extremism')]],
    ['moderated by', 'A panel on the role of online platforms in content moderation was moderated by Ms. Teuta Krasniqi, Programme Manager at the Regional Cooperation Council.', [person('moderator', 'Teuta Krasniqi', 'A panel on the role of online platforms in content moderation')]],
    ['facilitated by', 'The discussion, facilitated by Ms. Maja Novak, focused on financial investigations.', [person('moderator', 'Maja Novak', 'The discussion')]],
    ['delivered a presentation on', 'The Head of IISG Secretariat Mr. Agron Sojati was invited to deliver a presentation on the IISG state of play at the high-level meeting on “Fight against High Risk Criminal Networks”.', [person('presenter', 'Agron Sojati', 'the IISG state of play')]],
    ['gave a presentation on', 'Mr. Agron Sojati gave a presentation on the WBCTi monitoring framework.', [person('presenter', 'Agron Sojati', 'the WBCTi monitoring framework')]],
    ['X, Head of ..., presented', 'Ms. Sara Lindgren, Head of the Counter-Terrorism Unit of the RCC, presented the results of the regional survey on the radicalisation of young people.', [person('presenter', 'Sara Lindgren', 'the results of the regional survey on the radicalisation of young people')]],
    ['an organisation presented', 'Europol presented the latest threat assessment on high-risk criminal networks.', [body('presenter', 'Europol', 'the latest threat assessment on high-risk criminal networks')]],
    ['presented by', 'The findings were presented by Mr. Dario Horvat.', [person('presenter', 'Dario Horvat', 'The findings')]],
    ['opened the meeting', 'Ms. Majlinda Bregu, Secretary-General of the RCC, opened the meeting and welcomed the participants.', [person('opener', 'Majlinda Bregu')]],
    ['opened by', 'The workshop was opened by Mr. Jovan Stojanov, Deputy Minister of Interior of North Macedonia, who underlined the risks.', [person('opener', 'Jovan Stojanov')]],
    ['opening remarks by', 'The opening remarks were delivered by Mr. Nikola Ilić, State Secretary of the Ministry of Justice of Serbia, and Ms. Clara Moreau, Head of the Cybercrime Programme Office of the Council of Europe.', [person('opener', 'Nikola Ilić'), person('opener', 'Clara Moreau')]],
    ['opening ceremony counted with remarks from', 'The high-level opening ceremony counted with remarks from Ljupco Nikolovski, Deputy Prime Minister of North Macedonia for the Fight against Corruption,', [person('opener', 'Ljupco Nikolovski')]],
    ['delivered the welcome remarks', 'The delegation was welcomed by the Frontex Deputy Executive Director, Mr. Lars Holm, who delivered the welcome remarks.', [person('opener', 'Lars Holm')]],
    ['keynote delivered by', 'The keynote address was delivered by Mr. Edin Hadžić, Minister of Security of Bosnia and Herzegovina.', [person('speaker', 'Edin Hadžić')]],
    ['addressed the participants', 'The Head of the IISG Secretariat, Mr. Agron Sojati, addressed the participants on the role of the IISG.', [person('speaker', 'Agron Sojati')]],
    ['hosted in a city by', 'The meeting was hosted in Tirana by the Ministry of Interior of Albania.', [body('host', 'Ministry of Interior of Albania')]],
    ['organised in a city by', 'The conference was organised in Skopje by UNODC.', [body('organiser', 'UNODC')]],
    ['organised by X in cooperation with Y', 'The workshop was organised by UNODC in cooperation with the OSCE.', [body('organiser', 'UNODC'), body('co-organiser', 'OSCE')]],
    ['presided over by', 'The plenary session was presided over by Mr. Stefan Berger.', [person('chair', 'Stefan Berger', 'The plenary session')]],
    ['X presided over the meeting', 'Ms. Jana Novak presided over the meeting of the ministers.', [person('chair', 'Jana Novak')]],
    ['under the leadership of', 'The working group met under the leadership of the Albanian Chairmanship.', [body('lead', 'Albanian Chairmanship')]],
    ['a presentation by', 'A presentation by Mr. Dario Horvat on asset recovery followed.', [person('presenter', 'Dario Horvat')]],
    ['welcomed the participants', 'Mr. Stefan Berger welcomed the participants to Vienna.', [person('opener', 'Stefan Berger')]],
    ['spoke on', 'Mr. Agron Sojati spoke on the regional needs in cybercrime investigations identified through the IISG mapping.', [person('speaker', 'Agron Sojati', 'the regional needs in cybercrime investigations')]],
  ])('%s', (_phrase, text, roles) => {
    expect(rolesIn(text)).toEqual(roles);
  });
});

describe('extractRoles: what is not a role', () => {
  it.each([
    ['organised crime', 'Illicit weapons remain a source of income for organised crime groups in the region.'],
    ['organized crimes', 'A joint discussion on transnational organized crimes that affect the environment.'],
    ['under the auspices of', 'The conference was held under the auspices of the Slovenian Presidency of the Salzburg Forum.'],
    ['organised under the auspices of', 'The workshop was organized under the auspices of the Ministry of Finance of Montenegro.'],
    ['with the support of', 'The conference took place with the support of UNOCT and the European Union.'],
    ['in cooperation with, nothing organised', 'The Secretariat works in close cooperation with the RCC and the European Commission.'],
    ['led to', 'The joint investigations of the past year led to the seizure of two tonnes of cocaine.'],
    ['a meeting that led to', 'The meeting led to an agreement on a regional working group on container control.'],
    ['hosted a delegation', 'The IISG Secretariat hosted a delegation of the participants at a closing event.'],
    ['no name after the cue', 'Co-organised by multiple entities, it brought together over 100 participants.'],
    ['presented with', 'The participants were presented with the conclusions of the previous meeting.'],
    ['a group presented', 'The national coordinators presented the progress of their national strategies.'],
    ['led by example', 'The region has led by example in the fight against terrorism.'],
    ['addressed issues', 'A workshop organised by nobody in particular, which addressed terrorism and extremism issues.'],
  ])('%s', (_phrase, text) => {
    expect(rolesIn(text)).toEqual([]);
  });

  it('keeps the roles of one sentence out of the next', () => {
    const roles = rolesIn('The meeting was chaired by Mr. Stefan Berger. Ministers of the region led the discussion on migration.');
    expect(roles).toEqual([person('chair', 'Stefan Berger')]);
  });

  it('reads the title too', () => {
    expect(extractRoles('Workshop hosted by the Central Bank of Montenegro', 'Fifty officers took part.', lexicon)).toEqual([body('host', 'Central Bank of Montenegro')]);
  });
});
