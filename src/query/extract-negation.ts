// Exclusion: "not in Montenegro", "without UNODC", "workshops outside the EU", "apart from 2022", "non-EU",
// "meetings the HoS skipped", "events Sojati didn't attend", "not about drugs". A cue negates the filter that
// follows it (and the rest of a list: "not in Albania or Montenegro"); a verb of taking part negates its
// subject ("Sojati didn't attend") unless it has an object ("did not involve UNODC"). A cue with nothing to
// negate is left free, so the answer says it could not apply it.
import type { ParseState } from './parse-state.js';
import type { EntityMention } from './extract-entities.js';
import type { DateMention } from './extract-dates.js';
import { FILLER_WORDS } from './filler-words.js';
import { OPERATOR_WORDS } from './operator-words.js';

export interface Negation {
  entities: Set<EntityMention>;
  dates: Set<DateMention>;
  /** Free words whose events are left out. */
  text: string[];
  /** Negated by a verb of taking part ("places he never visited"): groups may be a complement. */
  byVerb: boolean;
}

type Mention = { kind: 'entity'; mention: EntityMention } | { kind: 'date'; mention: DateMention };

const PRE_CUES = ['with the exception of', 'not including', 'other than', 'apart from', 'aside from', 'except for', 'rather than', 'instead of', 'anything but', 'but not', 'not', 'no', 'never', 'without', 'except', 'excluding', 'exclude', 'outside of', 'outside', 'non', 'besides', 'nor', 'wasnt', 'werent', 'isnt', 'arent', 'didnt', 'doesnt', 'dont', 'hasnt', 'havent'];
const VERB_CUES = ['did not', 'does not', 'do not', 'was not', 'were not', 'has not', 'have not', 'had not', 'is not', 'are not', 'didnt', 'doesnt', 'dont', 'wasnt', 'werent', 'hasnt', 'havent', 'isnt', 'arent', 'never', 'not'];
const POST_CUES = new Set(['skipped', 'skip', 'skips', 'missed', 'miss', 'misses', 'absent']);
const TAKING_PART = new Set([
  'attend', 'attended', 'attending', 'go', 'went', 'gone', 'visit', 'visited', 'travel', 'travelled', 'traveled', 'participate',
  'participated', 'take', 'took', 'join', 'joined', 'involve', 'involved', 'include', 'included', 'feature', 'featured', 'appear',
  'appeared', 'present', 'there', 'be', 'been', 'come', 'came', 'meet', 'met', 'speak', 'spoke', 'make', 'made', 'show', 'get',
]);
/** Words between a cue and what it negates: "not in", "without any", "except those organised by". */
const BRIDGE = new Set([
  'the', 'a', 'an', 'any', 'in', 'at', 'to', 'from', 'by', 'with', 'on', 'during', 'of', 'involving', 'including', 'about',
  'regarding', 'those', 'that', 'which', 'ones', 'one', 'events', 'event', 'meetings', 'meeting', 'activities', 'organised',
  'organized', 'hosted', 'led', 'chaired', 'run', 'part', 'place', 'for', 'even', 'yet', 'ever', 'anything', 'held', 'related',
  'where', 'attended', 'attend', 'even',
]);
const LIST_JOIN = new Set(['or', 'and', 'nor']);
const CLAUSE_BREAK = new Set(['but', 'where', 'when', 'who', 'while', 'whereas']);
const MAX_BRIDGE = 4;

export function extractNegation(state: ParseState, entities: readonly EntityMention[], dates: readonly DateMention[]): Negation {
  const negation: Negation = { entities: new Set(), dates: new Set(), text: [], byVerb: false };
  const mentions: Mention[] = [
    ...entities.map((mention): Mention => ({ kind: 'entity', mention })),
    ...dates.map((mention): Mention => ({ kind: 'date', mention })),
  ].sort((a, b) => a.mention.start - b.mention.start);
  const startingAt = (index: number) => mentions.filter((m) => m.mention.start === index);

  for (let i = 0; i < state.words.length; i++) {
    if (state.isTaken(i)) continue;
    const post = POST_CUES.has(state.words[i] ?? '') ? 1 : 0;
    const verbCue = post ? 0 : cueLength(state, i, VERB_CUES);
    const verbAt = i + verbCue + (state.words[i + verbCue] === 'to' ? 1 : 0);
    const isVerb = verbCue > 0 && TAKING_PART.has(state.words[verbAt] ?? '');
    const preCue = post || isVerb ? 0 : cueLength(state, i, PRE_CUES);
    if (!post && !isVerb && !preCue) continue;

    const targets = isVerb ? verbTargets(state, i, verbAt, mentions, startingAt) : post ? { list: previousPerson(state, i, mentions), bySubject: true } : { list: nextMentions(state, i + preCue, startingAt), bySubject: false };
    if (targets.list.length > 0) {
      for (const target of targets.list) add(negation, target);
      negation.byVerb = negation.byVerb || targets.bySubject;
      state.take(i, isVerb ? verbAt + 1 : i + (post || preCue));
      continue;
    }
    if (!isVerb && !post && state.words[i] !== 'no') {
      const words = nextTextWords(state, i + preCue);
      if (words.length === 0) continue;
      negation.text.push(...words.map(({ word }) => word));
      for (const { index } of words) state.take(index, index + 1);
      state.take(i, i + preCue);
    }
  }
  return negation;
}

