// Folding makes "Chișinău", "CHISINAU" and "chisinau" the same string: lower case, no diacritics, and the
// few letters that Unicode does not decompose (đ, ł, ø, ß, æ, ı) spelled out.
const UNDECOMPOSED: Record<string, string> = { 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'ħ': 'h', 'þ': 'th' };

const ASCII = /^[\x00-\x7f]*$/;

export function foldText(text: string): string {
  // Most text is plain ASCII: nothing to decompose (NFKD alone is a third of the cost at 100k events).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[đðłøßæœıħþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/**
 * Folds a question or alias into single-spaced words: punctuation becomes space, except what dates need
 * (dashes inside words, dots and slashes between digits), "'s" is dropped ("Sojati's" -> "sojati") and
 * other apostrophes vanish ("don't" -> "dont").
 */
export function foldWords(text: string): string {
  const buffer: WordBuffer = { bytes: new Uint8Array(0), length: 0 };
  foldWordBytes(text, buffer);
  return ASCII_DECODER.decode(buffer.bytes.subarray(0, buffer.length));
}

/** A reusable output buffer: foldWords' ASCII codes in bytes[0, length). */
export interface WordBuffer {
  bytes: Uint8Array;
  length: number;
}

/** Called with each word as it is folded: bytes[start, end). */
export type WordVisitor = (bytes: Uint8Array, start: number, end: number) => void;

/**
 * foldWords into `buffer` (grown when too small), calling `visit` for each word: the indexer turns 60 MB of
 * posts (100k events) into word ids this way, with no string per word. The text is encoded to bytes natively
 * and folded in place through a table, one pass: at 100k events a chain of regular expressions took seconds
 * and a loop over character codes a second.
 */
export function foldWordBytes(text: string, buffer: WordBuffer, visit?: WordVisitor): void {
  // UTF-8 needs at most 3 bytes per UTF-16 unit; one more for the space that ends the last word.
  if (buffer.bytes.length <= text.length * 3) buffer.bytes = new Uint8Array(Math.max(text.length * 3 + 1, buffer.bytes.length * 2));
  const bytes = buffer.bytes;
  let { read, written } = UTF8.encodeInto(text, bytes);
  if (read !== text.length || written !== text.length) ({ read, written } = UTF8.encodeInto(asciiFolded(text), bytes));

  // Words are compacted in place: the write position never passes the read position.
  let length = 0;
  let wordStart = 0;
  // One step past the end reads as a space, which ends the last word.
  for (let i = 0; i <= written; i++) {
    const raw = i < written ? bytes[i]! : SPACE;
    const code = FOLDED[raw]!;
    if (code > SPECIAL) {
      bytes[length++] = code;
      continue;
    }
    if (code === SPECIAL) {
      if (raw === DASH) {
        if (length > wordStart) bytes[length++] = DASH;
        continue;
      }
      if (raw === APOSTROPHE || raw === BACKTICK) {
        if (i + 1 < written && FOLDED[bytes[i + 1]!] === LOWER_S && !(i + 2 < written && isWordByte(bytes[i + 2]!))) i++;
        continue;
      }
      // A dot or slash between digits, as in dates ("09.03.2023", "5/6/2022").
      if (length > wordStart && isDigitCode(bytes[length - 1]!) && i + 1 < written && isDigitCode(bytes[i + 1]!)) {
        bytes[length++] = raw;
        continue;
      }
    }
    if (length > wordStart) {
      while (bytes[length - 1] === DASH) length--;
      visit?.(bytes, wordStart, length);
      bytes[length++] = SPACE;
      wordStart = length;
    }
  }
  buffer.length = length > 0 ? length - 1 : 0;
}

/** Non-ASCII text as the ASCII the fold table reads: typographic dashes and quotes as plain ones, the rest spaces. */
function asciiFolded(text: string): string {
  return foldText(text)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\x00-\x7f]/g, ' ');
}

const SPACE = 32;
const DASH = 45;
const APOSTROPHE = 39;
const BACKTICK = 96;
const LOWER_S = 115;
/** FOLDED[byte]: the lower-case letter or digit, SPECIAL for - ' ` . / (their rules above), 0 for a separator. */
const SPECIAL = 1;
const FOLDED = new Uint8Array(256);
for (let code = 48; code <= 57; code++) FOLDED[code] = code;
for (let code = 97; code <= 122; code++) FOLDED[code] = code;
for (let code = 65; code <= 90; code++) FOLDED[code] = code + 32;
for (const code of [DASH, APOSTROPHE, BACKTICK, 46, 47]) FOLDED[code] = SPECIAL;
const UTF8 = new TextEncoder();
const ASCII_DECODER = new TextDecoder('latin1');
const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** A word character as a regex \b sees it. */
const isWordByte = (code: number) => FOLDED[code]! > SPECIAL || code === 95;
