// Synonyms and acronyms (data/synonyms.json): ways of saying the same subject ("P/CVE", "preventing and
// countering violent extremism"). They widen free-text search only; structured filters never read them.
import { z } from 'zod';
import { foldWords } from '../text/fold.js';

const PhraseSchema = z
  .string()
  .trim()
  .min(1, 'expected a non-empty phrase')
  .refine((phrase) => foldWords(phrase).length > 0, { error: (issue) => `expected a phrase with letters or digits, got ${JSON.stringify(issue.input)}` });

export const SynonymSchema = z
  .object({
    /** The subject in words ("preventing and countering violent extremism"). */
    name: PhraseSchema,
    /** Other ways posts and people say it: acronyms, spellings, the pillar's number. Searching any finds all. */
    aliases: z.array(PhraseSchema).min(1, 'expected at least one other way of saying it'),
  })
  .strict();

export type Synonym = z.infer<typeof SynonymSchema>;
