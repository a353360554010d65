// Spots place names the vocabulary lacks: a capitalised name after "in"/"at" ("held in Ljubljana"), or at
// the end of a title after a comma ("..., Ohrid"), that is not a known place, organisation, person or month.
import type { IngestLexicon } from './ingest-lexicon.js';
import { monthNumber } from '../dates/month-names.js';
import { foldWords } from '../text/fold.js';
import { NOT_NAME_WORDS } from './name-words.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?`;
const AFTER_LOCATION_WORD = new RegExp(String.raw`(?<![\p{L}])(?:in|at)\s+(?:the\s+)?(?<name>${NAME})`, 'gu');
const TITLE_END = new RegExp(String.raw`,\s*(?<name>${NAME})\s*[.!]?\s*$`, 'u');

export function findUnknownPlaces(text: string, lexicon: IngestLexicon, isTitle: boolean): string[] {
  const names = [...text.matchAll(AFTER_LOCATION_WORD)].map((match) => match.groups?.name ?? '');
  if (isTitle) names.push(text.match(TITLE_END)?.groups?.name ?? '');
  return names.map((name) => name.replace(/['’]s$/, '')).filter((name) => name && isUnknownPlace(name, lexicon));
}

function isUnknownPlace(name: string, lexicon: IngestLexicon): boolean {
  const words = foldWords(name).split(' ');
  const first = words[0] ?? '';
  if (/^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(name.split(/\s+/)[0] ?? '')) return false; // an acronym: an organisation
  if (NOT_NAME_WORDS.has(first) || monthNumber(first) !== undefined) return false;
  if (lexicon.isPlaceOrOrganisation(first) || lexicon.isPlaceOrOrganisation(words.join(' '))) return false;
  if (lexicon.people.lookup(first).length > 0 || lexicon.people.lookup(words.join(' ')).length > 0) return false;
  // "in Skopje" is matched by the place finder; only the first word decides ("in Budva Montenegro").
  return lexicon.places.findAll(words).every((match) => match.start !== 0);
}
