// A language the engine reads questions in besides English: its words and phrases with their English meaning,
// the endings its nouns and names take, and the local names of places and people (data/languages/*.json).
import { z } from 'zod';

/** How a phrase is written: words, a stem that takes the language's endings ("konferencij*"), {year} or {n}. */
const PhraseSchema = z
  .string()
  .trim()
  .min(1)
  .refine(
    (phrase) => !/\*\S/.test(phrase) && !/(?:^|\s)\*/.test(phrase),
    'expected "*" only at the end of a word, as in "konferencij*"',
  )
  .refine(
    (phrase) => [...phrase.matchAll(/\{([^}]*)\}/g)].every((match) => match[1] === 'year' || match[1] === 'n'),
    'expected only the placeholders {year} and {n}',
  );

/** English words the parser knows ("after", "how many", "in {year}"), or "" for a word that carries nothing. */
const MeaningSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9 {}'-]*$/, 'expected lower-case English words (or "" for nothing)');

const ConditionSchema = z
  .object({
    /** The meaning applies when one of these words (as said in the language) follows within `within` words... */
    followedBy: z.array(z.string().trim().min(1)).optional(),
    /** ...or precedes it within `within` words. */
    precededBy: z.array(z.string().trim().min(1)).optional(),
    within: z.number().int().min(1).max(8).default(4),
    means: MeaningSchema,
  })
  .strict()
  .refine(
    (condition) => condition.followedBy !== undefined || condition.precededBy !== undefined,
    'expected "followedBy" or "precededBy"',
  );

export const LanguageTermSchema = z
  .object({
    say: z.array(PhraseSchema).min(1),
    means: MeaningSchema,
    /** Other meanings in context: "od ... do ..." is "from ... to ...", "od" alone "since". */
    when: z.array(ConditionSchema).default([]),
  })
  .strict()
  .refine(
    (term) =>
      [...term.means.matchAll(/\{(\w+)\}/g)].every((match) =>
        term.say.every((phrase) => phrase.includes(`{${match[1]}}`)),
      ),
    'expected every placeholder of "means" in each phrase of "say"',
  );

export const LocalNameSchema = z
  .object({
    say: z.array(z.string().trim().min(1)).min(1),
    /** The name the vocabulary knows (data/places.json, people.json, organisations.json). */
    means: z.string().trim().min(1),
  })
  .strict();

export const LanguageSchema = z
  .object({
    /** Short code used in answers and IISG_LANGUAGES ("sq", "bcms", "mk"). */
    code: z.string().regex(/^[a-z]{2,4}$/, 'expected 2 to 4 lower-case letters'),
    name: z.string().trim().min(1),
    /** Locale codes (BCP 47 primary subtags, as Discord sends them) that mean this language. */
    locales: z.array(z.string().regex(/^[a-z]{2,3}$/, 'expected a primary language subtag such as "hr"')).default([]),
    /** The scripts it is written in: "Cyrl" lets a Cyrillic question be read in it. */
    scripts: z
      .array(z.enum(['Latn', 'Cyrl']))
      .min(1)
      .default(['Latn']),
    /** Letters only this language writes ("ëç"; "ђћ"), a hint for detection. */
    letters: z.string().default(''),
    /** Case and article endings a noun or name may take after its stem ("u Ohridu", "në Shqipërisë"). */
    endings: z.array(z.string().regex(/^[a-z]{1,5}$/, 'expected an ending in folded Latin letters')).default([]),
    /** Linking articles inside names that change with the case ("Mali i Zi", "Malit të Zi"). */
    linking: z.array(z.string().regex(/^[a-z]{1,3}$/)).default([]),
    /** Adjectives such as "next" or "longest" come after the noun ("takimi i ardhshëm"). */
    adjectivesFollowNouns: z.boolean().default(false),
    terms: z.array(LanguageTermSchema).default([]),
    names: z.array(LocalNameSchema).default([]),
  })
  .strict();

export type LanguageTerm = z.infer<typeof LanguageTermSchema>;
export type LocalName = z.infer<typeof LocalNameSchema>;
export type Language = z.infer<typeof LanguageSchema>;
