// The bot's own words in the answer's language: a message by key with its {placeholders} filled and its plural
// form picked by Intl.PluralRules (CLDR), lists, ordinals. The catalogues are data (data/replies/*.json); a key
// a language lacks is said in English. Text from the posts (titles, names, quotes) comes in as parameters and
// is never translated.
import type { PluralForms, ReplyCatalogue, ReplyMessage } from '../dataset/reply-schema.js';
import { ENGLISH_REPLIES, type ReplyKey } from './english-replies.js';
import { ENGLISH_LANGUAGE, type ReplyLanguage, type Script } from './reply-languages.js';
import { latinToCyrillic } from '../text/latin-to-cyrillic.js';
import { joinList } from './wording.js';

export type { ReplyKey } from './english-replies.js';
export type ReplyParams = Readonly<Record<string, string | number>>;

export interface Phrasebook {
  /** The catalogue's code ("en", "sq", "bcms", "mk") and the script the answer is written in. */
  readonly language: string;
  readonly script: Script;
  /** The message `key` with `params` filled; a plural message takes its form from `params.count`. */
  say(key: ReplyKey, params?: ReplyParams): string;
  /** The same for a key named from data ("kinds.workshop"): undefined when no catalogue has it. */
  sayIf(key: string, params?: ReplyParams): string | undefined;
  /** "A", "A and B", "A, B and C" (or "or"). */
  list(items: readonly string[], conjunction?: 'and' | 'or'): string;
  /** "A and B and C": every item joined by the word. */
  chain(items: readonly string[], conjunction: 'and' | 'or'): string;
  /** "2nd", "2.", "2-ри", "2-të". */
  ordinal(n: number): string;
}

/**
 * `script`: the catalogue's own, or the one it is transliterated into (Latin BCMS as Serbian Cyrillic);
 * `english`: what a key the catalogue lacks is said with (the loaded en.json, else the built-in copy).
 */
export function createPhrasebook(
  language: ReplyLanguage,
  catalogue: ReplyCatalogue,
  script: Script = language.script,
  english: ReplyCatalogue = ENGLISH_REPLIES,
): Phrasebook {
  const own = script === language.script ? catalogue : transliterateCatalogue(catalogue);
  const cardinal = new Intl.PluralRules(language.locale);
  const ordinals = new Intl.PluralRules(language.locale, { type: 'ordinal' });
  const sayIf = (key: string, params: ReplyParams = {}): string | undefined => {
    const message: ReplyMessage | undefined = own[key] ?? english[key];
    if (message === undefined) return undefined;
    const template =
      typeof message === 'string'
        ? message
        : formOf(message, params.count, key === 'number.ordinal' ? ordinals : cardinal);
    return fill(template, params);
  };
  const word = (conjunction: 'and' | 'or') => sayIf(`list.${conjunction}`) ?? conjunction;
  return {
    language: language.code,
    script,
    say: (key, params) => sayIf(key, params) ?? key,
    sayIf,
    list: (items, conjunction = 'and') => joinList(items, word(conjunction)),
    chain: (items, conjunction) => items.join(` ${word(conjunction)} `),
    ordinal: (n) => sayIf('number.ordinal', { count: n }) ?? String(n),
  };
}

/** The English the engine speaks when it is given no catalogue, and the default of every formatter. */
export const ENGLISH_PHRASEBOOK: Phrasebook = createPhrasebook(ENGLISH_LANGUAGE, ENGLISH_REPLIES);

/** "zero", when a message has it, is said for 0 in every language (none of ours has a CLDR zero). */
function formOf(forms: PluralForms, count: string | number | undefined, rules: Intl.PluralRules): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n)) return forms.other;
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  return forms[rules.select(n)] ?? forms.other;
}

/**
 * Placeholders filled in one pass, so a value is never read as a template. A value that ends in a full stop
 * (BCMS dates and ordinals: "9. marta 2023.") takes the place of the sentence's own full stop after it.
 */
function fill(template: string, params: ReplyParams): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = String(value);
    return stop && /\d\.$/.test(text) ? text : `${text}${stop}`;
  });
}

function transliterateCatalogue(catalogue: ReplyCatalogue): ReplyCatalogue {
  const cyrillic: Record<string, ReplyMessage> = {};
  for (const [key, message] of Object.entries(catalogue)) {
    cyrillic[key] =
      typeof message === 'string'
        ? latinToCyrillic(message)
        : (Object.fromEntries(
            Object.entries(message).map(([form, text]) => [form, latinToCyrillic(text)]),
          ) as PluralForms);
  }
  return cyrillic;
}
