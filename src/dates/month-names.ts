// English month names and their usual abbreviations, as folded words.
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** A regex alternation matching any month word (longest forms first). */
export const MONTH_PATTERN = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');

const MONTH_BY_WORD = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/** 1-12 for a month word, undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word);
}

export const MONTH_NAMES = MONTHS.map((names) => {
  const name = names[0] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
});
