// Typo-tolerant lookup of a word or two against every known alias ("Sojaty", "Montengro", "Chisnau").
// All fuse.js settings live here. fuse proposes candidates over the small alias list (fast at any dataset
// size); an edit-distance check then accepts only real typos, so "border" never becomes "Bordeaux".
import Fuse from 'fuse.js';
import type { EntityAlias } from './entity.js';
import { foldWords } from '../text/fold.js';
import { editDistance, typoAllowance } from '../text/edit-distance.js';

export interface FuzzyNames {
  /** The closest alias within the typo allowance, or undefined. */
  lookup(phrase: string): EntityAlias | undefined;
  /** Loose suggestions for "did you mean" (not used to filter). */
  suggest(phrase: string, max?: number): EntityAlias[];
}

interface Row {
  folded: string;
  alias: EntityAlias;
}

export function createFuzzyNames(aliases: readonly EntityAlias[]): FuzzyNames {
  const rows: Row[] = aliases.map((alias) => ({ folded: foldWords(alias.phrase), alias })).filter((row) => row.folded.length >= 4);
  const fuse = new Fuse(rows, { keys: ['folded'], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
  const rowsByInitial = new Map<string, Row[]>();
  for (const row of rows) {
    const initial = row.folded.charAt(0);
    rowsByInitial.set(initial, [...(rowsByInitial.get(initial) ?? []), row]);
  }
  // Most words asked about are no typo of any name: a cheap scan of the aliases with the same initial proves
  // it, sparing a fuse.js search (tens of ms over thousands of aliases) that could only find nothing to accept.
  const hasTypoCandidate = (folded: string, allowance: number) =>
    (rowsByInitial.get(folded.charAt(0)) ?? []).some((row) => Math.abs(row.folded.length - folded.length) <= allowance && editDistance(folded, row.folded, allowance) <= allowance);
  return {
    lookup(phrase) {
      const folded = foldWords(phrase);
      const allowance = typoAllowance(folded.length);
      if (allowance === 0 || !hasTypoCandidate(folded, allowance)) return undefined;
      let best: { row: Row; distance: number } | undefined;
      for (const { item } of fuse.search(folded, { limit: 8 })) {
        if (item.folded[0] !== folded[0]) continue;
        const distance = editDistance(folded, item.folded, allowance);
        if (distance <= allowance && (!best || distance < best.distance)) best = { row: item, distance };
      }
      return best?.row.alias;
    },
    suggest(phrase, max = 3) {
      const folded = foldWords(phrase);
      const seen = new Set<string>();
      // Looser than lookup (a suggestion filters nothing), but still a plausible misspelling.
      const allowance = typoAllowance(folded.length) + 1;
      return fuse
        .search(folded, { limit: 20 })
        .filter(({ item }) => editDistance(folded, item.folded, allowance) <= allowance || item.folded.startsWith(folded))
        .map(({ item }) => item.alias)
        .filter((alias) => !seen.has(alias.entity.name) && seen.add(alias.entity.name))
        .slice(0, max);
    },
  };
}
