// Which synonym phrases the parser must read as subjects before any operator: those holding an operator word,
// an ordinal or a number ("first pillar", "Pillar 3", "fight against terrorism" holds none and is left alone).
import type { Synonym } from '../dataset/synonym-schema.js';
import { foldWords } from '../text/fold.js';
import { OPERATOR_WORDS } from './operator-words.js';
import { isOrdinalWord } from './word-numbers.js';

export function subjectPhrases(synonyms: readonly Synonym[]): string[] {
  const phrases = synonyms.flatMap((synonym) => [synonym.name, ...synonym.aliases]).map(foldWords);
  return phrases.filter((phrase) => phrase.includes(' ') && phrase.split(' ').some((word) => OPERATOR_WORDS.has(word) || isOrdinalWord(word) || /^\d+$/.test(word)));
}
