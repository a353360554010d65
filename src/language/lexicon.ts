// A language's terms compiled for lookup: each phrase a sequence of words, stems ("konferencij*" takes the
// language's endings: konferencija, konferencije, konferenciju, ...), {year} and {n}; a phrase marked "^" only
// opens a question. The longest phrase at a position wins; its English words may depend on the words around
// it ("od ... do ..." is "from ... to ...").
import type { Language, LanguageTerm } from '../dataset/language-schema.js';
import type { QuestionPart } from './question-parts.js';
import { foldWords } from '../text/fold.js';
import { transliterate } from './transliterate.js';

type Piece = { kind: 'word'; text: string } | { kind: 'stem'; text: string } | { kind: 'year' } | { kind: 'n' };

interface Condition {
  followedBy: ReadonlySet<string>;
  precededBy: ReadonlySet<string>;
  within: number;
  means: string;
}

interface Phrase {
  pieces: Piece[];
  atStart: boolean;
  means: string;
  when: Condition[];
  /** Pieces that are whole words: more of them is a closer match. */
  exact: number;
  order: number;
}

export interface TermMatch {
  length: number;
  /** English words, placeholders filled in ("" for a word that carries nothing). */
  means: string;
}

export interface Lexicon {
  match(parts: readonly QuestionPart[], at: number): TermMatch | null;
  /** Whole words of the language's phrases (not stems): what language detection counts. */
  readonly words: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
}

const YEAR = /^(?:19|20)\d\d$/;
const NUMBER = /^\d{1,3}$/;

/** How people type letters with no key: "đ" as "dj" (Madjarska), Cyrillic "ш", "ч", "ж" as "sh", "ch", "zh" (beshe). */
const ASCII_SPELLINGS: Record<string, string> = { đ: 'dj', ђ: 'dj', ш: 'sh', ч: 'ch', ж: 'zh', џ: 'dzh' };
const SPELLED = /[đђшчжџ]/gi;

/** A phrase as written and, if it has such letters, as typed without them (the fold makes "đ" a plain "d"). */
export function spellingsOf(text: string): string[] {
  if (!SPELLED.test(text)) return [text];
  SPELLED.lastIndex = 0;
  const typed = text.replace(SPELLED, (letter) => {
    const spelled = ASCII_SPELLINGS[letter.toLowerCase()] ?? letter;
    return letter === letter.toLowerCase() ? spelled : spelled.charAt(0).toUpperCase() + spelled.slice(1);
  });
  return [text, typed];
}

/** Folded words of a phrase as typed in the data (Cyrillic allowed). */
export function foldPhrase(text: string): string[] {
  return foldWords(transliterate(text)).split(' ').filter(Boolean);
}

export function compileLexicon(language: Language): Lexicon {
  const endings = new Set(language.endings);
  const endingList = ['', ...language.endings];
  const byWord = new Map<string, Phrase[]>();
  const byStem = new Map<string, Phrase[]>();
  const byPlaceholder: Phrase[] = [];
  const words = new Set<string>();
  /** Words that stand for a number ("pet" 5), so "{n}" reads them too. */
  const numbers = new Map<string, string>();

  language.terms.forEach((term, order) => {
    for (const say of term.say.flatMap(spellingsOf)) {
      const phrase = compilePhrase(say, term, order);
      if (phrase.pieces.length === 0) continue;
      for (const piece of phrase.pieces) if (piece.kind === 'word') words.add(piece.text);
      const first = phrase.pieces[0]!;
      if (first.kind === 'word') push(byWord, first.text, phrase);
      else if (first.kind === 'stem') push(byStem, first.text, phrase);
      else byPlaceholder.push(phrase);
      if (phrase.pieces.length === 1 && first.kind === 'word' && /^\d+$/.test(term.means))
        numbers.set(first.text, term.means);
    }
  });

  const numberOf = (word: string) => (NUMBER.test(word) ? word : numbers.get(word));
  const fits = (piece: Piece, word: string) => {
    switch (piece.kind) {
      case 'word':
        return word === piece.text;
      case 'stem':
        return word.startsWith(piece.text) && endings.has(word.slice(piece.text.length)) ? true : word === piece.text;
      case 'year':
        return YEAR.test(word);
      case 'n':
        return numberOf(word) !== undefined;
    }
  };

  const resolve = (phrase: Phrase, parts: readonly QuestionPart[], at: number): string => {
    let means = phrase.means;
    for (const condition of phrase.when) {
      const before = parts
        .slice(Math.max(0, at - condition.within), at)
        .some((part) => condition.precededBy.has(part.word));
      const end = at + phrase.pieces.length;
      const after = parts.slice(end, end + condition.within).some((part) => condition.followedBy.has(part.word));
      if (before || after) {
        means = condition.means;
        break;
      }
    }
    return means.replace(/\{(year|n)\}/g, (_, name: string) => {
      const index = phrase.pieces.findIndex((piece) => piece.kind === name);
      const word = parts[at + index]?.word ?? '';
      return name === 'n' ? (numberOf(word) ?? word) : word;
    });
  };

  return {
    words,
    endings,
    match(parts, at) {
      const word = parts[at]?.word;
      if (word === undefined) return null;
      const candidates: Phrase[] = [...(byWord.get(word) ?? [])];
      for (const ending of endingList) {
        if (ending && !word.endsWith(ending)) continue;
        const found = byStem.get(word.slice(0, word.length - ending.length));
        if (found) candidates.push(...found);
      }
      if (YEAR.test(word) || numberOf(word) !== undefined) candidates.push(...byPlaceholder);
      let best: Phrase | null = null;
      for (const phrase of candidates) {
        if (phrase.atStart && at !== 0) continue;
        const length = phrase.pieces.length;
        if (at + length > parts.length) continue;
        let fitsAll = true;
        for (let k = 0; k < length && fitsAll; k++) {
          // A phrase never reaches over a clause's end: "koliko, dugo" is not "koliko dugo".
          fitsAll =
            fits(phrase.pieces[k]!, parts[at + k]!.word) && (k === length - 1 || parts[at + k]!.punctuation === '');
        }
        if (!fitsAll) continue;
        if (
          !best ||
          length > best.pieces.length ||
          (length === best.pieces.length &&
            (phrase.exact > best.exact || (phrase.exact === best.exact && phrase.order < best.order)))
        )
          best = phrase;
      }
      return best ? { length: best.pieces.length, means: resolve(best, parts, at) } : null;
    },
  };
}

function compilePhrase(say: string, term: LanguageTerm, order: number): Phrase {
  const atStart = say.startsWith('^');
  const pieces: Piece[] = [];
  for (const raw of (atStart ? say.slice(1) : say).split(/\s+/).filter(Boolean)) {
    if (raw === '{year}' || raw === '{n}') {
      pieces.push({ kind: raw === '{year}' ? 'year' : 'n' });
      continue;
    }
    const stem = raw.endsWith('*');
    const folded = foldPhrase(stem ? raw.slice(0, -1) : raw);
    folded.forEach((text, index) => pieces.push({ kind: stem && index === folded.length - 1 ? 'stem' : 'word', text }));
  }
  const when = term.when.map((condition) => ({
    followedBy: new Set((condition.followedBy ?? []).flatMap(foldPhrase)),
    precededBy: new Set((condition.precededBy ?? []).flatMap(foldPhrase)),
    within: condition.within,
    means: condition.means,
  }));
  return {
    pieces,
    atStart,
    means: term.means,
    when,
    exact: pieces.filter((piece) => piece.kind === 'word').length,
    order,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
