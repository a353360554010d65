// What the answer must admit before anything else (the rule of honesty): operator words the engine cannot
// apply, words no post uses, words the matching events do not contain. Said at the start of the first line,
// so what follows is never taken for the answer to the question as asked.
import type { Plan } from '../plan/plan.js';
import type { Selection } from '../execute/select-events.js';
import type { Phrasebook } from './phrasebook.js';

export function caveatsOf(plan: Plan, selection: Selection, shown: number, pb: Phrasebook): string[] {
  const caveats: string[] = [];
  const unsupported = plan.parsed.query.unsupported;
  const quoted = (word: string) => pb.say('word.quoted', { word });
  if (unsupported.length > 0)
    caveats.push(
      pb.say('caveats.unsupported', { words: pb.list(unsupported.map(quoted), 'or'), count: unsupported.length }),
    );
  const phrase = (words: readonly string[]) => ({ words: quoted(words.join(' ')), count: words.length });
  if (shown > 0 && selection.unknownWords.length > 0)
    caveats.push(pb.say('caveats.unknownWords', phrase(selection.unknownWords)));
  if (shown > 0 && selection.unmatchedWords.length > 0)
    caveats.push(pb.say('caveats.unmatchedWords', phrase(selection.unmatchedWords)));
  return caveats;
}
