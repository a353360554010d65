// Operator words that are part of a name or title: "Next Generation EU", "Not Alone campaign", "Before the
// Summit", "the 8th Regional Conference". Collected once from the posts, as the operator word and the one to
// three words that follow it, so a question can read such words as the title they are.
import { OPERATOR_WORDS } from '../query/operator-words.js';
import { isOrdinalWord } from '../query/word-numbers.js';
import { fieldRange, type EventWords } from './event-words.js';

const FOLLOWING = 3;

export interface TitlePhrases {
  /** Does a post's title (or, for an ordinal, its text) contain these folded words in this order? */
  has(words: readonly string[]): boolean;
}

export function collectTitlePhrases(words: EventWords): TitlePhrases {
  const { table, ids } = words;
  // Flags per word id: is it an operator word, an ordinal? Looked up once per distinct word.
  const kindOf = new Int8Array(table.size);
  for (let id = 0; id < table.size; id++) {
    const word = table.wordOf(id);
    kindOf[id] = isOrdinalWord(word) ? 2 : OPERATOR_WORDS.has(word) ? 1 : 0;
  }
  const phrases = new Set<string>();
  const collect = (start: number, end: number, ordinalsOnly: boolean) => {
    for (let at = start; at < end; at++) {
      const kind = kindOf[ids[at]!]!;
      if (kind === 0 || (ordinalsOnly && kind !== 2)) continue;
      let phrase = table.wordOf(ids[at]!);
      for (let k = 1; k <= FOLLOWING && at + k < end; k++) {
        phrase += ` ${table.wordOf(ids[at + k]!)}`;
        phrases.add(phrase);
      }
    }
  };
  for (let position = 0; position < words.eventCount; position++) {
    const [titleStart, titleEnd] = fieldRange(words, position, 'title');
    collect(titleStart, titleEnd, false);
    const [summaryStart, summaryEnd] = fieldRange(words, position, 'summary');
    collect(summaryStart, summaryEnd, true);
  }
  return { has: (phrase) => phrases.has(phrase.join(' ')) };
}
