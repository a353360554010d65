// Yes/no questions: "did Sojati go to Hungary", "was there anything in 2024", "has the HoS been to Serbia",
// "is there a workshop in May". The answer's first line then starts with Yes or No. A request ("can you
// show ...", "do you have ...") is not a yes/no question.
import type { ParseState } from './parse-state.js';

const LEAD = new Set(['and', 'so', 'ok', 'okay', 'hey', 'hi', 'please', 'also', 'but', 'then', 'now']);
const AUXILIARIES = new Set(['did', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'does', 'do', 'didnt', 'wasnt', 'werent', 'isnt', 'arent', 'hasnt', 'havent', 'doesnt']);
const ASKING = ['can you tell me if', 'can you tell me whether', 'could you tell me if', 'could you tell me whether', 'do you know if', 'do you know whether', 'tell me if', 'tell me whether', 'i wonder if', 'i wonder whether', 'is it true that', 'check if', 'check whether'];

/** Claims the words that make it a yes/no question and says whether it is one. */
export function extractYesNo(state: ParseState): boolean {
  let at = 0;
  while (LEAD.has(state.words[at] ?? '')) at++;
  const rest = state.words.slice(at).join(' ');
  for (const phrase of ASKING) {
    if (rest === phrase || rest.startsWith(`${phrase} `)) {
      state.take(at, at + phrase.split(' ').length);
      return true;
    }
  }
  const first = state.words[at];
  const second = state.words[at + 1];
  if (!first || !AUXILIARIES.has(first) || second === undefined || second === 'you' || second === 'i') return false;
  // "Didn't Sojati go to Rome?" asks the same as "did he": the negative form is taken with the question.
  state.take(at, at + 1);
  if (second === 'there' && state.isFree(at + 1, at + 2)) state.take(at + 1, at + 2);
  return true;
}
