// Validates the language files (data/languages/*.json) like the other data files: one DatasetError naming the
// file, the term or name and the field. A local name must stand for a name the vocabulary knows.
import { LanguageSchema, LanguageTermSchema, LocalNameSchema, type Language } from './language-schema.js';
import { DatasetError, type DatasetProblem } from './dataset-error.js';
import { problemOf } from './parse-dataset.js';

/** `files[i]` names `raw[i]` in messages; `knowsName` says whether the vocabulary has a name. */
export function parseLanguages(
  raw: readonly unknown[],
  files: readonly string[],
  knowsName: (name: string) => boolean,
): Language[] {
  const problems: DatasetProblem[] = [];
  const languages: Language[] = [];
  const codes = new Map<string, string>();
  raw.forEach((json, index) => {
    const file = files[index] ?? `language file ${index + 1}`;
    const language = parseLanguage(json, file, knowsName, problems);
    if (!language) return;
    const earlier = codes.get(language.code);
    if (language.code === 'en')
      problems.push({ file, field: 'code', message: 'expected a code other than "en" (English is built in)' });
    else if (earlier)
      problems.push({
        file,
        field: 'code',
        message: `expected a code no other file uses, got "${language.code}" (also in ${earlier})`,
      });
    else codes.set(language.code, file);
    languages.push(language);
  });
  if (problems.length > 0) throw new DatasetError(problems);
  return languages;
}

function parseLanguage(
  json: unknown,
  file: string,
  knowsName: (name: string) => boolean,
  problems: DatasetProblem[],
): Language | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push({
      file,
      message: `expected a JSON object with "code", "terms" and "names", got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`,
    });
    return null;
  }
  const { terms, names, ...header } = json as Record<string, unknown>;
  const parsedHeader = LanguageSchema.omit({ terms: true, names: true }).safeParse(header, { reportInput: true });
  if (!parsedHeader.success) problems.push(...parsedHeader.error.issues.map((issue) => problemOf(file, issue)));
  const parsedTerms = records(terms, 'terms', file, problems, (item) =>
    LanguageTermSchema.safeParse(item, { reportInput: true }),
  );
  const parsedNames = records(names, 'names', file, problems, (item) =>
    LocalNameSchema.safeParse(item, { reportInput: true }),
  );
  parsedNames.forEach(({ value, position }) => {
    if (!knowsName(value.means)) {
      problems.push({
        file,
        record: { position, id: `names: ${value.say[0]}` },
        field: 'means',
        message: `expected a name the vocabulary knows (data/places.json, people.json or organisations.json), got ${JSON.stringify(value.means)}`,
      });
    }
  });
  if (!parsedHeader.success) return null;
  return {
    ...parsedHeader.data,
    terms: parsedTerms.map(({ value }) => value),
    names: parsedNames.map(({ value }) => value),
  };
}

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: Parameters<typeof problemOf>[1][] } };

/** Each record of a list ("terms", "names") parsed alone, so a message names it by its first phrase. */
function records<T>(
  raw: unknown,
  list: string,
  file: string,
  problems: DatasetProblem[],
  parse: (item: unknown) => Parsed<T>,
): { value: T; position: number }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({
      file,
      field: list,
      message: `expected a JSON array of records, got ${raw === null ? 'null' : typeof raw}`,
    });
    return [];
  }
  const parsed: { value: T; position: number }[] = [];
  raw.forEach((item: unknown, index) => {
    const result = parse(item);
    if (result.success) {
      parsed.push({ value: result.data, position: index + 1 });
      return;
    }
    const say = typeof item === 'object' && item !== null ? (item as { say?: unknown }).say : undefined;
    const id = Array.isArray(say) && typeof say[0] === 'string' ? `${list}: ${say[0]}` : list;
    for (const issue of result.error.issues)
      problems.push({ ...problemOf(file, issue), record: { position: index + 1, id } });
  });
  return parsed;
}
