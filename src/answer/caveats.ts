// What the answer must admit before anything else (the rule of honesty): operator words the engine cannot
// apply, words no post uses, words the matching events do not contain. Said at the start of the first line,
// so what follows is never taken for the answer to the question as asked.
import type { Plan } from '../plan/plan.js';
import type { Selection } from '../execute/select-events.js';
import { quoteList } from './wording.js';

export function caveatsOf(plan: Plan, selection: Selection, shown: number): string[] {
  const caveats: string[] = [];
  const unsupported = plan.parsed.query.unsupported;
  const them = (words: readonly string[]) => (words.length > 1 ? 'them' : 'it');
  if (unsupported.length > 0) caveats.push(`I can't yet answer ${quoteList(unsupported)}, so this is not an answer to that; without ${them(unsupported)}:`);
  const quoted = (words: readonly string[]) => `"${words.join(' ')}"`;
  if (shown > 0 && selection.unknownWords.length > 0) caveats.push(`No post mentions ${quoted(selection.unknownWords)}, so I left ${them(selection.unknownWords)} out:`);
  if (shown > 0 && selection.unmatchedWords.length > 0) caveats.push(`None of these events mentions ${quoted(selection.unmatchedWords)}; without ${them(selection.unmatchedWords)}:`);
  return caveats;
}
