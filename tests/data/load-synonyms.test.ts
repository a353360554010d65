// The loader reads data/synonyms.json with the vocabulary; a data folder without it searches words as
// written, and a broken one stops the load with a message naming the file.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadEngine, readVocabulary } from '../../adapters/data/load-dataset.js';

const dirs: string[] = [];
function dataDirWith(synonyms?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-synonyms-'));
  dirs.push(dir);
  for (const file of ['people.json', 'places.json', 'organisations.json', 'event-kinds.json', 'events.json']) copyFileSync(join(DEFAULT_DATA_DIR, file), join(dir, file));
  if (synonyms !== undefined) writeFileSync(join(dir, 'synonyms.json'), synonyms);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading synonyms.json', () => {
  it('reads the real file with the vocabulary', () => {
    const { vocabulary, paths } = readVocabulary();
    expect(Array.isArray(vocabulary.synonyms)).toBe(true);
    expect(paths.synonyms).toBe(join(DEFAULT_DATA_DIR, 'synonyms.json'));
  });

  it('gives every phrase of the real file one subject only', () => {
    const records = readVocabulary().vocabulary.synonyms as { name: string; aliases: string[] }[];
    const fold = (phrase: string) => phrase.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    // Spellings of one subject may fold alike ("P/CVE", "P-CVE"); the same phrase under two subjects may not.
    const phrases = records.flatMap((record) => [...new Set([record.name, ...record.aliases].map(fold))]);
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });

  it('loads a data folder without it', () => {
    const dir = dataDirWith();
    expect(readVocabulary(dir).vocabulary.synonyms).toBeUndefined();
    expect(loadEngine({ eventsFile: join(dir, 'events.json'), vocabularyDir: dir }).events.length).toBeGreaterThan(0);
  });

  it('names the file, the record and the field of a broken synonym', () => {
    const dir = dataDirWith('[{ "name": "counter-terrorism", "aliases": "CT" }]');
    expect(() => loadEngine({ eventsFile: join(dir, 'events.json'), vocabularyDir: dir })).toThrow(/synonyms\.json, record 1 \(id "counter-terrorism"\), field "aliases": expected array, got "CT"/);
  });

  it('names the file when it is not JSON', () => {
    const dir = dataDirWith('[{ "name": ');
    expect(() => loadEngine({ eventsFile: join(dir, 'events.json'), vocabularyDir: dir })).toThrow(/synonyms\.json: expected valid JSON/);
  });
});
