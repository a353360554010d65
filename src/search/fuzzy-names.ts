// Typo-tolerant lookup of a word or two against every known alias ("Sojaty", "Montengro", "Chisnau"):
// an edit-distance bound accepts only real typos, so "border" never becomes "Bordeaux". fuse.js (all its
// settings live here) ranks the looser "did you mean" suggestions.
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
    const list = rowsByInitial.get(initial) ?? [];
    list.push(row);
    rowsByInitial.set(initial, list);
  }
  return {
    // A typo keeps its first letter far more often than not, and the aliases sharing it are a few hundred:
    // a bounded edit-distance scan of those is exact and costs well under a millisecond.
    lookup(phrase) {
      const folded = foldWords(phrase);
      const allowance = typoAllowance(folded.length);
      if (allowance === 0) return undefined;
      let best: { row: Row; distance: number } | undefined;
      for (const row of rowsByInitial.get(folded.charAt(0)) ?? []) {
        if (Math.abs(row.folded.length - folded.length) > allowance) continue;
        const distance = editDistance(folded, row.folded, allowance);
        if (distance <= allowance && (!best || distance < best.distance || (distance === best.distance && row.folded < best.row.folded))) best = { row, distance };
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
