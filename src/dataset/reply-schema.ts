// A catalogue of the bot's own sentences in one language (data/replies/<code>.json): each key holds a template
// with {placeholders}, or its plural forms by CLDR category ("one", "few", "other"), chosen with Intl.PluralRules.
import { z } from 'zod';

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

export const PluralFormsSchema = z
  .object({
    zero: z.string().optional(),
    one: z.string().optional(),
    two: z.string().optional(),
    few: z.string().optional(),
    many: z.string().optional(),
    other: z.string(),
  })
  .strict();

export const ReplyMessageSchema = z.union([z.string(), PluralFormsSchema], {
  error: 'expected a string or plural forms',
});

export const ReplyCatalogueSchema = z.record(z.string(), ReplyMessageSchema);

export type PluralForms = z.infer<typeof PluralFormsSchema>;
export type ReplyMessage = z.infer<typeof ReplyMessageSchema>;
export type ReplyCatalogue = Readonly<Record<string, ReplyMessage>>;
