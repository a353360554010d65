// parse(question, today) -> Query: the ordered extractors, each claiming the words it understood.
// Order matters: dates before limits ("last 2 years" is a date, "last 2 events" a limit), exact names
// before typos, and whatever is left (minus filler) is free text.
import type { Query } from './query.js';
import type { Order } from './extract-limit.js';
import type { Entity } from '../search/entity.js';
import type { PhraseMatcher } from '../search/phrase-matcher.js';
import type { FuzzyNames } from '../search/fuzzy-names.js';
import { createParseState } from './parse-state.js';
import { extractDateRange } from './extract-dates.js';
import { extractLimit } from './extract-limit.js';
import { extractIntent } from './extract-intent.js';
import { extractExactEntities, extractFuzzyEntities, type TypoMatch } from './extract-entities.js';
import { FILLER_PHRASE_PATTERN, FILLER_WORDS } from './filler-words.js';
import { matchFreeWords } from './parse-state.js';

export interface ParserVocabulary {
  matcher: PhraseMatcher<Entity>;
  fuzzy: FuzzyNames;
  isCorpusWord(word: string): boolean;
}

export interface ParsedQuestion {
  query: Query;
  order: Order | null;
  /** Entities as found (for filtering by mention: several people are all required). */
  entities: Entity[];
  /** Free words, as typed (folded), that became the free text. */
  textWords: string[];
  /** Words read as a known name despite a typo ("sojaty" -> Agron Sojati). */
  typos: TypoMatch[];
}

export interface ParseOptions {
  /** Read typos of known names (on by default; off to retry a question whose typo reading found nothing). */
  typos?: boolean;
}

export function parseQuestion(question: string, today: string, vocabulary: ParserVocabulary, options: ParseOptions = {}): ParsedQuestion {
  const state = createParseState(question);
  const range = extractDateRange(state, today) ?? { from: null, to: null };
  const { limit, order } = extractLimit(state);
  const entities = extractExactEntities(state, vocabulary.matcher);
  const typos = options.typos === false ? [] : extractFuzzyEntities(state, vocabulary.fuzzy, vocabulary.isCorpusWord);
  entities.push(...typos.map((typo) => typo.entity));
  for (const { start, end } of matchFreeWords(state, FILLER_PHRASE_PATTERN)) state.take(start, end);
  const intent = extractIntent(state.text, order);
  const textWords = state.freeWords().map(({ word }) => word).filter((word) => !FILLER_WORDS.has(word) && !/^\d+$/.test(word));
  const names = (type: Entity['type']) => [...new Set(entities.filter((entity) => entity.type === type).map((entity) => entity.name))];
  return {
    query: {
      intent,
      people: names('person'),
      places: names('place'),
      organisations: names('organisation'),
      kinds: names('kind'),
      range,
      text: textWords.length > 0 && intent !== 'help' ? textWords.join(' ') : null,
      limit,
    },
    order,
    entities,
    textWords: intent === 'help' ? [] : textWords,
    typos,
  };
}
