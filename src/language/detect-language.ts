// Which language a question is in, from its words: each word known to several languages counts for each a
// share (so "na", "ne", "do" decide little), letters only one language writes add a point ("ë", "ђ", "ќ"), and
// English is the default: a question with no word of another language is English. A locale hint (Discord's)
// settles a tie.
import type { QuestionPart } from './question-parts.js';
import { FILLER_WORDS } from '../query/filler-words.js';
import { OPERATOR_WORDS } from '../query/operator-words.js';
import { isEventNoun } from '../query/event-nouns.js';
import { MONTH_PATTERN } from '../dates/month-names.js';

export interface DetectableLanguage {
  code: string;
  words: ReadonlySet<string>;
  /** Letters only this language writes, in either script. */
  letters: string;
  cyrillic: boolean;
  locales: readonly string[];
}

export const ENGLISH = 'en';

/** Words English questions are made of, beyond filler and operators. */
const ENGLISH_EXTRA = `
year years month months week weeks day days today yesterday countries country cities city places long often
happened busiest where when who how many much which what did does was were about anything events
`;
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  ...OPERATOR_WORDS,
  ...MONTH_PATTERN.split('|'),
  ...ENGLISH_EXTRA.split(/\s+/).filter(Boolean),
]);

/**
 * `original` is the question as typed (for its letters and script), `parts` its words folded after
 * transliteration. Returns a language code, or "en".
 */
export function detectLanguage(
  original: string,
  parts: readonly QuestionPart[],
  languages: readonly DetectableLanguage[],
  hint: string | null,
): string {
  if (languages.length === 0) return ENGLISH;
  const cyrillic = /[\u0400-\u04ff]/.test(original);
  const scores = new Map<string, number>(languages.map((language) => [language.code, 0]));
  let english = 0;
  for (const { word } of parts) {
    const isEnglish = ENGLISH_WORDS.has(word) || isEventNoun(word);
    let sharing = isEnglish ? 1 : 0;
    for (const language of languages) if (language.words.has(word)) sharing++;
    if (sharing === 0) continue;
    if (isEnglish) english += 1 / sharing;
    for (const language of languages)
      if (language.words.has(word)) scores.set(language.code, (scores.get(language.code) ?? 0) + 1 / sharing);
  }
  for (const language of languages) {
    if ([...language.letters].some((letter) => original.includes(letter) || original.includes(letter.toUpperCase())))
      scores.set(language.code, (scores.get(language.code) ?? 0) + 1);
  }

  // A language must beat English outright, except in Cyrillic, where English needs more words than it.
  const candidates = languages.filter((language) => !cyrillic || language.cyrillic);
  let best: DetectableLanguage | null = null;
  for (const language of candidates) {
    const score = scores.get(language.code) ?? 0;
    const top = best ? (scores.get(best.code) ?? 0) : -1;
    if (score > top || (score === top && hint !== null && language.locales.includes(hint))) best = language;
  }
  if (!best) return ENGLISH;
  const top = scores.get(best.code) ?? 0;
  if (top > english || (cyrillic && top >= english)) return best.code;
  // A question with nothing to tell (only names and numbers): the locale says it.
  if (top === 0 && english === 0 && hint !== null)
    return languages.find((language) => language.locales.includes(hint))?.code ?? ENGLISH;
  return ENGLISH;
}
