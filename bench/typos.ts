// One-keystroke typos of names and words ("Sojatti", "Podgorca", "cigarete") that stay unambiguous by
// construction: at least 5 letters (shorter words sit too close to real ones to correct), never a word the
// posts use, never an alias, and no other entity within the typo budget (1 edit under 9 letters, 2 from
// 9), so exactly one right reading exists.
import type { Random } from './random.js';
import type { AliasRegistry, EntityKey } from './alias-registry.js';
import { foldPhrase, typoDistance } from './fold.js';

const NEIGHBOURS: Record<string, string> = {
  a: 'sqe', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n', n: 'bm', o: 'ip',
  p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

export const MIN_TYPO_LENGTH = 5;

export function typoBudget(length: number): number {
  return length < 9 ? 1 : 2;
}

/**
 * A typo of one word (folded), keeping its first letter, or undefined when none is unambiguous.
 * `owner` is the entity the word names (or null for a plain word); `isCorpusWord` says what the posts use.
 */
export function makeTypo(random: Random, word: string, owner: EntityKey | null, registry: AliasRegistry, isCorpusWord: (word: string) => boolean): string | undefined {
  const folded = foldPhrase(word);
  if (folded.length < MIN_TYPO_LENGTH || folded.includes(' ')) return undefined;
  for (let attempt = 0; attempt < 40; attempt++) {
    const candidate = mutate(random, folded);
    if (candidate.length < MIN_TYPO_LENGTH || candidate === folded || typoDistance(candidate, folded) !== 1) continue;
    if (isCorpusWord(candidate) || registry.owners(candidate).size > 0) continue;
    const budget = typoBudget(candidate.length);
    if (registry.othersNear(candidate, owner, owner ? budget : 2).length > 0) continue;
    return word.charAt(0) === word.charAt(0).toUpperCase() ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate;
  }
  return undefined;
}

function mutate(random: Random, word: string): string {
  const i = random.int(1, word.length - 1);
  const letter = word.charAt(i);
  switch (random.int(0, 3)) {
    case 0: // dropped letter
      return word.slice(0, i) + word.slice(i + 1);
    case 1: // doubled letter
      return word.slice(0, i) + letter + word.slice(i);
    case 2: // swapped neighbours
      return i + 1 < word.length ? word.slice(0, i) + word.charAt(i + 1) + letter + word.slice(i + 2) : word.slice(0, i - 1) + letter + word.charAt(i - 1);
    default: {
      // a neighbouring key
      const keys = NEIGHBOURS[letter] ?? 'e';
      return word.slice(0, i) + keys.charAt(random.int(0, keys.length - 1)) + word.slice(i + 1);
    }
  }
}
