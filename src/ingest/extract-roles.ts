// Who organised, hosted, chaired, led, moderated, presented or opened, sentence by sentence: the cues of
// role-cues.ts, with holders read from the mentions around them (find-mentions.ts) and `of` from the words
// the role applies to ("the RCC Delegation, led by ..."). A pure function of (title, body, vocabulary): ingest
// and the site sync call it the same way.
import type { EventRole, RoleKind } from '../dataset/event-schema.js';
import type { IngestLexicon } from './ingest-lexicon.js';
import { splitSentences } from '../text/split-sentences.js';
import { foldWords } from '../text/fold.js';
import { findMentions, type Mention } from './find-mentions.js';
import { namesAfter } from './extract-organisers.js';
import { NOT_NAME_WORDS } from './name-words.js';
import { MODIFIERS, ROLES } from './person-patterns.js';
import { HOLDER_BEFORE, HOLDER_GAP, HOLDERS_AFTER, type HolderBeforeCue } from './role-cues.js';
import { objectAfter, phraseBefore, isTheEventItself } from './role-phrases.js';

interface Holder {
  name: string;
  type: 'person' | 'organisation';
}

export function extractRoles(title: string, body: string, lexicon: IngestLexicon): EventRole[] {
  const roles: EventRole[] = [];
  const seen = new Set<string>();
  const add = (role: RoleKind, holder: Holder, of: string | null) => {
    const key = `${role}|${foldWords(holder.name)}|${of === null ? '' : foldWords(of)}`;
    if (seen.has(key)) return;
    seen.add(key);
    roles.push({ role, holder: holder.name, holderType: holder.type, of });
  };
  for (const sentence of [...splitSentences(body), { text: title }]) {
    const text = sentence.text;
    const mentions = findMentions(text, lexicon);
    // Per table: a cue never reuses words another cue of its table matched ("co-organised by", "organised by").
    const usedAfter: [number, number][] = [];
    const usedBefore: [number, number][] = [];
    const free = (used: readonly [number, number][], start: number, end: number) => !used.some(([a, b]) => start < b && a < end);

    for (const cue of HOLDERS_AFTER) {
      for (const match of text.matchAll(cue.pattern)) {
        const end = match.index + match[0].length;
        if (!free(usedAfter, match.index, end) || (cue.after && !cue.after.test(text.slice(0, match.index)))) continue;
        usedAfter.push([match.index, end]);
        const holders = holdersAfter(text, end, mentions, lexicon);
        const of = cue.of === 'before' ? ownOf(phraseBefore(text, match.index), lexicon) : null;
        for (const holder of holders) add(cue.role, holder, of);
      }
    }
    for (const cue of HOLDER_BEFORE) {
      for (const match of text.matchAll(cue.pattern)) {
        const end = match.index + match[0].length;
        if (!free(usedBefore, match.index, end)) continue;
        const object = readObject(cue, text, end, lexicon);
        if (object === undefined) continue;
        const holder = holderBefore(text, match.index, mentions, lexicon);
        if (!holder) continue;
        usedBefore.push([match.index, end]);
        add(cue.role, holder, object);
      }
    }
  }
  return roles;
}

/** `of` for a cue that has an object: undefined when the object rules the role out ("hosted a delegation"). */
function readObject(cue: HolderBeforeCue, text: string, end: number, lexicon: IngestLexicon): string | null | undefined {
  if (cue.object === 'none') return null;
  const object = objectAfter(text, end);
  if (cue.object === 'event') return object !== null && isTheEventItself(object, lexicon.kindWords, true) ? null : undefined;
  if (object === null) return cue.object === 'topic' ? null : undefined;
  if (/^(?:the\s+)?way\b/iu.test(object)) return undefined;
  return ownOf(object, lexicon);
}

function ownOf(phrase: string | null, lexicon: IngestLexicon): string | null {
  if (phrase === null) return null;
  return isTheEventItself(phrase, lexicon.kindWords, false) ? null : phrase;
}

