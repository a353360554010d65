// The reply catalogues as data: every language has every key of the English one, the English file is the one
// the code is built from, and a broken catalogue stops the engine with one message naming the file and the key.
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadEngine, readReplies, readVocabulary } from '../../adapters/data/load-dataset.js';
import { createEngine } from '../../src/index.js';
import { ENGLISH_REPLIES } from '../../src/answer/english-replies.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const read = (name: string) =>
  JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, name), 'utf8')) as Record<string, unknown>;
const english = read('replies/en.json');
const events = read('events.json');
const { vocabulary } = readVocabulary();
const engineWith = (replies: Record<string, unknown>) =>
  createEngine({
    events,
    vocabulary,
    replies,
    sources: { replies: Object.fromEntries(Object.keys(replies).map((code) => [code, `data/replies/${code}.json`])) },
  });
const textsOf = (message: unknown) =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

describe('the catalogues', () => {
  it('data/replies/en.json is what src/answer/english-replies.ts was generated from (npm run replies:english)', () => {
    expect(english).toEqual(ENGLISH_REPLIES);
  });

  it.each(['sq', 'bcms', 'mk'])('%s.json has every key of en.json', (code) => {
    const catalogue = read(`replies/${code}.json`);
    expect(Object.keys(english).filter((key) => !(key in catalogue))).toEqual([]);
  });

  // Words the languages share with English, checked by hand: names of kinds of event, roles, the list format.
  const SAME_AS_ENGLISH: Record<string, string[]> = {
    sq: ['kind.seminar', 'kind.forum', 'kind.panel', 'kind.webinar', 'role.name.moderator'],
    bcms: ['kind.seminar', 'kind.forum', 'kind.panel', 'role.name.moderator'],
    mk: [],
  };
  it.each(Object.keys(SAME_AS_ENGLISH))('%s.json says nothing in English but the words it shares with it', (code) => {
    const catalogue = read(`replies/${code}.json`);
    const same = Object.keys(english).filter((key) => {
      const texts = textsOf(english[key]).map((text) => text.replace(/\{\w+\}/g, ''));
      return /\p{L}/u.test(texts.join('')) && JSON.stringify(catalogue[key]) === JSON.stringify(english[key]);
    });
    expect(same).toEqual(SAME_AS_ENGLISH[code]);
  });

  it('every folder catalogue loads, and the engine answers in each', () => {
    const { replies } = readReplies();
    expect(Object.keys(replies).sort()).toEqual(['bcms', 'en', 'mk', 'sq']);
    expect(loadEngine().replyLanguages).toEqual(['en', 'sq', 'bcms', 'mk']);
  });
});

describe('a key a language lacks is said in English', () => {
  it('the rest of the answer stays in the language', () => {
    const { 'headline.yes': _yes, ...albanian } = read('replies/sq.json');
    const answer = engineWith({ sq: albanian }).ask('did Sojati go to Moldova', NOW, null, { language: 'sq' });
    expect(answer.headline).toMatch(/^Yes: 21 nëntor 2023, Chisinau, Moldova: /);
    expect(answer.text.split('\n')[1]).toMatch(/^Kuptova: po ose jo · Agron Sojati · në Moldova/);
  });

  it('a language with no catalogue loaded is answered in English, and says so', () => {
    const answer = createEngine({ events, vocabulary }).ask('where was Sojati in 2023', NOW, null, { language: 'sq' });
    expect(answer.text.split('\n')[1]).toMatch(/^Understood: where/);
    expect([answer.interpretation.language, answer.interpretation.script]).toEqual(['en', 'Latn']);
  });
});

