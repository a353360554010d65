// Small numbers as people write them in questions: digits or words, and ordinals ("third", "2nd").
const CARDINALS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20,
};

/** Digits (1-3 of them) or a number word other than "a"/"an". */
export const WORD_NUMBER_PATTERN = `\\d{1,3}|${Object.keys(CARDINALS).filter((word) => word.length > 2).join('|')}`;
/** "second", "2nd", "23rd". */
export const ORDINAL_PATTERN = `\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')}`;

export function wordNumber(text: string): number | null {
  const n = CARDINALS[text] ?? (/^\d+$/.test(text) ? Number(text) : Number.NaN);
  return Number.isFinite(n) ? n : null;
}

export function ordinalNumber(text: string): number | null {
  const n = ORDINALS[text] ?? (/^\d{1,2}(?:st|nd|rd|th)$/.test(text) ? Number.parseInt(text, 10) : Number.NaN);
  return Number.isFinite(n) ? n : null;
}

export function isOrdinalWord(word: string): boolean {
  return ordinalNumber(word) !== null;
}
