// The languages the bot answers in, and how a requested code or locale ("sq-AL", "hr", "sr-Cyrl") is read as
// one of them. Each has a catalogue (data/replies/<code>.json); Serbian Cyrillic is the Latin BCMS catalogue
// transliterated, so the four languages of the region keep three files.
export type Script = 'Latn' | 'Cyrl';

export interface ReplyLanguage {
  /** The catalogue's code, its file name: "en", "sq", "bcms", "mk". */
  code: string;
  /** The locale Intl.PluralRules picks the plural forms by. */
  locale: string;
  /** The script the catalogue is written in. */
  script: Script;
  /** A script the catalogue is also said in, by transliteration (Latin BCMS in Serbian Cyrillic). */
  transliterated: Script | null;
  /** Language subtags that mean this language, with the script each implies when the tag names none. */
  subtags: Readonly<Record<string, Script | null>>;
}

export const ENGLISH_LANGUAGE: ReplyLanguage = {
  code: 'en',
  locale: 'en',
  script: 'Latn',
  transliterated: null,
  subtags: { en: null },
};

export const REPLY_LANGUAGES: readonly ReplyLanguage[] = [
  ENGLISH_LANGUAGE,
  { code: 'sq', locale: 'sq', script: 'Latn', transliterated: null, subtags: { sq: null } },
  // Serbian alone is Cyrillic (CLDR's default script for "sr"); Bosnian, Croatian and Montenegrin are Latin.
  {
    code: 'bcms',
    locale: 'bs',
    script: 'Latn',
    transliterated: 'Cyrl',
    subtags: { bcms: null, bs: null, hr: null, cnr: null, sh: null, hbs: null, sr: 'Cyrl' },
  },
  { code: 'mk', locale: 'mk', script: 'Cyrl', transliterated: null, subtags: { mk: null } },
];

/** The language an answer is given in. */
export interface AnswerLanguage {
  language: string;
  script: Script;
}

/** A code or locale as one of the reply languages; English for anything else. `script` overrides the tag's. */
export function resolveReplyLanguage(code: string | null | undefined, script?: Script | null): AnswerLanguage {
  const parts = (code ?? '').trim().split(/[-_]/);
  const primary = (parts[0] ?? '').toLowerCase();
  const language = REPLY_LANGUAGES.find((candidate) => primary in candidate.subtags) ?? ENGLISH_LANGUAGE;
  const tagged = parts
    .slice(1)
    .find((part) => /^[a-z]{4}$/i.test(part))
    ?.toLowerCase();
  const fromTag: Script | null = tagged === 'cyrl' ? 'Cyrl' : tagged === 'latn' ? 'Latn' : null;
  const wanted = script ?? fromTag ?? language.subtags[primary] ?? language.script;
  return { language: language.code, script: wanted === language.transliterated ? wanted : language.script };
}

/** Like resolveReplyLanguage, but null for a code that names none of the reply languages ("de", "xx"). */
export function readReplyLanguage(code: string, script?: Script | null): AnswerLanguage | null {
  const primary = code.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return REPLY_LANGUAGES.some((language) => primary in language.subtags) ? resolveReplyLanguage(code, script) : null;
}

export function replyLanguageOf(code: string): ReplyLanguage | undefined {
  return REPLY_LANGUAGES.find((language) => language.code === code);
}