describe('a broken catalogue names the file and the key', () => {
  const albanian = read('replies/sq.json');
  const bcms = read('replies/bcms.json');
  it.each([
    [
      'a number',
      { sq: { ...albanian, 'headline.yes': 42 } },
      'data/replies/sq.json, key "headline.yes": expected a string or plural forms, got number 42',
    ],
    [
      'a list',
      { sq: { ...albanian, 'headline.yes': ['Po'] } },
      'data/replies/sq.json, key "headline.yes": expected a string or plural forms, got an array',
    ],
    [
      'a misspelt key',
      { sq: { ...albanian, 'headline.yess': 'Po: {answer}' } },
      'data/replies/sq.json, key "headline.yess": unknown key (data/replies/en.json has no such key; check the spelling)',
    ],
    [
      'a misspelt placeholder',
      { sq: { ...albanian, 'headline.yes': 'Po: {answr}' } },
      'data/replies/sq.json, key "headline.yes": unknown placeholder {answr} (this key fills {answer})',
    ],
    [
      'an unknown plural form',
      {
        sq: {
          ...albanian,
          'count.event': { one: '{count} ngjarje', plural: '{count} ngjarje', other: '{count} ngjarje' },
        },
      },
      'data/replies/sq.json, key "count.event": unknown plural form "plural" (expected zero, one, two, few, many and other)',
    ],
    [
      'no "other" form',
      { sq: { ...albanian, 'count.event': { one: '{count} ngjarje' } } },
      'data/replies/sq.json, key "count.event": expected an "other" form, got nothing',
    ],
    [
      'a form that is no string',
      { sq: { ...albanian, 'count.event': { one: 1, other: '{count} ngjarje' } } },
      'data/replies/sq.json, key "count.event": expected the "one" form as a string, got number 1',
    ],
    // BCMS says "2 događaja" but "5 događaja" and "21 događaj": CLDR's one, few and other.
    [
      'forms its language lacks',
      { bcms: { ...bcms, 'count.event': { one: '{count} događaj', other: '{count} događaja' } } },
      'data/replies/bcms.json, key "count.event": expected the plural forms one, few and other (CLDR\'s for bs), got one and other',
    ],
    [
      'forms its language does not use',
      {
        sq: {
          ...albanian,
          'count.event': { one: '{count} ngjarje', few: '{count} ngjarje', other: '{count} ngjarje' },
        },
      },
      'data/replies/sq.json, key "count.event": expected the plural forms one and other (CLDR\'s for sq), got one, few and other',
    ],
    [
      'ordinals by the ordinal rules',
      { sq: { ...albanian, 'number.ordinal': { one: '{count}-rë', other: '{count}-të' } } },
      'data/replies/sq.json, key "number.ordinal": expected the plural forms one, many and other (CLDR\'s for sq, ordinal), got one and other',
    ],
    [
      'not an object',
      { mk: ['Да'] },
      'data/replies/mk.json: expected a JSON object of keys and messages, got an array',
    ],
    [
      'a language the bot does not know',
      { de: { 'headline.yes': 'Ja: {answer}' } },
      'data/replies/de.json: unknown language "de" (expected en, sq, bcms, mk)',
    ],
  ])('%s', (_what, replies, message) => {
    expect(() => engineWith(replies)).toThrow(message);
  });

  it('a placeholder the answer fills though the English does not use it is allowed', () => {
    // "the 4th quarter" needs the ordinal in Albanian; the English writes "Q4".
    expect(() =>
      engineWith({ sq: { ...albanian, 'date.quarter': 'tremujori i {ordinal} i vitit {year}' } }),
    ).not.toThrow();
  });

  it('from the files, at load: the path of the broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iisg-replies-'));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, 'replies', 'mk.json'),
      JSON.stringify({ ...read('replies/mk.json'), 'headline.no': { other: 7 } }),
    );
    expect(() => loadEngine({ eventsFile: join(dir, 'events.json'), vocabularyDir: dir })).toThrow(
      `${join(dir, 'replies', 'mk.json')}, key "headline.no": expected the "other" form as a string, got number 7`,
    );
    writeFileSync(join(dir, 'replies', 'mk.json'), '{ "headline.no": ');
    expect(() => loadEngine({ eventsFile: join(dir, 'events.json'), vocabularyDir: dir })).toThrow(
      /replies\/mk\.json: expected valid JSON/,
    );
  });
});
