// Words that change what a question means. Each is either applied by an operator extractor (which claims it)
// or reported on the answer's first line as something the engine cannot apply: never dropped as filler,
// never searched as text. The rule of honesty lives here.
import type { ParseState } from './parse-state.js';
import { isOrdinalWord } from './word-numbers.js';

export const OPERATOR_WORDS: ReadonlySet<string> = new Set([
  // exclusion
  'not', 'no', 'never', 'without', 'except', 'excluding', 'exclude', 'outside', 'non', 'besides', 'nor', 'neither',
  'didnt', 'wasnt', 'werent', 'isnt', 'arent', 'hasnt', 'havent', 'doesnt', 'dont', 'skipped', 'missed', 'unless',
  // anchors
  'before', 'after', 'since', 'until', 'till', 'prior', 'following', 'preceding', 'between', 'within', 'around', 'during',
  'ago', 'same',
  // now, order and position
  'next', 'upcoming', 'previous', 'last', 'first', 'latest', 'earliest', 'oldest', 'newest', 'penultimate',
  // superlatives and aggregations
  'per', 'most', 'least', 'fewest', 'busiest', 'quietest', 'biggest', 'largest', 'smallest', 'longest', 'shortest',
  'longer', 'shorter', 'than', 'twice', 'average', 'mean', 'median', 'percent', 'percentage', 'ratio', 'share',
  'compare', 'compared', 'versus', 'vs', 'why',
]);

/** The operator words nothing applied, in question order, plus "how many <what>" of an unknown unit. */
export function findUnappliedOperators(state: ParseState): string[] {
  const words: string[] = [];
  for (const { word, index } of state.freeWords()) {
    if (OPERATOR_WORDS.has(word) || isOrdinalWord(word)) words.push(word);
    // "how" left over: "how many participants", "how much", "how was it" are questions of another kind.
    if (word === 'how') {
      const next = state.words[index + 1];
      const unit = next === 'many' || next === 'much' ? state.words[index + 2] : undefined;
      words.push(unit && next === 'many' ? `how many ${unit}` : next === 'much' ? 'how much' : 'how');
    }
  }
  return [...new Set(words)];
}
