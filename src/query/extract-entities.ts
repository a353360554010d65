// Finds known people, places, organisations and kinds of event in the question's free words: exact
// aliases first (longest wins), then typos of the words nothing else understood. Each mention keeps its
// words, so an operator in front of it ("not in Montenegro") can apply to it.
import type { ParseState } from './parse-state.js';
import type { Entity } from '../search/entity.js';
import type { PhraseMatcher } from '../search/phrase-matcher.js';
import type { FuzzyNames } from '../search/fuzzy-names.js';
import { FILLER_WORDS } from './filler-words.js';
import { OPERATOR_WORDS } from './operator-words.js';

export interface EntityMention {
  entity: Entity;
  start: number;
  end: number;
}

/** Words read as a known name despite a typo ("sojaty" -> Agron Sojati). */
export interface TypoMatch extends EntityMention {
  /** The words as typed. */
  typed: string;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'across', 'throughout', 'within', 'around', 'non']);

export function extractExactEntities(state: ParseState, matcher: PhraseMatcher<Entity>): EntityMention[] {
  const found: EntityMention[] = [];
  for (const match of matcher.findAll(state.words, state.isTaken)) {
    const before = state.words[match.start - 1] === 'the' ? state.words[match.start - 2] : state.words[match.start - 1];
    const afterPreposition = PLACE_PREPOSITIONS.has(before ?? '');
    let entities = match.values.filter((entity) => !entity.ambiguous || afterPreposition);
    // "outside the EU" is the place the organisation is named after.
    if (afterPreposition) entities = entities.map((entity) => entity.placeTwin ?? entity);
    // One name, two things ("European Union" the region and the organisation): "in" means the place.
    if (entities.some((entity) => entity.type === 'place') && entities.some((entity) => entity.type !== 'place')) {
      entities = entities.filter((entity) => (entity.type === 'place') === afterPreposition);
    }
    if (entities.length === 0) continue;
    state.take(match.start, match.end);
    found.push(...entities.map((entity) => ({ entity, start: match.start, end: match.end })));
  }
  return found;
}

/**
 * Typos: pairs of free words first ("nort macedonia"), then single words. Words that occur in the posts
 * themselves (`isCorpusWord`) are real words, not typos, and are left for the free-text search; operator
 * words ("longest", "without") are never a typo of a name.
 */
export function extractFuzzyEntities(state: ParseState, fuzzy: FuzzyNames, isCorpusWord: (word: string) => boolean): TypoMatch[] {
  const found: TypoMatch[] = [];
  const candidate = (index: number) => {
    const word = state.words[index];
    return word !== undefined && !state.isTaken(index) && !FILLER_WORDS.has(word) && !OPERATOR_WORDS.has(word) && !/\d/.test(word) && word.length >= 4;
  };
  for (let i = 0; i + 1 < state.words.length; i++) {
    if (!candidate(i) || !candidate(i + 1)) continue;
    const alias = fuzzy.lookup(`${state.words[i]} ${state.words[i + 1]}`);
    if (alias && alias.phrase.includes(' ')) {
      state.take(i, i + 2);
      found.push({ typed: `${state.words[i]} ${state.words[i + 1]}`, entity: alias.entity, start: i, end: i + 2 });
      i++;
    }
  }
  for (let i = 0; i < state.words.length; i++) {
    const word = state.words[i];
    if (!candidate(i) || word === undefined || isCorpusWord(word)) continue;
    const alias = fuzzy.lookup(word);
    if (alias && !alias.entity.ambiguous) {
      state.take(i, i + 1);
      found.push({ typed: word, entity: alias.entity, start: i, end: i + 1 });
    }
  }
  return found;
}
