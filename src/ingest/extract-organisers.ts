// Finds who organised the event: the names after "organised by", "hosted by", "at the initiative of",
// "on behalf of"; failing those, a known organisation that owns the event ("UNODC's first ... Event",
// "CEPOL ... Workshop"). Known organisations get their short vocabulary name; others are kept as written.
import type { IngestLexicon } from './ingest-lexicon.js';
import { indexWords, isCapitalised } from './word-index.js';
import { foldWords } from '../text/fold.js';

const CUE = /\b(?:(?:co-?)?organi[sz]ed\s+(?:jointly\s+)?(?:by|on\s+behalf\s+of)|hosted\s+by|convened\s+by|at\s+the\s+initiative\s+of)\s+/giu;
/** Small words that may sit inside an organisation's name ("Office on Drugs and Crime", "Mission to the UN"). */
const JOINING = new Set(['of', 'for', 'to', 'the', 'and', 'on', 'in', 'against', 'de', 'du', 'la', '&']);
const LONGEST_UNKNOWN_NAME = 10;
/** How far after an owner's name its event word may come ("UNODC's first Regional Multi-stakeholder Event"). */
const OWNER_REACH = 8;

export function extractOrganisers(title: string, body: string, lexicon: IngestLexicon): string[] {
  const named = [title, body].flatMap((text) => [...text.matchAll(CUE)].flatMap((cue) => namesAfter(text.slice(cue.index + cue[0].length), lexicon)));
  const organisers = named.length > 0 ? named : [title, body].flatMap((text) => owners(text, lexicon));
  return [...new Map(organisers.map((name) => [foldWords(name), name])).values()];
}

/**
 * Organisers a site lists by name ("United Nations Office on Drugs and Crime (UNODC)"): a known organisation
 * gets its short vocabulary name, as in the text; any other name is kept as written.
 */
export function namedOrganisers(names: readonly string[], lexicon: IngestLexicon): string[] {
  return names.flatMap((name) => {
    const trimmed = name.trim();
    if (!trimmed) return [];
    const known = lexicon.organisations.findAll(indexWords(trimmed).words)[0];
    return [known?.values[0] ?? trimmed];
  });
}

/** "the OSCE Mission to the United Nations and the UNODC (United ..." -> ["OSCE", "UNODC"]. */
export function namesAfter(text: string, lexicon: IngestLexicon): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    const clean = token.replace(/[,.;:!?)\]"“”]+$/u, '');
    const isJoining = JOINING.has(clean.toLowerCase());
    if (!clean || /^[("“\[]/u.test(clean) || (!isJoining && !/^[\p{Lu}\p{N}]/u.test(clean))) break;
    words.push(clean);
    if (clean !== token) break; // punctuation ends the name
  }
  while (words.length > 0 && JOINING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return splitNames(words, lexicon).flatMap((piece) => {
    const index = indexWords(piece.join(' '));
    const known = lexicon.organisations.findAll(index.words)[0];
    if (known) return known.values.slice(0, 1);
    const name = piece.slice(piece[0]?.toLowerCase() === 'the' ? 1 : 0);
    const cut = name.findIndex((word) => word === 'in');
    const kept = cut > 0 ? name.slice(0, cut) : name;
    return kept.length > 0 && kept.length <= LONGEST_UNKNOWN_NAME && /^\p{Lu}/u.test(kept[0]!) ? [kept.join(' ')] : [];
  });
}

/** Splits on "and" only where a new name starts ("and the UNODC"), not inside one ("Bosnia and Herzegovina"). */
function splitNames(words: readonly string[], lexicon: IngestLexicon): string[][] {
  const pieces: string[][] = [[]];
  words.forEach((word, index) => {
    const next = words[index + 1] ?? '';
    const startsName = next.toLowerCase() === 'the' || /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(next) || lexicon.organisations.findAll(indexWords(words.slice(index + 1).join(' ')).words)[0]?.start === 0;
    if ((word.toLowerCase() === 'and' || word === '&') && startsName) pieces.push([]);
    else pieces[pieces.length - 1]!.push(word);
  });
  return pieces.filter((piece) => piece.length > 0);
}

/** Known organisations that own an event: "UNODC's ... event", "CEPOL WB PaCT ... Workshop". */
function owners(text: string, lexicon: IngestLexicon): string[] {
  const { words, raw } = indexWords(text);
  const found: string[] = [];
  let skipUntil = 0;
  for (const match of lexicon.organisations.findAll(words)) {
    if (match.start < skipUntil) continue;
    const possessive = /['’]s\W*$/u.test(raw[match.end - 1] ?? '');
    for (let at = match.end; at < Math.min(words.length, match.end + OWNER_REACH); at++) {
      if (lexicon.kindWords.has(words[at]!)) {
        found.push(match.values[0]!);
        skipUntil = at + 1;
        break;
      }
      // Between the name and the event word, only more of the name ("WB PaCT Regional Level OTNA").
      if (!possessive && !isCapitalised(raw[at])) break;
    }
  }
  return found;
}
