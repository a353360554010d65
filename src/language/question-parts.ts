// A question as the language layer sees it: folded words, each remembering whether it was typed with a capital
// and the punctuation that followed it, so the English question built from them keeps both for the parser
// (capitals for titles, a comma for where an event's description ends).
import { foldWords } from '../text/fold.js';

export interface QuestionPart {
  word: string;
  capitalised: boolean;
  /** Punctuation that ended a clause after the word ("," "?"), or "". */
  punctuation: string;
  /** A number written with a dot after it ("3."): in the region's languages an ordinal, unless a date follows. */
  dotted: boolean;
}

/** The same rule as the parser's: a dot after a digit ("2022.") is part of a date, not a clause end. */
const CLAUSE_END = /[,;:?!)(]$|[^\d.]\.$/;
const TRAILING = /[,;:?!.)(]+$/;

export function splitQuestion(question: string): QuestionPart[] {
  const parts: QuestionPart[] = [];
  for (const token of question.split(/\s+/)) {
    if (!token) continue;
    const words = foldWords(token).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const capitalised = /^["'“‘„«(]?\p{Lu}/u.test(token);
    const punctuation = CLAUSE_END.test(token) ? (token.match(TRAILING)?.[0] ?? '') : '';
    const dotted = /^\d{1,2}\.$/.test(token);
    words.forEach((word, index) =>
      parts.push({ word, capitalised, punctuation: index === words.length - 1 ? punctuation : '', dotted }),
    );
  }
  return parts;
}
