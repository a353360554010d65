// "which countries did he visit", "his trips in 2023": with no one named in the question, a pronoun means the
// person the vocabulary gives it to (the Head of Secretariat), and the answer says so. A follow-up in a
// conversation replaces this with the person asked about before.
import type { ParseState } from './parse-state.js';
import type { Entity } from '../search/entity.js';
import type { EntityMention } from './extract-entities.js';

export function extractPronoun(state: ParseState, mentions: readonly EntityMention[], personFor: (pronoun: string) => Entity | undefined): EntityMention | null {
  if (mentions.some((mention) => mention.entity.type === 'person')) return null;
  for (const { word, index } of state.freeWords()) {
    const person = personFor(word);
    if (!person) continue;
    state.take(index, index + 1);
    return { entity: person, start: index, end: index + 1 };
  }
  return null;
}
