// The language layer in front of the English parser: Cyrillic to Latin, which language the question is in,
// and the English question its words mean. An English question comes back as typed (only its Cyrillic, if any,
// in Latin letters), so reading it costs a fold and a few set lookups; a language's names are indexed the
// first time a question in it is asked.
import type { Language } from '../dataset/language-schema.js';
import { compileLexicon, type Lexicon } from './lexicon.js';
import { createNameForms, type NameForms, type NameSource } from './name-forms.js';
import { detectLanguage, ENGLISH, type DetectableLanguage } from './detect-language.js';
import { splitQuestion } from './question-parts.js';
import { translateQuestion } from './translate-question.js';
import { hasCyrillic, transliterate } from './transliterate.js';

export type Script = 'Latn' | 'Cyrl';

export interface QuestionReading {
  /** The question as the English parser reads it. */
  text: string;
  /** "en", or the code of the language file it was read in ("sq", "bcms", "mk"). */
  language: string;
  /** The script it was typed in. */
  script: Script;
}

export interface LanguageReader {
  /** `locale` (e.g. Discord's "hr") settles a question whose words do not say. */
  read(question: string, locale?: string | null): QuestionReading;
  /** The languages tried besides English. */
  readonly codes: readonly string[];
}

export interface LanguageReaderOptions {
  /** Try only these languages (codes or locales) besides English; all when absent. */
  only?: readonly string[];
  /** The vocabulary's names (aliases of people, places and organisations), read when first needed. */
  names(): readonly NameSource[];
  /** The vocabulary's kinds of event, folded ("working group"). */
  kinds: ReadonlySet<string>;
}

interface Compiled extends DetectableLanguage {
  language: Language;
  lexicon: Lexicon;
  forms: NameForms | null;
}

export function createLanguageReader(languages: readonly Language[], options: LanguageReaderOptions): LanguageReader {
  const wanted = options.only ? new Set(options.only.map((code) => code.toLowerCase())) : null;
  for (const code of wanted ?? []) {
    if (code !== ENGLISH && !languages.some((language) => language.code === code || language.locales.includes(code))) {
      throw new Error(
        `expected language codes among ${[ENGLISH, ...languages.map((language) => language.code)].join(', ')}, got "${code}"`,
      );
    }
  }
  const compiled: Compiled[] = languages
    .filter((language) => !wanted || wanted.has(language.code) || language.locales.some((locale) => wanted.has(locale)))
    .map((language) => {
      const lexicon = compileLexicon(language);
      return {
        code: language.code,
        words: lexicon.words,
        letters: language.letters,
        cyrillic: language.scripts.includes('Cyrl'),
        locales: language.locales,
        language,
        lexicon,
        forms: null,
      };
    });

  const formsOf = (entry: Compiled): NameForms => {
    entry.forms ??= createNameForms(
      [
        ...entry.language.names.flatMap(({ say, means }) => say.map((phrase) => ({ say: phrase, means }))),
        ...options.names(),
      ],
      entry.language.endings,
      entry.language.linking,
    );
    return entry.forms;
  };

  return {
    codes: compiled.map((entry) => entry.code),
    read(question, locale = null) {
      const cyrillic = hasCyrillic(question);
      const latin = cyrillic ? transliterate(question) : question;
      const script: Script = cyrillic ? 'Cyrl' : 'Latn';
      if (compiled.length === 0) return { text: latin, language: ENGLISH, script };
      const parts = splitQuestion(latin);
      const hint = locale ? (locale.toLowerCase().split(/[-_]/)[0] ?? null) : null;
      const code = detectLanguage(question, parts, compiled, hint);
      const entry = compiled.find((candidate) => candidate.code === code);
      if (!entry) return { text: latin, language: ENGLISH, script };
      const text = translateQuestion(parts, {
        lexicon: entry.lexicon,
        names: formsOf(entry),
        adjectivesFollowNouns: entry.language.adjectivesFollowNouns,
        kinds: options.kinds,
      });
      return { text, language: entry.code, script };
    },
  };
}
