// Finds the people a post names: known people by any alias or title of the vocabulary ("IISG HoS",
// "Mr. Sojati"), and new people named with an honorific or a role ("Ms. Jane Doe", "Jane Doe, Minister of
// ...", "the Secretary-General, Jane Doe"). Organisations and places are never taken for people.
import type { IngestLexicon } from './ingest-lexicon.js';
import type { IngestProblem } from './ingest-problems.js';
import { problems } from './ingest-problems.js';
import { foldWords } from '../text/fold.js';
import { findPeople, type SurnameOnly } from './find-mentions.js';

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

export function extractPeople(title: string, body: string, lexicon: IngestLexicon): PeopleExtraction {
  const found: Found[] = [];
  const surnames: SurnameOnly[] = [];
  for (const [text, base] of [[title, 0], [body, title.length + 1]] as const) {
    const inText = findPeople(text, lexicon);
    for (const mention of inText.mentions) found.push({ name: mention.name, known: mention.known, at: base + mention.start });
    for (const surname of inText.surnames) surnames.push({ text: surname.text, at: base + surname.at });
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
