// The words of a text folded for vocabulary lookup (see foldWords), each with the offset and raw spelling
// it came from, so a match can be ordered against regex finds and checked for capitals or a possessive.
import { foldWords } from '../text/fold.js';

export interface WordIndex {
  words: string[];
  /** Offset in the text of the chunk each word came from. */
  offsets: number[];
  /** The chunk as written ("Skopje,", "UNODC's"). */
  raw: string[];
}

export function indexWords(text: string): WordIndex {
  const index: WordIndex = { words: [], offsets: [], raw: [] };
  for (const chunk of text.matchAll(/\S+/g)) {
    const folded = foldWords(chunk[0]);
    if (!folded) continue;
    for (const word of folded.split(' ')) {
      index.words.push(word);
      index.offsets.push(chunk.index);
      index.raw.push(chunk[0]);
    }
  }
  return index;
}

/** Does the chunk a word came from start with a capital or a digit ("Regional", "WB6", not "the")? */
export function isCapitalised(raw: string | undefined): boolean {
  return raw !== undefined && /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(raw);
}
