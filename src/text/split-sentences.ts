// Cuts a post into sentences with their offsets, for role extraction (one statement per sentence) and for
// answers that quote the sentence a detail comes from. Titles and initials ("Mr.", "H.E.", "A. Sojati") and
// numbers ("09.03.2023", "1.5") do not end a sentence; a paragraph break always does.

export interface Sentence {
  /** The sentence as written, trimmed. */
  text: string;
  /** Offsets of `text` in the whole text: text === whole.slice(start, end). */
  start: number;
  end: number;
}

/** Words after which a full stop is an abbreviation's, not a sentence's end (folded, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nr', 'vs', 'amb', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'jr', 'sr',
  'inc', 'ltd', 'co', 'art', 'para', 'paras', 'approx', 'ca', 'cf', 'fig', 'vol', 'pp', 'e.g', 'i.e', 'etc', 'h.e', 'u.s', 'u.k',
  'u.n', 'e.u', 'ph.d', 'dept', 'govt', 'min', 'excl', 'incl', 'resp', 'ref', 'op', 'mt',
]);

/** A candidate end: . ! ? or an ellipsis, maybe closed by quotes or brackets, then space or the end. */
const END = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  // Paragraph breaks first: a sentence never runs from one paragraph into the next.
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    start = paragraph.index;
    const stop = paragraph.index + paragraph[0].length;
    END.lastIndex = paragraph.index;
    for (let match = END.exec(text); match && match.index < stop; match = END.exec(text)) {
      const end = match.index + match[0].length;
      if (end > stop) break;
      if (!endsSentence(text, match.index, end, stop)) continue;
      push(end);
    }
    push(stop);
  }
  return sentences;
}

function endsSentence(text: string, at: number, end: number, stop: number): boolean {
  if (text[at] !== '.') return true;
  const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial ("A. Sojati", "J.-C.") or a lone capital letter.
  if (/^\p{Lu}$/u.test(word) || /(?:^|\.)\p{Lu}$/u.test(word)) return false;
  const next = /\S/u.exec(text.slice(end, stop));
  // "... on 9 March 2023. The meeting": a new sentence starts with a capital, a digit or a quote; lower case continues.
  return next === null || /[\p{Lu}\p{N}"“‘'(\[]/u.test(next[0]);
}