/** "did not involve UNODC": the object; "Sojati didn't attend": the subject; "did not take place in Albania": what follows. */
function verbTargets(state: ParseState, cue: number, verbAt: number, mentions: readonly Mention[], startingAt: (index: number) => Mention[]): { list: Mention[]; bySubject: boolean } {
  const after = nextMentions(state, verbAt + 1, startingAt);
  if (after.some((m) => m.kind === 'entity' && (m.mention.entity.type === 'person' || m.mention.entity.type === 'organisation'))) return { list: after, bySubject: false };
  const subject = previousPerson(state, cue, mentions);
  return subject.length > 0 ? { list: subject, bySubject: true } : { list: after, bySubject: false };
}

function add(negation: Negation, target: Mention): void {
  if (target.kind === 'entity') negation.entities.add(target.mention);
  else negation.dates.add(target.mention);
}

function cueLength(state: ParseState, at: number, cues: readonly string[]): number {
  for (const cue of cues) {
    const words = cue.split(' ');
    if (words.every((word, k) => state.words[at + k] === word && state.isFree(at + k, at + k + 1))) return words.length;
  }
  return 0;
}

/** The mention right after the bridge words, and those joined to it by or/and/nor of the same kind. */
function nextMentions(state: ParseState, from: number, startingAt: (index: number) => Mention[]): Mention[] {
  const found: Mention[] = [];
  let at = from;
  for (let bridged = 0; at < state.words.length && bridged <= MAX_BRIDGE; ) {
    const here = startingAt(at);
    if (here.length > 0) {
      const kind = kindOf(here[0]!);
      if (found.length > 0 && kindOf(found[0]!) !== kind) break;
      found.push(...here);
      at = Math.max(...here.map((m) => m.mention.end));
      if (state.endsClause(at - 1) && !LIST_JOIN.has(state.words[at] ?? '')) break;
      if (!LIST_JOIN.has(state.words[at] ?? '')) break;
      at++;
      bridged = 0;
      continue;
    }
    const word = state.words[at] ?? '';
    if (state.isTaken(at) || !BRIDGE.has(word) || CLAUSE_BREAK.has(word)) break;
    at++;
    bridged++;
  }
  return found;
}

function kindOf(mention: Mention): string {
  return mention.kind === 'date' ? 'date' : mention.mention.entity.type;
}

/** "not about drugs": the free words after the bridge, up to the clause's end. */
function nextTextWords(state: ParseState, from: number): { word: string; index: number }[] {
  const words: { word: string; index: number }[] = [];
  let at = from;
  while (at < state.words.length && !state.isTaken(at) && BRIDGE.has(state.words[at] ?? '')) at++;
  for (; at < state.words.length && !state.isTaken(at); at++) {
    const word = state.words[at] ?? '';
    if (CLAUSE_BREAK.has(word) || OPERATOR_WORDS.has(word) || LIST_JOIN.has(word)) break;
    if (!FILLER_WORDS.has(word) && !/^\d+$/.test(word)) words.push({ word, index: at });
    if (state.endsClause(at)) break;
  }
  return words;
}

/** The person (or organisation) the verb's subject names: the nearest one before the cue in its clause. */
function previousPerson(state: ParseState, cue: number, mentions: readonly Mention[]): Mention[] {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const mention = mentions[k]!;
    if (mention.mention.end > cue) continue;
    if (mention.kind === 'entity' && (mention.mention.entity.type === 'person' || mention.mention.entity.type === 'organisation')) {
      for (let at = mention.mention.end; at < cue; at++) if (state.endsClause(at) || CLAUSE_BREAK.has(state.words[at] ?? '')) return [];
      return mentions.filter((m) => m.mention.start === mention.mention.start);
    }
  }
  return [];
}
