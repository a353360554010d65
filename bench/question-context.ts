// What question builders draw on: the generated events with lookups by person, the alias registry, the
// words the posts use, and the pinned "now". Built once per dataset; every lookup is computed from the
// data directly, never through the engine.
import type { EventRecord, Person, Vocabulary } from '../src/index.js';
import type { GeneratedDataset } from './generate-dataset.js';
import type { Random } from './random.js';
import { createAliasRegistry, type AliasRegistry } from './alias-registry.js';
import { foldTokens } from './fold.js';

/** "Now" for every question: after the last generated day, so "last year" is 2026. */
export const BENCH_NOW = '2027-01-15';
export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface QuestionContext {
  events: readonly EventRecord[];
  facts: GeneratedDataset['facts'];
  vocabulary: Vocabulary;
  registry: AliasRegistry;
  random: Random;
  /** People named in at least one event. */
  activePeople: readonly Person[];
  eventsOf(person: string): readonly EventRecord[];
  /** Does any post (title, summary, topics, names) use this folded word, or its plural? */
  isCorpusWord(word: string): boolean;
}

export function createQuestionContext(dataset: GeneratedDataset, random: Random): QuestionContext {
  const byPerson = new Map<string, EventRecord[]>();
  for (const event of dataset.events) {
    for (const person of event.people) {
      const list = byPerson.get(person) ?? [];
      list.push(event);
      byPerson.set(person, list);
    }
  }
  let corpus: Set<string> | undefined;
  const corpusWords = () => {
    if (!corpus) {
      corpus = new Set<string>();
      const seen = new Set<string>();
      for (const event of dataset.events) {
        for (const part of [event.title, event.summary, ...event.topics, ...event.people, ...event.organisers]) {
          // Posts repeat their sentences; fold each distinct one once.
          for (const sentence of part.split(/(?<=[.!?])\s+/)) {
            if (seen.has(sentence)) continue;
            seen.add(sentence);
            for (const token of foldTokens(sentence)) corpus.add(token);
          }
        }
      }
    }
    return corpus;
  };
  return {
    events: dataset.events,
    facts: dataset.facts,
    vocabulary: dataset.vocabulary,
    registry: createAliasRegistry(dataset.vocabulary),
    random,
    activePeople: dataset.vocabulary.people.filter((person) => byPerson.has(person.name)),
    eventsOf: (person) => byPerson.get(person) ?? [],
    isCorpusWord: (word) => {
      const words = corpusWords();
      return words.has(word) || words.has(`${word}s`) || (word.endsWith('s') && words.has(word.slice(0, -1)));
    },
  };
}

export function yearOf(event: EventRecord): number {
  return Number(event.start.slice(0, 4));
}

export function monthBounds(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
