// Where a text names people and organisations, with offsets: known people by any alias or title, new people
// introduced by an honorific or a role (person-patterns.ts), known organisations by any name. People
// extraction lists the names; role extraction reads who stands next to "chaired", "led by", ...
import type { IngestLexicon } from './ingest-lexicon.js';
import { indexWords, type WordIndex } from './word-index.js';
import { NOT_NAME_WORDS } from './name-words.js';
import { foldWords } from '../text/fold.js';
import { namesInList, PERSON_PATTERNS } from './person-patterns.js';

export interface Mention {
  /** Canonical name when known, else as written. */
  name: string;
  type: 'person' | 'organisation';
  known: boolean;
  /** Offsets in the text: [start, end). */
  start: number;
  end: number;
}

/** A lone capitalised word after an honorific ("Mr. Doe") that no known person answers to. */
export interface SurnameOnly {
  text: string;
  at: number;
}

const LONGEST_NAME_WORDS = 4;

export function findPeople(text: string, lexicon: IngestLexicon, index: WordIndex = indexWords(text)): { mentions: Mention[]; surnames: SurnameOnly[] } {
  const mentions: Mention[] = [];
  const surnames: SurnameOnly[] = [];
  for (const match of lexicon.people.findAll(index.words)) {
    // An alias shared by two people names neither.
    if (match.values.length === 1) mentions.push({ name: match.values[0]!, type: 'person', known: true, ...spanOf(index, match.start, match.end) });
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
        const start = at + Math.max(0, raw.indexOf(name));
        const known = lexicon.people.lookup(name);
        if (known.length === 1) mentions.push({ name: known[0]!, type: 'person', known: true, start, end: start + name.length });
        else if (name.includes(' ')) mentions.push({ name, type: 'person', known: false, start, end: start + name.length });
        // A lone word in a speaker list is as likely a fragment of a role as a surname.
        else if (list === undefined) surnames.push({ text: match[0], at });
      }
    }
  }
  return { mentions, surnames };
}

/** People and known organisations, longest first where they overlap, in text order. */
export function findMentions(text: string, lexicon: IngestLexicon): Mention[] {
  const index = indexWords(text);
  const all = findPeople(text, lexicon, index).mentions;
  for (const match of lexicon.organisations.findAll(index.words)) {
    all.push({ name: match.values[0]!, type: 'organisation', known: true, ...spanOf(index, match.start, match.end) });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of all) if (!kept.some((other) => mention.start < other.end && other.start < mention.end)) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start);
}

/** Offsets of words [first, end) of an index, without the punctuation that ends the last chunk ("Bregu,"). */
function spanOf(index: WordIndex, first: number, end: number): { start: number; end: number } {
  const firstRaw = index.raw[first] ?? '';
  const lastRaw = index.raw[end - 1] ?? '';
  const start = (index.offsets[first] ?? 0) + firstRaw.length - firstRaw.replace(/^[^\p{L}\p{N}]+/u, '').length;
  return { start, end: (index.offsets[end - 1] ?? 0) + lastRaw.replace(/[^\p{L}\p{N}]+$/u, '').length };
}

/**
 * "Minister Jane Doe" -> "Jane Doe"; "Jane Doe In Tirana" -> "Jane Doe"; "North Macedonia" -> null.
 * A single word is returned as is, for the caller to look up as a known alias.
 */
export function cleanName(raw: string, lexicon: IngestLexicon, afterHonorific = false): string | null {
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
