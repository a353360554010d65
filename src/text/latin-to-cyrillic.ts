// Serbian Latin (Gaj's alphabet) as Serbian Cyrillic, for the replies: one letter for one letter, and the
// digraphs lj, nj, dž as one letter (љ, њ, џ) except in the few words where they are two (a prefix ending in d
// before ž, as in "nadživjeti"; "injekcija", "konjunkcija"). Acronyms in capitals ("OSCE", "IISG") and words
// with letters Serbian does not write (q, w, x, y) stay Latin, as Serbian Cyrillic texts print them.
// prettier-ignore
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', dž: 'џ', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј',
  k: 'к', l: 'л', lj: 'љ', m: 'м', n: 'н', nj: 'њ', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в',
  z: 'з', ž: 'ж',
};

/** Word beginnings (in lower case) that end on a "dž" or "nj" of two letters. */
export const SPLIT_DIGRAPHS: readonly RegExp[] = [
  /^(?:na|po|pre|ne)?(?:od|pod|nad|pred)ž/,
  /^inj(?=ek)/,
  /^konj(?=unk|ug)/,
  /^vanj(?=ez)/,
];

const WORD = /\p{L}+/gu;
const PLACEHOLDER = /(\{\w+\})/;

/** A reply template in Cyrillic; its {placeholders} stay as they are, to be filled with text as published. */
export function latinToCyrillic(template: string): string {
  return template
    .split(PLACEHOLDER)
    .map((piece) => (PLACEHOLDER.test(piece) ? piece : piece.replace(WORD, transliterateWord)))
    .join('');
}

function transliterateWord(word: string): string {
  if (/^\p{Lu}{2,}$/u.test(word) || /[qwxy]/i.test(word)) return word;
  const lower = word.toLowerCase();
  const splitAt = new Set(
    SPLIT_DIGRAPHS.flatMap((pattern) => pattern.exec(lower)?.[0].length ?? []).map((end) => end - 2),
  );
  let cyrillic = '';
  for (let i = 0; i < word.length;) {
    const pair = lower.slice(i, i + 2);
    const digraph = !splitAt.has(i) && (pair === 'lj' || pair === 'nj' || pair === 'dž');
    const latin = digraph ? pair : (lower[i] ?? '');
    const letter = LETTERS[latin] ?? word.slice(i, i + latin.length);
    cyrillic += word[i] !== lower[i] ? letter.toUpperCase() : letter;
    i += latin.length;
  }
  return cyrillic;
}
