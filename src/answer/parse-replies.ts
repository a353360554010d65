// Validates the reply catalogues (data/replies/<code>.json) against the English one the code is written for:
// every key must be one the English has, use only the placeholders the answer fills for it, and give every
// plural form CLDR names for its language. One DatasetError names the file, the key and what is wrong.
import type { z } from 'zod';
import {
  PLURAL_CATEGORIES,
  PluralFormsSchema,
  ReplyCatalogueSchema,
  ReplyMessageSchema,
  type ReplyCatalogue,
  type ReplyMessage,
} from '../dataset/reply-schema.js';
import { DatasetError, type DatasetProblem } from '../dataset/dataset-error.js';
import { ENGLISH_REPLIES } from './english-replies.js';
import { REPLY_LANGUAGES, replyLanguageOf, type ReplyLanguage } from './reply-languages.js';
import { ROLE_KINDS } from '../dataset/event-schema.js';

/** Parameters the answer fills for a key beyond those its English uses, so a translation may say them too. */
const OFFERED_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'date.quarter': ['ordinal'],
  'headline.anchorNotFound': ['relation'],
  'headline.anchorAmbiguous': ['count'],
  'headline.yesMany': ['count'],
  'headline.yesManyNaming': ['count'],
  'headline.whoNoneMany': ['count'],
  'headline.whoNoneManyElse': ['count'],
  'headline.upcoming': ['count'],
  'headline.upcomingUnderWay': ['count'],
  'understood.askedHolder': ['role'],
  'understood.lasting': ['count'],
  'understood.lastingAtLeast': ['count'],
  'understood.lastingAtMost': ['count'],
  'role.whatHolder': ['role'],
  'role.notStatedMany': ['count'],
  'role.names': ['count'],
  'detail.notStatedMany': ['count'],
  'detail.participants': ['figure'],
  'suggest.withoutKind': ['kindsPlural'],
  ...Object.fromEntries(ROLE_KINDS.map((kind) => [`role.passive.${kind}`, ['count']])),
  ...Object.fromEntries(
    ['longest', 'shortest', 'nthLongest', 'nthShortest'].flatMap((which) =>
      ['One', 'Tie'].map((size) => [`headline.${which}${size}`, ['days', 'ordinal', 'count']]),
    ),
  ),
};

export type ReplyCatalogues = ReadonlyMap<string, ReplyCatalogue>;

/** `raw`: each catalogue's parsed JSON by language code; `files`: their paths, for messages. */
export function parseReplies(
  raw: Readonly<Record<string, unknown>>,
  files: Readonly<Record<string, string>> = {},
): ReplyCatalogues {
  const problems: DatasetProblem[] = [];
  const catalogues = new Map<string, ReplyCatalogue>();
  for (const [code, json] of Object.entries(raw)) {
    const file = files[code] ?? `replies/${code}.json`;
    const language = replyLanguageOf(code);
    if (!language) {
      problems.push({
        file,
        message: `unknown language "${code}" (expected ${REPLY_LANGUAGES.map((known) => known.code).join(', ')})`,
      });
      continue;
    }
    const catalogue = parseCatalogue(json, file, language, problems);
    if (catalogue) catalogues.set(code, catalogue);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return catalogues;
}

function parseCatalogue(
  json: unknown,
  file: string,
  language: ReplyLanguage,
  problems: DatasetProblem[],
): ReplyCatalogue | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push({ file, message: `expected a JSON object of keys and messages, got ${describeValue(json)}` });
    return null;
  }
  const before = problems.length;
  for (const [key, message] of Object.entries(json as Record<string, unknown>)) {
    const problem = messageProblem(key, message, language);
    if (problem) problems.push({ file, key, message: problem });
  }
  return problems.length === before ? ReplyCatalogueSchema.parse(json) : null;
}

function messageProblem(key: string, message: unknown, language: ReplyLanguage): string | null {
  const english: ReplyMessage | undefined = (ENGLISH_REPLIES as Readonly<Record<string, ReplyMessage>>)[key];
  if (english === undefined) {
    return language.code === 'en'
      ? 'unknown key (the code knows only the keys of src/answer/english-replies.ts: run `npm run replies:english` after adding one)'
      : 'unknown key (data/replies/en.json has no such key; check the spelling)';
  }
  const parsed = ReplyMessageSchema.safeParse(message);
  if (!parsed.success) return shapeProblem(message);
  const allowed = new Set([...placeholdersOf(english), ...(OFFERED_PARAMS[key] ?? [])]);
  const unknown = [...placeholdersOf(parsed.data)].filter((name) => !allowed.has(name));
  if (unknown.length > 0)
    return `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')} (this key fills ${[...allowed].map((name) => `{${name}}`).join(', ') || 'none'})`;
  const forms = parsed.data;
  if (typeof forms === 'string') return null;
  const rules = new Intl.PluralRules(language.locale, key === 'number.ordinal' ? { type: 'ordinal' } : {});
  const needed = PLURAL_CATEGORIES.filter((category) => rules.resolvedOptions().pluralCategories.includes(category));
  const given = PLURAL_CATEGORIES.filter((category) => forms[category] !== undefined);
  const missing = needed.filter((category) => !given.includes(category));
  const unused = given.filter((category) => category !== 'zero' && !needed.includes(category));
  if (missing.length > 0 || unused.length > 0)
    return `expected the plural forms ${words(needed)} (CLDR's for ${language.locale}${key === 'number.ordinal' ? ', ordinal' : ''}), got ${words(given)}`;
  return null;
}

function shapeProblem(message: unknown): string {
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return `expected a string or plural forms, got ${describeValue(message)}`;
  const issue: z.core.$ZodIssue | undefined = PluralFormsSchema.safeParse(message).error?.issues[0];
  if (issue?.code === 'unrecognized_keys')
    return `unknown plural form ${issue.keys.map((name) => `"${name}"`).join(', ')} (expected ${words(PLURAL_CATEGORIES)})`;
  const form = String(issue?.path[0] ?? 'other');
  const value = (message as Record<string, unknown>)[form];
  return value === undefined
    ? `expected an "${form}" form, got nothing`
    : `expected the "${form}" form as a string, got ${describeValue(value)}`;
}

function placeholdersOf(message: ReplyMessage): Set<string> {
  const texts =
    typeof message === 'string'
      ? [message]
      : Object.values(message).filter((text): text is string => text !== undefined);
  return new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)));
}

function words(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? 'none') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`;
}
