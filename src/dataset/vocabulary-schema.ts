// The vocabulary the engine understands: people, places, organisations and kinds of event, with their
// aliases. It is data (data/*.json) so that new names need no code change.
import { z } from 'zod';
import { SynonymSchema } from './synonym-schema.js';

const AliasesSchema = z.array(z.string().trim().min(1)).default([]);

export const PersonSchema = z
  .object({
    name: z.string().trim().min(1),
    aliases: AliasesSchema,
    /** Titles and roles ("Head of the IISG Secretariat"), also matched as aliases. */
    titles: AliasesSchema,
    role: z.string().optional(),
    /** Words that mean this person when a question names no one ("where did he go"): the Head of Secretariat's. */
    pronouns: AliasesSchema,
  })
  .strict();

export const CountrySchema = z
  .object({
    name: z.string().trim().min(1),
    code: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter ISO code'),
    aliases: AliasesSchema,
  })
  .strict();

export const CitySchema = z
  .object({
    name: z.string().trim().min(1),
    country: z.string().trim().min(1),
    aliases: AliasesSchema,
    /** A name that is also a common English word ("Nice", "Split"): matched only after "in", "at", ... */
    ambiguous: z.boolean().default(false),
  })
  .strict();

export const RegionSchema = z
  .object({
    name: z.string().trim().min(1),
    aliases: AliasesSchema,
    countries: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

export const PlacesSchema = z
  .object({
    countries: z.array(CountrySchema),
    cities: z.array(CitySchema),
    regions: z.array(RegionSchema).default([]),
  })
  .strict();

export const OrganisationSchema = z
  .object({
    /** The short name shown in answers and stored in events' organisers (usually the acronym). */
    name: z.string().trim().min(1),
    fullName: z.string().trim().min(1).optional(),
    aliases: AliasesSchema,
  })
  .strict();

/** A specific kind of event ("workshop"): asking for it narrows the answer. */
export const EventKindSchema = z
  .object({
    name: z.string().trim().min(1),
    aliases: AliasesSchema,
  })
  .strict();

export const VocabularySchema = z.object({
  people: z.array(PersonSchema),
  places: PlacesSchema,
  organisations: z.array(OrganisationSchema),
  kinds: z.array(EventKindSchema),
  synonyms: z.array(SynonymSchema).default([]),
});

export type Person = z.infer<typeof PersonSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type City = z.infer<typeof CitySchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Places = z.infer<typeof PlacesSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type EventKind = z.infer<typeof EventKindSchema>;
export type Vocabulary = z.infer<typeof VocabularySchema>;
