// Names as a language declines them: a stem plus one of the language's endings ("u Sjevernoj Makedoniji",
// "Sojatija", "në Shqipërisë", "UNODC-a"), Albanian linking articles that change with the case ("Mali i Zi",
// "Malit të Zi", "Mal të Zi"). Each name's words give their stems once (the word, and the word without its final
// vowel), so no form needs listing. The match says the name the vocabulary knows, for the English parser.
import type { QuestionPart } from './question-parts.js';
import { foldPhrase, spellingsOf } from './lexicon.js';

export interface NameSource {
  /** The name as written (an alias, or a local name). */
  say: string;
  /** What the English parser is given: the alias itself, or the vocabulary name a local name stands for. */
  means: string;
}

export interface NameMatch {
  length: number;
  means: string;
  /** Read through an ending or a changed article, not as written. */
  inflected: boolean;
}

export interface NameForms {
  match(parts: readonly QuestionPart[], at: number): NameMatch | null;
}

interface NameEntry {
  words: { word: string; stems: string[] }[];
  means: string;
  order: number;
}

const MIN_STEM = 3;
const VOWELS = /[aeiou]$/;

export function createNameForms(
  names: readonly NameSource[],
  endingList: readonly string[],
  linkingList: readonly string[],
): NameForms {
  const endings = new Set(endingList);
  const linking = new Set(linkingList);
  const byStem = new Map<string, NameEntry[]>();
  names.forEach(({ say, means }, order) => {
    for (const spelling of spellingsOf(say)) {
      const words = foldPhrase(spelling).map((word) => ({ word, stems: stemsOf(word) }));
      if (words.length === 0) continue;
      const entry: NameEntry = { words, means, order };
      for (const stem of words[0]!.stems) {
        const list = byStem.get(stem);
        if (!list) byStem.set(stem, [entry]);
        else if (!list.includes(entry)) list.push(entry);
      }
    }
  });

  /** 0: as written, 1: through an ending or article, -1: no. */
  const fit = (typed: string, name: NameEntry['words'][number]): number => {
    if (typed === name.word) return 0;
    if (linking.has(typed) && linking.has(name.word)) return 1;
    const dash = typed.lastIndexOf('-');
    // "UNODC-a", "OSCE-së": the ending written after a hyphen.
    if (dash > 0 && fit(typed.slice(0, dash), name) >= 0 && /^[a-z]{1,4}$/.test(typed.slice(dash + 1))) return 1;
    for (const stem of name.stems)
      if (typed.length > stem.length && typed.startsWith(stem) && endings.has(typed.slice(stem.length))) return 1;
    return name.stems.includes(typed) ? 1 : -1;
  };

  const keysOf = (typed: string): string[] => {
    const keys = [typed];
    for (const ending of endings)
      if (typed.length - ending.length >= MIN_STEM && typed.endsWith(ending)) keys.push(typed.slice(0, -ending.length));
    const dash = typed.lastIndexOf('-');
    if (dash > 0) keys.push(...keysOf(typed.slice(0, dash)));
    return keys;
  };

  return {
    match(parts, at) {
      const typed = parts[at]?.word;
      if (typed === undefined) return null;
      let best: { entry: NameEntry; changes: number } | null = null;
      for (const key of keysOf(typed)) {
        for (const entry of byStem.get(key) ?? []) {
          const length = entry.words.length;
          if (at + length > parts.length) continue;
          let changes = 0;
          for (let k = 0; k < length && changes >= 0; k++) {
            const fitted = fit(parts[at + k]!.word, entry.words[k]!);
            changes = fitted < 0 || (k < length - 1 && parts[at + k]!.punctuation !== '') ? -1 : changes + fitted;
          }
          if (changes < 0) continue;
          const better =
            !best ||
            length > best.entry.words.length ||
            (length === best.entry.words.length &&
              (changes < best.changes || (changes === best.changes && entry.order < best.entry.order)));
          if (better) best = { entry, changes };
        }
      }
      return best ? { length: best.entry.words.length, means: best.entry.means, inflected: best.changes > 0 } : null;
    },
  };
}

/** The word, and the word without its final vowel ("makedonija" makedonij, "tirana" tiran), if long enough. */
function stemsOf(word: string): string[] {
  return VOWELS.test(word) && word.length - 1 >= MIN_STEM ? [word, word.slice(0, -1)] : [word];
}
