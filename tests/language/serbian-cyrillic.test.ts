// Serbian Cyrillic replies are the Latin BCMS catalogue transliterated at load: letter for letter, lj/nj/dž as
// one letter except where a prefix meets the letters (nadživjeti, injekcija), acronyms and placeholders kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latinToCyrillic } from '../../src/text/latin-to-cyrillic.js';
import { resolveReplyLanguage } from '../../src/index.js';

// Cyrillic back to Latin, written here independently: every Serbian Cyrillic letter has one Latin spelling.
// prettier-ignore
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};
const toLatin = (text: string) =>
  [...text]
    .map((letter) => {
      const latin = LATIN[letter.toLowerCase()];
      if (latin === undefined) return letter;
      return letter === letter.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');

describe('Latin to Serbian Cyrillic', () => {
  it.each([
    ['Ljubljana', 'Љубљана'],
    ['njegov', 'његов'],
    ['džep', 'џеп'],
    ['Posljednji događaj', 'Посљедњи догађај'],
    ['Sljedeći', 'Сљедећи'],
    ['nadživjeti', 'надживјети'],
    ['odžaliti', 'оджалити'],
    ['podžupan', 'поджупан'],
    ['injekcija', 'инјекција'],
    ['konjunkcija', 'конјункција'],
    ['OSCE i UNODC', 'OSCE и UNODC'],
    ['{count} događaja u {places}', '{count} догађаја у {places}'],
    ['između X i Y', 'између X и Y'],
  ])('%s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('the whole BCMS catalogue reads back to the same Latin, so no letter is lost', () => {
    const bcms = JSON.parse(readFileSync(new URL('../../data/replies/bcms.json', import.meta.url), 'utf8')) as Record<
      string,
      string | Record<string, string>
    >;
    const texts = Object.values(bcms).flatMap((message) =>
      typeof message === 'string' ? [message] : Object.values(message),
    );
    for (const text of texts) expect(toLatin(latinToCyrillic(text))).toBe(text);
  });
});

describe('which language and script a code asks for', () => {
  it.each([
    ['sq', 'sq', 'Latn'],
    ['sq-AL', 'sq', 'Latn'],
    ['bcms', 'bcms', 'Latn'],
    ['hr', 'bcms', 'Latn'],
    ['bs', 'bcms', 'Latn'],
    ['cnr', 'bcms', 'Latn'],
    ['sr-Latn', 'bcms', 'Latn'],
    // Serbian with no script is CLDR's default, Cyrillic.
    ['sr', 'bcms', 'Cyrl'],
    ['sr-Cyrl', 'bcms', 'Cyrl'],
    ['sr_Cyrl_RS', 'bcms', 'Cyrl'],
    ['bcms-Cyrl', 'bcms', 'Cyrl'],
    ['mk', 'mk', 'Cyrl'],
    ['mk-Latn', 'mk', 'Cyrl'],
    ['en-GB', 'en', 'Latn'],
    ['de', 'en', 'Latn'],
    ['', 'en', 'Latn'],
  ])('%s', (code, language, script) => {
    expect(resolveReplyLanguage(code)).toEqual({ language, script });
  });

  it('a script given apart wins over the tag', () => {
    expect(resolveReplyLanguage('bcms', 'Cyrl')).toEqual({ language: 'bcms', script: 'Cyrl' });
    expect(resolveReplyLanguage('sr', 'Latn')).toEqual({ language: 'bcms', script: 'Latn' });
    expect(resolveReplyLanguage('sq', 'Cyrl')).toEqual({ language: 'sq', script: 'Latn' });
  });
});
