// Serbian and Macedonian Cyrillic as Latin letters, before anything else reads a question: "Сојати" is
// "Sojati", "Скопје" "Skopje", "Ќустендил" "Kjustendil", so names match in either script. Serbian letters
// follow Gaj's Latin alphabet (ђ đ, ћ ć); the Macedonian ones the official romanisation (ѓ gj, ќ kj, ѕ dz).
// Russian and Bulgarian letters are spelled out too, so no Cyrillic word is ever lost.
const LOWER: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  ѓ: 'gj',
  е: 'e',
  ж: 'ž',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  ќ: 'kj',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  ѐ: 'e',
  ѝ: 'i',
  й: 'j',
  ё: 'e',
  ы: 'y',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  щ: 'št',
  ъ: '',
  ь: '',
  є: 'je',
  і: 'i',
  ї: 'ji',
  ґ: 'g',
  ў: 'u',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_LETTERS = /[\u0400-\u04ff]+/g;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** The text with every Cyrillic letter in Latin; capitals kept ("Љубљана" Ljubljana, "ЉУБЉАНА" LJUBLJANA). */
export function transliterate(text: string): string {
  if (!hasCyrillic(text)) return text;
  return text.replace(CYRILLIC_LETTERS, (run) => {
    let latin = '';
    for (let i = 0; i < run.length; i++) {
      const letter = run[i] ?? '';
      const lower = letter.toLowerCase();
      const spelled = LOWER[lower] ?? lower;
      if (letter === lower || spelled === '') {
        latin += spelled;
        continue;
      }
      // A capital spelled with two letters is "Lj" in a word, "LJ" in a word in capitals.
      const next = run[i + 1];
      const allCaps =
        next !== undefined ? next !== next.toLowerCase() : i > 0 && run[i - 1] !== run[i - 1]?.toLowerCase();
      latin += allCaps ? spelled.toUpperCase() : spelled.charAt(0).toUpperCase() + spelled.slice(1);
    }
    return latin;
  });
}
