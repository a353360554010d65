// Is a word an ordinary English word? Typo and prefix readings are only tried for words that are not, so a
// word someone typed on purpose ("counter", "month") is never read as a different one ("counted", "monthly").
// The list (an-array-of-english-words, ~275,000 words, British and American spellings) is sorted: a binary
// search needs no set built at start-up.
import WORDS from 'an-array-of-english-words' with { type: 'json' };

const words: readonly string[] = WORDS;

/** `word` folded (lower case, no diacritics). */
export function isOrdinaryWord(word: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return words[low] === word;
}
