// Finds the people a post names: known people by any alias or title of the vocabulary ("IISG HoS",
// "Mr. Sojati"), and new people named with an honorific or a role ("Ms. Jane Doe", "Jane Doe, Minister of
// ...", "the Secretary-General, Jane Doe"). Organisations and places are never taken for people.
import type { IngestLexicon } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import { problems } from './ingest-problems.js';
import { indexWords } from './word-index.js';
import { NOT_NAME_WORDS } from './name-words.js';
import { foldWords } from '../text/fold.js';
import { namesInList, PERSON_PATTERNS } from './person-patterns.js';

export interface PeopleExtraction {
  /** Canonical names, in the order the post first names them. */
  people: string[];
  /** The ones the vocabulary does not know. */
  newPeople: string[];
  problems: IngestProblem[];
}

interface Found {
  name: string;
  known: boolean;
  at: number;
}

const LONGEST_NAME_WORDS = 4;

export function extractPeople(title: string, body: string, lexicon: IngestLexicon): PeopleExtraction {
  const found: Found[] = [];
  const surnames: { text: string; at: number }[] = [];
  for (const [text, base] of [[title, 0], [body, title.length + 1]] as const) {
    const index = indexWords(text);
    for (const match of lexicon.people.findAll(index.words)) {
      // An alias shared by two people names neither.
      if (match.values.length === 1) found.push({ name: match.values[0]!, known: true, at: base + (index.offsets[match.start] ?? 0) });
    }
    for (const pattern of PERSON_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const { name: single, list } = match.groups ?? {};
        const listStart = list === undefined ? 0 : match.index + match[0].length - list.length;
        const candidates = list === undefined
          ? [{ raw: single ?? '', at: match.index + match[0].lastIndexOf(single ?? '') }]
          : namesInList(list).map(({ name, offset }) => ({ raw: name, at: listStart + offset }));
        for (const { raw, at } of candidates) {
          const name = cleanName(raw, lexicon, pattern === PERSON_PATTERNS[0]);
          if (!name) continue;
          const known = lexicon.people.lookup(name);
          if (known.length === 1) found.push({ name: known[0]!, known: true, at: base + at });
          else if (name.includes(' ')) found.push({ name, known: false, at: base + at });
          // A lone word in a speaker list is as likely a fragment of a role as a surname.
          else if (list === undefined) surnames.push({ text: match[0], at: base + at });
        }
      }
    }
  }

  found.sort((a, b) => a.at - b.at);
  const people: string[] = [];
  const newPeople: string[] = [];
  const seen = new Set<string>();
  for (const { name, known } of found) {
    const key = foldWords(name);
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(name);
    if (!known) newPeople.push(name);
  }
  const lastNames = new Set(people.map((name) => foldWords(name).split(' ').pop()));
  const reported = new Set<string>();
  const notes = surnames
    .filter(({ text }) => {
      const surname = foldWords(text).split(' ').pop();
      if (lastNames.has(surname) || reported.has(text)) return false;
      reported.add(text);
      return true;
    })
    .map(({ text }) => problems.surnameOnly(text));
  return { people, newPeople, problems: notes };
}

/**
 * "Minister Jane Doe" -> "Jane Doe"; "Jane Doe In Tirana" -> "Jane Doe"; "North Macedonia" -> null.
 * A single word is returned as is, for the caller to look up as a known alias.
 */
function cleanName(raw: string, lexicon: IngestLexicon, afterHonorific = false): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAME_WORDS.has(foldWords(words[0]!))) words.shift();
  const kept: string[] = [];
  for (const [position, word] of words.entries()) {
    const folded = foldWords(word);
    if (NOT_NAME_WORDS.has(folded) && !/^\p{Ll}/u.test(word)) break;
    // "Mr. Milan Stefanović": after an honorific, a given name that is also a city's is still a given name.
    const next = words[position + 1];
    const givenName = afterHonorific && kept.length === 0 && next !== undefined && !lexicon.isPlaceOrOrganisation(foldWords(next));
    if (!givenName && lexicon.isPlaceOrOrganisation(folded)) return null;
    kept.push(word);
  }
  if (kept.length === 0 || kept.length > LONGEST_NAME_WORDS) return null;
  const name = kept.join(' ');
  if (lexicon.isPlaceOrOrganisation(name)) return null;
  return name;
}
