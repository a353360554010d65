// Is a question a follow-up of the previous one, and how? "and in 2022?", "what about Budva", "only
// workshops", "without Sojati" refine it; "the second one", "more about it", "who organised it", "when was
// that" point at an event it showed; "how many?", "per year?" ask again of the same events. A question with
// its own subject and nothing pointing back starts afresh.
import type { ParsedQuestion } from '../query/parse-question.js';
import { foldWords } from '../text/fold.js';
import { ordinalNumber } from '../query/word-numbers.js';

export type FollowUp =
  | { kind: 'fresh' }
  | { kind: 'refine'; additive: boolean }
  /** An event the previous answer showed: its index there, or 'it' for the one in focus. */
  | { kind: 'reference'; index: number | 'it' };

const LEAD_CUES = [
  'and', 'what about', 'how about', 'and what about', 'also', 'only', 'just', 'but', 'except', 'without', 'not', 'now',
  'then', 'same for', 'same but', 'what if', 'excluding', 'apart from', 'plus', 'ok and', 'okay and', 'or',
];
const ADDITIVE = /(?:^| )(?:also|as well|too|plus|or)(?: |$)/;
const REFERENCE = /(?:^| )(?:it|that|this|that one|this one|the same one)$|(?:^| )(?:it|that one|this one) |(?:about|of|organised|organized|hosted|chaired|led|attended) (?:it|that|this)(?: |$)/;
const POSITION = /(?:^| )(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))(?: one| event| meeting)?$/;
const DETAILS = /^(?:more|tell me more|more details|details|more about (?:it|that|this)|tell me (?:more )?about (?:it|that|this)|what about it|show (?:it|that|me it))$/;

export function readFollowUp(question: string, parsed: ParsedQuestion, hasPrevious: boolean): FollowUp {
  if (!hasPrevious) return { kind: 'fresh' };
  const text = foldWords(question);
  const position = text.match(POSITION);
  if (position && text.split(' ').length <= 5) {
    const word = position[1] ?? '';
    return { kind: 'reference', index: word === 'last' ? -1 : (ordinalNumber(word) ?? 1) - 1 };
  }
  if (DETAILS.test(text) || REFERENCE.test(text)) return { kind: 'reference', index: 'it' };
  const additive = ADDITIVE.test(text);
  if (LEAD_CUES.some((cue) => text === cue || text.startsWith(`${cue} `))) return { kind: 'refine', additive };
  const query = parsed.query;
  const ownSubject = parsed.entities.length > 0 || parsed.excluded.length > 0 || query.range.from !== null || query.range.to !== null || parsed.textWords.length > 0 || query.anchor !== null;
  // "how many?", "which countries?", "per year?", "the latest?": a new question about the same events.
  if (!ownSubject) return { kind: 'refine', additive: false };
  // "in 2022?", "Budva?": a few words and no question of their own.
  const asks = /\b(?:where|when|who|whom|which|what|how|did|was|were|is|are|has|have|events?|meetings?|happened|list|show)\b/.test(text);
  if (!asks && text.split(' ').length <= 4) return { kind: 'refine', additive };
  // "he" with no one named: the person asked about before, not the default.
  if (query.pronoun) return { kind: 'refine', additive: false };
  return { kind: 'fresh' };
}
