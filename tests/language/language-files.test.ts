// The language files are data, validated like the other data files: a broken one names the file, the term or
// name and the field; a phrase never has two meanings in one file; a local name stands for a known name.
import { describe, expect, it } from 'vitest';
import { createEngine, DatasetError } from '../../src/index.js';
import { defaultEventsFile, readJsonFile, readLanguages, readVocabulary } from '../../adapters/data/load-dataset.js';
import { LanguageSchema } from '../../src/dataset/language-schema.js';
import { foldPhrase } from '../../src/language/lexicon.js';

const { vocabulary } = readVocabulary();
const events = readJsonFile(defaultEventsFile());
const build = (languages: unknown[]) =>
  createEngine({
    events,
    vocabulary,
    languages,
    sources: { languages: languages.map((_, i) => `data/languages/test-${i + 1}.json`) },
  });
const problemOf = (languages: unknown[]): string => {
  try {
    build(languages);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('expected a DatasetError');
};

describe('the shipped language files', () => {
  const { languages, paths } = readLanguages();

  it('are Albanian, BCMS and Macedonian, and load', () => {
    expect(paths.map((path) => path.split('/').at(-1))).toEqual(['bcms.json', 'mk.json', 'sq.json']);
    expect(() => build(languages)).not.toThrow();
  });

  it.each(paths.map((path, i) => [path.split('/').at(-1), languages[i]]))(
    '%s: no phrase has two meanings',
    (_file, json) => {
      const language = LanguageSchema.parse(json);
      const meanings = new Map<string, string>();
      const clashes: string[] = [];
      for (const term of language.terms) {
        for (const say of term.say) {
          const key = `${say.startsWith('^') ? '^' : ''}${foldPhrase(say.replace(/^\^/, '')).join(' ')}${say.includes('*') ? '*' : ''}`;
          const earlier = meanings.get(key);
          if (earlier !== undefined && earlier !== term.means)
            clashes.push(`"${say}": "${earlier}" and "${term.means}"`);
          meanings.set(key, term.means);
        }
      }
      expect(clashes).toEqual([]);
    },
  );
});

describe('a broken language file', () => {
  const valid = {
    code: 'xx',
    name: 'Test',
    terms: [{ say: ['kad'], means: 'when' }],
    names: [{ say: ['Ohridi'], means: 'Ohrid' }],
  };

  it('names the term and the field', () => {
    expect(problemOf([{ ...valid, terms: [{ say: ['kad'], means: 'When!' }] }])).toBe(
      'data/languages/test-1.json, record 1 (id "terms: kad"), field "means": expected lower-case English words (or "" for nothing)',
    );
  });

  it('names a local name the vocabulary does not know', () => {
    expect(problemOf([{ ...valid, names: [{ say: ['Atlantida'], means: 'Atlantis' }] }])).toMatch(
      /test-1\.json, record 1 \(id "names: Atlantida"\), field "means": expected a name the vocabulary knows .*got "Atlantis"/,
    );
  });

  it('says a misplaced stem mark or an unknown placeholder', () => {
    expect(problemOf([{ ...valid, terms: [{ say: ['konfe*rencija'], means: 'conference' }] }])).toMatch(
      /expected "\*" only at the end of a word/,
    );
    expect(problemOf([{ ...valid, terms: [{ say: ['{day} maja'], means: 'may' }] }])).toMatch(
      /expected only the placeholders \{year\} and \{n\}/,
    );
    expect(problemOf([{ ...valid, terms: [{ say: ['godine'], means: '{year}' }] }])).toMatch(
      /expected every placeholder of "means" in each phrase of "say"/,
    );
  });

  it('says a code used twice, or "en"', () => {
    expect(problemOf([valid, valid])).toMatch(
      /test-2\.json, field "code": expected a code no other file uses, got "xx" \(also in data\/languages\/test-1\.json\)/,
    );
    expect(problemOf([{ ...valid, code: 'en' }])).toMatch(/field "code": expected a code other than "en"/);
  });

  it('says a file that is not an object, and unknown fields', () => {
    expect(problemOf([[]])).toMatch(
      /test-1\.json: expected a JSON object with "code", "terms" and "names", got an array/,
    );
    expect(problemOf([{ ...valid, word: [] }])).toMatch(/unknown field "word"/);
  });
});
