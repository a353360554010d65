// The language layer on its own: Cyrillic to Latin, which language a question is in (and what a locale or
// IISG_LANGUAGES changes), and the foreign words that must not be read as English words or names.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { transliterate } from '../../src/language/transliterate.js';

const engine = loadEngine();
const NOW = new Date('2026-12-01T12:00:00Z');
const ask = (question: string) => engine.ask(question, NOW);

describe('Cyrillic is read in Latin letters', () => {
  it.each([
    ['Сојати', 'Sojati'],
    ['Скопје', 'Skopje'],
    ['Охрид', 'Ohrid'],
    ['Црна Гора', 'Crna Gora'],
    ['Ќустендил', 'Kjustendil'],
    ['Ѓорче Петров', 'Gjorče Petrov'],
    ['Ѕвезда', 'Dzvezda'],
    ['Џеват', 'Dževat'],
    ['Љубљана', 'Ljubljana'],
    ['ЉУБЉАНА', 'LJUBLJANA'],
    ['Његош', 'Njegoš'],
    ['Ђурђевдан', 'Đurđevdan'],
    ['Ћуприја', 'Ćuprija'],
    ['events in Охрид, 2022', 'events in Ohrid, 2022'],
    ['Chișinău', 'Chișinău'],
  ])('%s -> %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it.each([
    ['Сојати', 'Agron Sojati'],
    ['Љупчо Николовски', 'Ljupco Nikolovski'],
    ['Мајлинда Брегу', 'Majlinda Bregu'],
  ])('%s names %s', (question, person) => {
    expect(ask(question).interpretation.people).toEqual([person]);
  });

  it.each([
    ['Скопје', 'Skopje'],
    ['Охрид', 'Ohrid'],
    ['events in Будва', 'Budva'],
  ])('%s is the place %s', (question, place) => {
    expect(ask(question).interpretation.places).toEqual([place]);
  });

  it('an unknown Cyrillic word is searched and reported like any unknown word, never dropped', () => {
    const answer = ask('настани во Пелистер');
    expect(answer.interpretation.text).toBe('pelister');
    expect(answer.count).toBe(0);
    expect(answer.text).toMatch(/pelister/);
  });

  it('an English question with a Cyrillic name stays English, the name in Latin letters', () => {
    expect(engine.readLanguage('where was Сојати in 2023')).toEqual({
      text: 'where was Sojati in 2023',
      language: 'en',
      script: 'Cyrl',
    });
    expect(ask('events on 5 May 2022 in Охрид').interpretation).toMatchObject({
      places: ['Ohrid'],
      from: '2022-05-05',
      to: '2022-05-05',
      language: 'en',
    });
  });

  it('an unknown Cyrillic name next to a known one is kept too', () => {
    const answer = ask('Сојати и Петар Петровић');
    expect(answer.interpretation.people).toEqual(['Agron Sojati']);
    expect(answer.interpretation.text).toBe('petar petrovic');
  });
});

describe('which language a question is in', () => {
  it.each([
    ['events in Montenegro', 'en'],
    ['what did he do in 2022', 'en'],
    ['show me a workshop in Albania', 'en'],
    ['events per month', 'en'],
    ['Sojati 2022', 'en'],
    ['was there anything in Hungary', 'en'],
    ['gdje je Sojati bio', 'bcms'],
    ['sta se desilo u maju', 'bcms'],
    ['takimet ne Mal te Zi', 'sq'],
    ['kur ishte konferenca', 'sq'],
    ['kade bese Sojati vo 2023', 'mk'],
    ['kade beshe Sojati vo 2023', 'mk'],
    ['Каде беше Сојати', 'mk'],
    ['Где је био Сојати', 'bcms'],
    ['Ѓорче Петров', 'mk'],
  ])('%s: %s', (question, language) => {
    expect(engine.readLanguage(question).language).toBe(language);
  });

  it('an English question is passed on as typed', () => {
    const question = 'What happened after the Ohrid conference, in 2023?';
    expect(engine.readLanguage(question).text).toBe(question);
  });

  it('a locale settles a question whose words do not say, and never overrides words that do', () => {
    expect(engine.readLanguage('Sojati 2022', 'hr').language).toBe('bcms');
    expect(engine.readLanguage('Sojati 2022', 'sq').language).toBe('sq');
    expect(engine.readLanguage('Sojati 2022', 'en-US').language).toBe('en');
    expect(engine.readLanguage('Sojati 2022').language).toBe('en');
    expect(engine.readLanguage('events in Montenegro', 'hr').language).toBe('en');
    expect(engine.readLanguage('takimet në Mal të Zi', 'hr').language).toBe('sq');
    expect(engine.readLanguage('Охрид', 'mk').language).toBe('mk');
    expect(engine.ask('Sojati 2022', NOW, null, { locale: 'hr' }).interpretation.language).toBe('bcms');
  });

  it('IISG_LANGUAGES limits the languages tried; English is always one of them', () => {
    const albanianOnly = loadEngine({ languages: ['sq'] });
    expect(albanianOnly.readLanguage('takimet në Mal të Zi').language).toBe('sq');
    expect(albanianOnly.readLanguage('gdje je bio Sojati').language).toBe('en');
    // Cyrillic is still read in Latin letters, so names match.
    expect(albanianOnly.ask('Сојати', NOW).interpretation.people).toEqual(['Agron Sojati']);
    expect(loadEngine({ languages: ['hr'] }).readLanguage('gdje je bio Sojati').language).toBe('bcms');
    expect(loadEngine({ languages: ['en'] }).readLanguage('gdje je bio Sojati').language).toBe('en');
    expect(() => loadEngine({ languages: ['de'] })).toThrow(/expected language codes among en, bcms, mk, sq, got "de"/);
  });
});

