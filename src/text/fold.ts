// Folding makes "Chișinău", "CHISINAU" and "chisinau" the same string: lower case, no diacritics, and the
// few letters that Unicode does not decompose (đ, ł, ø, ß, æ, ı) spelled out.
const UNDECOMPOSED: Record<string, string> = { 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'ħ': 'h', 'þ': 'th' };

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[đðłøßæœıħþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/**
 * Folds a question or alias into single-spaced words: punctuation becomes space, except what dates need
 * (dashes, slashes and dots between digits) and "'s" which is dropped ("Sojati's" -> "sojati").
 */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/['\u2019\u2018`]s\b/g, '')
    .replace(/['\u2019\u2018`]/g, '')
    .replace(/(\d)[.](?=\d)/g, '$1\u0000')
    .replace(/(\d)[/](?=\d)/g, '$1\u0001')
    .replace(/[^a-z0-9\-\u0000\u0001]+/g, ' ')
    .replace(/\u0000/g, '.')
    .replace(/\u0001/g, '/')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
