// Tags a post with the security topics it mentions, from a fixed list of topics and the phrases that
// signal them (case and diacritics folded), in the order the post first mentions them.
import type { IngestLexicon } from './ingest-lexicon.js';
import { createPhraseMatcher } from '../search/phrase-matcher.js';
import { foldWords } from '../text/fold.js';
import { indexWords } from './word-index.js';

const TOPIC_PHRASES: Record<string, readonly string[]> = {
  'organized crime': ['organized crime', 'organised crime', 'serious and organised crime', 'serious and organized crime', 'transnational organized crime', 'transnational organised crime', 'organized crimes', 'organised crimes'],
  'border security': ['border security', 'border management', 'integrated border management', 'border control', 'border authorities'],
  customs: ['customs'],
  'counter-terrorism': ['counter-terrorism', 'counterterrorism', 'counter terrorism', 'CT', 'CT-PCVE', 'CT PCVE', 'terrorism', 'terrorist'],
  'preventing violent extremism': ['PCVE', 'P/CVE', 'PVE', 'CVE', 'CT-PCVE', 'CT PCVE', 'preventing violent extremism', 'countering violent extremism', 'violent extremism', 'extremism', 'radicalisation', 'radicalization'],
  'drug trafficking': ['drug trafficking', 'drugs trafficking', 'narcotics', 'drug smuggling', 'illicit drugs'],
  'human trafficking': ['trafficking in human beings', 'human trafficking', 'THB', 'trafficking in persons'],
  'migrant smuggling': ['migrant smuggling', 'smuggling of migrants'],
  firearms: ['firearms', 'small arms', 'SALW', 'illicit weapons', 'weapons trafficking'],
  cybercrime: ['cybercrime', 'cyber crime', 'cybersecurity', 'cyber security'],
  corruption: ['corruption', 'anti-corruption', 'anticorruption'],
  'money laundering': ['money laundering', 'anti-money laundering', 'AML', 'financial investigations', 'asset recovery'],
  'police cooperation': ['police cooperation', 'police co-operation'],
  'law enforcement training': ['law enforcement training', 'training needs', 'OTNA'],
  'environmental crime': ['environmental crime', 'affect the environment', 'environmental crimes'],
  'security cooperation': ['security cooperation', 'security co-operation'],
  'regional cooperation': ['regional cooperation', 'regional co-operation'],
  'technical assistance': ['technical assistance'],
  'criminal networks': ['criminal networks', 'high risk criminal networks', 'high-risk criminal networks'],
  'encrypted platforms': ['encrypted platforms', 'encrypted communications'],
  resilience: ['resilience'],
  migration: ['migration', 'asylum'],
};

const MATCHER = createPhraseMatcher(Object.entries(TOPIC_PHRASES).flatMap(([topic, phrases]) => phrases.map((phrase) => ({ phrase, value: topic }))));
const MOST_TOPICS = 5;

export function extractTopics(title: string, body: string): string[] {
  const topics = new Set<string>();
  for (const text of [title, body]) for (const match of MATCHER.findAll(indexWords(text).words)) for (const topic of match.values) topics.add(topic);
  return [...topics].slice(0, MOST_TOPICS);
}

/**
 * Topics from a site's categories and tags: the known topics they name ("Counter Terrorism" ->
 * counter-terrorism), then tags that name no topic, person, place, organisation or kind of event, as topics
 * of their own ("Rule of Law" -> "rule of law"). Other categories are the site's sections ("News", "Events").
 */
export function topicsOfTerms(terms: { categories?: readonly string[]; tags?: readonly string[] }, lexicon: IngestLexicon): string[] {
  const topics = new Set<string>();
  const own: string[] = [];
  const named = [...(terms.categories ?? []).map((name) => ({ name, isTag: false })), ...(terms.tags ?? []).map((name) => ({ name, isTag: true }))];
  for (const { name, isTag } of named) {
    const found = MATCHER.findAll(indexWords(name).words).flatMap((match) => match.values);
    for (const topic of found) topics.add(topic);
    if (found.length === 0 && isTag && isOwnTopic(name, lexicon)) own.push(asTopic(name));
  }
  for (const topic of own) topics.add(topic);
  return [...topics];
}

/** "Rule of Law" -> "rule of law"; acronyms keep their capitals ("IISG Board" -> "IISG board"). */
function asTopic(term: string): string {
  return term.trim().split(/\s+/).map((word) => (/^[\p{Lu}\p{N}-]{2,}$/u.test(word) ? word : word.toLowerCase())).join(' ');
}

function isOwnTopic(term: string, lexicon: IngestLexicon): boolean {
  const folded = foldWords(term);
  if (!folded || folded.length > 60) return false;
  if (lexicon.isPlaceOrOrganisation(folded) || lexicon.people.lookup(folded).length > 0) return false;
  const isSection = (word: string) => lexicon.kindWords.has(word) || word === 'news' || word === 'and';
  if (folded.split(' ').every(isSection)) return false;
  return folded !== 'uncategorized' && folded !== 'uncategorised';
}