/** The names right after a cue: mentions in a list ("X, Head of ..., and Y"), or unknown names as written. */
function holdersAfter(text: string, from: number, mentions: readonly Mention[], lexicon: IngestLexicon): Holder[] {
  const holders: Holder[] = [];
  let at = from;
  let listGoesOn = true;
  for (;;) {
    const mention = mentions.find((candidate) => candidate.start >= at && isLeadIn(text.slice(at, candidate.start)));
    if (!mention) break;
    holders.push({ name: mention.name, type: mention.type });
    at = skipApposition(text, mention.end, mentions);
    const joiner = /^(?:\s*,)?\s+(?:and|as\s+well\s+as)\s+|^\s*&\s*|^,\s+/iu.exec(text.slice(at));
    if (!joiner) return holders;
    // After a bare comma only a known name continues the list: "led by X, for bilateral consultations".
    listGoesOn = /\S/u.test(joiner[0].replace(',', ''));
    at += joiner[0].length;
  }
  if (!listGoesOn) return holders;
  // No known name where the list goes on: unknown organisations and people, as written.
  for (const name of namesAfter(text.slice(at), lexicon)) {
    if (holders.some((holder) => foldWords(holder.name) === foldWords(name))) continue;
    holders.push({ name, type: looksLikePerson(name, lexicon) ? 'person' : 'organisation' });
  }
  return holders;
}

const ROLE_WORDS = new Set([...ROLES, ...MODIFIERS].flatMap((role) => foldWords(role).split(' ')));
/** What may stand between a cue and a name: "the", "both", a title ("the Secretary-General, ", "the Minister of Interior, "). */
const LEAD_IN = /^(?:(?:the|both|its|their)\s+)?(?:(?<role>[\p{L}-]+(?:\s+[\p{L}-]+){0,3})(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}-]*)){0,6})?,?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|H\.\s?E|Amb)\.?\s+)?$/u;

function isLeadIn(words: string): boolean {
  if (words.length > 90) return false;
  const match = LEAD_IN.exec(words);
  if (!match) return false;
  const role = match.groups?.role;
  // "the Secretary-General", "the Italian Minister of Interior": capitalised words, at least one of them a role.
  return role === undefined || (foldWords(role).split(' ').some((word) => ROLE_WORDS.has(word)) && role.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word) || ROLE_WORDS.has(foldWords(word))));
}

/** After a name, ", Deputy Prime Minister and Minister of ..., " is its title: skip to the closing comma. */
function skipApposition(text: string, at: number, mentions: readonly Mention[]): number {
  const rest = text.slice(at);
  const opening = /^,\s+/u.exec(rest);
  if (!opening) return at;
  const next = mentions.find((mention) => mention.start >= at);
  if (next && next.start === at + opening[0].length) return at;
  const close = rest.indexOf(',', opening[0].length);
  const title = rest.slice(opening[0].length, close < 0 ? undefined : close);
  // A title starts with a capital or "the"; anything else ends the list ("X, in Chisinau").
  if (!/^(?:the\s+|a\s+)?\p{Lu}/u.test(title) || (next && next.start < at + opening[0].length + title.length && !/^(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:of|for|at|to)\b/u.test(title))) return at;
  return close < 0 ? text.length : at + close;
}

/** The holder before an active cue: the earliest mention with nothing but a title or "who was invited to" between. */
function holderBefore(text: string, cueStart: number, mentions: readonly Mention[], lexicon: IngestLexicon): Holder | null {
  for (const mention of mentions) {
    if (mention.end > cueStart) break;
    if (HOLDER_GAP.test(text.slice(mention.end, cueStart))) return { name: mention.name, type: mention.type };
  }
  // An unknown organisation opening the sentence: "The Ministry of Interior of Montenegro hosted the meeting".
  const subject = (text.slice(0, cueStart).split(/,\s*/u).pop() ?? '').replace(/^(?:the\s+)/iu, '').trim();
  if (!/^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|for|the|and|on|to|de|\p{Lu}[\p{L}\p{N}'’-]*))*$/u.test(subject)) return null;
  const [name] = namesAfter(subject, lexicon);
  if (!name || foldWords(name) !== foldWords(subject.replace(/^the\s+/iu, ''))) return null;
  return { name, type: looksLikePerson(name, lexicon) ? 'person' : 'organisation' };
}

/** "Jane Doe" (two to four capitalised words, none an institution's): a person; "Ministry of Interior": not. */
function looksLikePerson(name: string, lexicon: IngestLexicon): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || lexicon.isPlaceOrOrganisation(foldWords(name))) return false;
  return words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !NOT_NAME_WORDS.has(foldWords(word)) && !lexicon.isPlaceOrOrganisation(foldWords(word)));
}
