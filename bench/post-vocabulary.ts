// The words synthetic posts are made of: topics, kinds of event with their title patterns, and the
// two-word code names of projects that make one post findable by free text among 100k.

export const TOPICS = [
  'organized crime', 'drug trafficking', 'border security', 'counter-terrorism', 'preventing violent extremism', 'cybercrime',
  'money laundering', 'human trafficking', 'migrant smuggling', 'firearms trafficking', 'police cooperation', 'judicial cooperation',
  'anti-corruption', 'witness protection', 'financial investigations', 'asset recovery', 'encrypted platforms',
  'high-risk criminal networks', 'cigarette smuggling', 'foreign terrorist fighters', 'radicalisation in prisons',
  'critical infrastructure protection', 'hybrid threats', 'disinformation', 'environmental crime', 'cultural property trafficking',
  'small arms control', 'gender equality in policing', 'community policing', 'intelligence-led policing', 'risk analysis',
  'integrated border management', 'document fraud', 'crypto-assets', 'online child sexual abuse', 'domestic violence',
  'returnees reintegration', 'security sector reform', 'information exchange', 'joint investigation teams',
  'crime prevention strategies', 'technical assistance', 'cyber resilience', 'maritime security', 'wildlife crime',
] as const;

export const CODE_FIRST = [
  'Halcyon', 'Meridian', 'Sentinel', 'Keystone', 'Lodestar', 'Bastion', 'Trident', 'Paragon', 'Zephyr', 'Vanguard', 'Citadel', 'Beacon',
  'Compass', 'Anchor', 'Granite', 'Cobalt', 'Amber', 'Falcon', 'Kestrel', 'Osprey', 'Heron', 'Lynx', 'Ibex', 'Orion', 'Vega', 'Altair',
  'Polaris', 'Andromeda', 'Cassiopeia', 'Aurora', 'Solstice', 'Equinox', 'Tempest', 'Cyclone', 'Monsoon', 'Glacier', 'Basalt',
  'Obsidian', 'Quartz', 'Jasper', 'Onyx', 'Garnet', 'Topaz', 'Sapphire', 'Emerald', 'Crimson', 'Indigo', 'Scarlet', 'Ivory', 'Ebony',
  'Silver', 'Golden', 'Copper', 'Bronze', 'Titan', 'Atlas', 'Hermes', 'Athena', 'Pegasus', 'Phoenix', 'Griffin', 'Chimera', 'Nimbus',
  'Stratus', 'Cirrus', 'Boreal', 'Austral', 'Zenith', 'Nadir', 'Apex',
];

export const CODE_SECOND = [
  'Shield', 'Bridge', 'Gate', 'Arc', 'Path', 'Net', 'Link', 'Watch', 'Guard', 'Frontier', 'Horizon', 'Wave', 'Ridge', 'Crest', 'Spire',
  'Tower', 'Key', 'Lantern', 'Circle', 'Pact', 'Accord', 'Axis', 'Vector', 'Signal', 'Relay', 'Current', 'Stream', 'Delta', 'Outpost',
  'Keel', 'Rudder', 'Mast', 'Helm', 'Sail', 'Sentry', 'Harness', 'Lattice', 'Prism', 'Mosaic', 'Compact', 'Bulwark', 'Rampart',
  'Beam', 'Pillar', 'Cornerstone', 'Threshold', 'Junction', 'Meadow', 'Orchard', 'Quarry',
];

export interface KindStyle {
  /** The kind's name in data/event-kinds.json, or null for a plain meeting (no kind). */
  kind: string | null;
  weight: number;
  /** How the summary calls it. */
  noun: string;
  /** Title patterns; {T} topic, {City}, {Country}, {Org}, {Ord}, {Audience}. A pattern whose field is missing is skipped. */
  titles: readonly string[];
}

export const KIND_STYLES: readonly KindStyle[] = [
  { kind: null, weight: 30, noun: 'meeting', titles: ['High-level meeting on {T} in {City}, {Country}', 'Expert meeting on {T}', 'Roundtable on {T}, {City}', 'IISG Secretariat participates at the {Org} meeting on {T}'] },
  { kind: 'workshop', weight: 12, noun: 'workshop', titles: ['Regional Workshop on {T}', '{Org} Workshop on {T}, {City}', 'Workshop on {T} in {City}, {Country}'] },
  { kind: 'conference', weight: 12, noun: 'conference', titles: ['Regional Conference on {T}, {Country}', '{Ord} Annual Conference on {T}', 'International Conference on {T} in {City}'] },
  { kind: 'seminar', weight: 6, noun: 'seminar', titles: ['Seminar on {T} in {City}, {Country}', '{Org} Seminar on {T}'] },
  { kind: 'board meeting', weight: 4, noun: 'board meeting', titles: ['IISG Board Meeting in {City}', 'Board Meeting on {T}'] },
  { kind: 'working group', weight: 6, noun: 'working group', titles: ['Working Group on {T}, {City}', 'Meeting of the Working Group on {T}'] },
  { kind: 'consultations', weight: 5, noun: 'consultations', titles: ['Bilateral consultations in {Country}', 'Consultations on {T} with the {Org}'] },
  { kind: 'training', weight: 7, noun: 'training', titles: ['Training on {T} for {Audience}', '{Org} Training on {T}, {City}'] },
  { kind: 'summit', weight: 2, noun: 'summit', titles: ['{City} Summit on {T}', 'Regional Summit on {T}'] },
  { kind: 'forum', weight: 5, noun: 'forum', titles: ['Regional Forum on {T}', '{City} Security Forum'] },
  { kind: 'panel', weight: 3, noun: 'panel discussion', titles: ['Panel discussion on {T}', 'Panel on {T} in {City}'] },
  { kind: 'webinar', weight: 4, noun: 'webinar', titles: ['Webinar on {T}', '{Org} Webinar on {T}'] },
  { kind: 'study visit', weight: 4, noun: 'study visit', titles: ['Study visit to {City}, {Country}', 'Study visit on {T} to {Country}'] },
];

export const AUDIENCES = ['police officers', 'prosecutors', 'border guards', 'customs officers', 'analysts', 'investigators', 'judges'];

export const ORDINALS = ['2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th'];

/** Sentences that carry no name, place, organisation or kind: they give posts their length and common words. */
export const FILLER_SENTENCES = [
  'Discussions focused on closer regional cooperation and on the exchange of good practices among practitioners from the Western Balkans.',
  'The participants agreed to strengthen the exchange of information and to follow up on the recommendations at the next regional meeting.',
  'The IISG Secretariat presented the latest developments of the IISG Process and the priorities of the Integrative Internal Security Governance.',
  'Representatives of ministries, law enforcement agencies and international partners shared their experience and identified common challenges.',
  'The event brought together more than {n} participants, including senior officials, prosecutors and experts from the region.',
  'Closing remarks stressed the importance of sustainable funding, national ownership and a coordinated approach of all partners.',
  'Several delegations underlined the need for better data collection and for joint threat assessments in the coming period.',
  'Both sides expressed their commitment to continue the dialogue and to translate the conclusions into concrete actions.',
  'Speakers highlighted recent operational successes and the lessons learned from cases investigated jointly by several jurisdictions.',
  'The conclusions will feed into the annual review of the regional strategy and the planning of activities for the following year.',
];

export const CODE_SENTENCES = [
  'Participants reviewed the results of Operation {Code} and agreed on next steps on {T2}.',
  'The agenda included the launch of the {Code} project on {T1}.',
  'Partners presented the {Code} programme, which addresses {T1} in the region.',
  'A session was dedicated to the {Code} action plan and its first results on {T2}.',
];