describe('foreign words are never read as English words or names they look like', () => {
  it('"mal" is the Albanian for mountain, not Malta', () => {
    const answer = ask('takimet në mal');
    expect(answer.interpretation.places).toEqual([]);
    expect(answer.text).not.toMatch(/Malta/);
  });

  it('"bio" (was) is not searched, and so never reaches "biometric"', () => {
    expect(ask('gdje je bio Sojati').interpretation.text).toBeNull();
  });

  it('"na" carries nothing: "na Kosovu" is in Kosovo', () => {
    const { interpretation } = ask('događaji na Kosovu');
    expect(interpretation.places).toEqual(['Kosovo']);
    expect(interpretation.text).toBeNull();
  });

  it('"nisu" (are not) is a negation, not Niš', () => {
    const { interpretation } = ask('događaji koji nisu u Crnoj Gori');
    expect(interpretation.places).toEqual([]);
    expect(interpretation.exclude.places).toEqual(['Montenegro']);
  });

  it('"sa" is "with" in BCMS and "how many" in Albanian', () => {
    const withUnodc = ask('sastanci sa UNODC-om');
    expect(withUnodc.interpretation).toMatchObject({ intent: 'list', organisations: ['UNODC'] });
    const howMany = ask('sa takime në 2023');
    expect(howMany.interpretation).toMatchObject({ intent: 'count', from: '2023-01-01', to: '2023-12-31' });
  });

  it('"ne" without its diacritic is Albanian "in", not BCMS "not", in an Albanian question', () => {
    const { interpretation } = ask('takime ne Mal te Zi');
    expect(interpretation.places).toEqual(['Montenegro']);
    expect(interpretation.exclude.places).toEqual([]);
  });

  it('"për" (about) is not the operator "per"', () => {
    const { interpretation } = ask('ngjarje për terrorizmin');
    expect(interpretation.aggregate).toBeNull();
    expect(interpretation.text).toBe('terrorism');
  });

  it('"do" (until) is not the English verb', () => {
    expect(ask('događaji do maja 2022').interpretation).toMatchObject({ from: null, to: '2022-05-31' });
    expect(ask('događaji od maja 2022').interpretation).toMatchObject({ from: '2022-05-01', to: null });
  });

  it('a foreign word no lexicon knows is searched as text and reported when no post uses it', () => {
    const answer = ask('radionice o blorfu');
    expect(answer.interpretation.kinds).toEqual(['workshop']);
    // Reported on the first line, in the language of the question: "No post mentions ..." in BCMS.
    expect(answer.text.split('\n')[0]).toMatch(/^Nijedna objava ne spominje „blorfu“/);
  });

  it('"3." is the third, "5. maja" a day', () => {
    expect(ask('3. događaj').interpretation.order).toMatchObject({ position: 3 });
    expect(ask('5. maja 2022').interpretation).toMatchObject({ from: '2022-05-05', to: '2022-05-05', order: null });
  });
});

describe('a conversation goes on in the same language', () => {
  it.each([
    ['događaji u Crnoj Gori', 'a u 2023?'],
    ['ngjarjet në Mal të Zi', 'dhe në 2023?'],
    ['настани во Црна Гора', 'и во 2023?'],
  ])('%s, then %s', (first, second) => {
    const answer = engine.ask(second, NOW, ask(first).conversation);
    expect(answer.followUp).toBe(true);
    expect(answer.interpretation).toMatchObject({ places: ['Montenegro'], from: '2023-01-01', to: '2023-12-31' });
    expect(answer.events.map((event) => event.city)).toEqual(['Tivat', 'Budva']);
  });
});
