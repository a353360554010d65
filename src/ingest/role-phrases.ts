// The words a role applies to: the noun phrase before "led by" ("the RCC Delegation, led by"), the object
// after "moderated" ("a panel on developing strategies for preventing violent extremism"), and whether such
// a phrase is only the event itself ("the meeting"), which a role's `of` leaves out.
import { foldWords } from '../text/fold.js';

/** Nouns a role is held over: bodies that are led, parts of an event that are chaired or moderated. */
const HEAD_NOUN = /\b(?:delegations?|side|team|ministry|ministries|secretariat|office|mission|council|directorate|agency|authorities|unit|group|panels?|sessions?|discussions?|debate|round\s?table|roundtable|workshop|meeting|conference|event|seminar|forum|dialogue|consultations|visit|training|course|exercise|segment|part|committee|commission|board|task\s+force|presentation|initiative|network|project|programme|process|body|institutions?|services?|cluster|track|working\s+group)\b/giu;
const DETERMINER = /^(?:the|a|an|its|their|this|his|her|our)$/iu;
/** Words that make "the first session" a part of the event, not the event. */
const PART_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'final', 'last', 'opening', 'closing', 'concluding', 'side', 'parallel', 'breakout', 'thematic', 'plenary', 'panel', 'session', 'sessions', 'segment', 'discussion', 'working']);
const EVENT_NOUNS = new Set(['meeting', 'meetings', 'conference', 'event', 'workshop', 'seminar', 'forum', 'summit', 'webinar', 'training', 'course', 'consultations', 'dialogue', 'roundtable', 'round-table', 'symposium', 'exercise', 'visit', 'gathering', 'edition', 'ceremony', 'proceedings']);
const LONGEST_PHRASE = 24;
/** Where an object ends: the sentence's end, a new clause after a comma (not a list: "possession, misuse and"), a place, an audience. */
const OBJECT_END = new RegExp(
  String.raw`[.;:!?](?:\s|$)|,\s(?=(?:which|who|whose|where|while|and|with|in|at|on|during|before|after|as|thus|to)\b|[\p{Lu}\p{N}]|\p{Ll}+(?:ed|ing)\b)` +
    String.raw`|\s[—–-]\s|\s\(|\s(?:at|during|within|before|after|which|where|who|whereby|while|identified|prepared|developed|together\s+with|(?:held|organi[sz]ed|hosted)\s+(?:by|in|on|at)` +
    String.raw`|in\s+the\s+framework\s+of|with\s+the\s+aim|in\s+(?=\p{Lu})|to\s+the\s+(?:ministers|participants|members|[Bb]oard|audience|delegates|attendees|partners))\b` +
    String.raw`|\sand\s+(?=(?:thanked|stressed|underlined|highlighted|emphasi[sz]ed|noted|called|welcomed|expressed|invited|discussed|informed|reiterated|pointed|added)\b)`,
  'u',
);

/** The noun phrase a role applies to, from the words before its cue; null when none can be told. */
export function phraseBefore(text: string, cueStart: number): string | null {
  const before = text.slice(0, cueStart).replace(/(?:[\s,]|\b(?:was|were|is|are|being|been|has|had|have)\b)+$/iu, '');
  // "The meeting was hosted by X and co-chaired by Y": the second role is held over what the first was.
  if (/\band$/iu.test(before)) {
    const earlier = [...before.matchAll(/\b(?:was|were|is|are)\s+(?:\p{L}+\s+)?\p{L}+ed\s+by\b/giu)].pop();
    return earlier ? phraseBefore(text, earlier.index) : null;
  }
  // Clause by clause backwards: "The first session, dedicated to border security, was chaired by".
  const clauses = [...before.matchAll(/[^,;:()]+/gu)].reverse();
  for (const clause of clauses) {
    const heads = [...clause[0].matchAll(HEAD_NOUN)];
    const head = heads[heads.length - 1];
    if (!head) continue;
    const words = clause[0].slice(0, head.index).split(/\s+/u).filter(Boolean);
    // From the determiner a few words back ("the RCC Delegation"), else from where the capitals start.
    let from = words.length;
    for (let i = words.length - 1; i >= Math.max(0, words.length - 5); i--) {
      if (DETERMINER.test(words[i]!)) {
        from = i;
        break;
      }
      if (!/^[\p{Lu}\p{N}]|^(?:of|for|high-level|first|second|third|final|opening|closing|joint|regional|national|thematic|technical|expert|bilateral|ministerial|plenary)$/u.test(words[i]!)) break;
      from = i;
    }
    const phrase = [...words.slice(from), clause[0].slice(head.index).trim()].join(' ').trim();
    return trimPhrase(phrase);
  }
  // No noun of the list: a short phrase with a determiner right before the cue ("The trainers, led by").
  const last = clauses[0]?.[0].trim() ?? '';
  return /^(?:the|a|an|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,4}$/iu.test(last) ? last : null;
}

/** What follows an active cue, up to where the clause moves on (",", "at the", "which", "in Tirana"). */
export function objectAfter(text: string, from: number): string | null {
  const rest = text.slice(from);
  const stop = OBJECT_END.exec(rest);
  return trimPhrase(stop ? rest.slice(0, stop.index) : rest);
}

/**
 * Is the phrase only the event itself ("the meeting", "the high-level conference", "the meeting of the
 * ministers")? `leading` lets the event noun come later ("a regional workshop on ..."), for cues whose
 * object must be the event.
 */
export function isTheEventItself(phrase: string, kindWords: ReadonlySet<string>, leading: boolean): boolean {
  const words = foldWords(phrase).split(' ').filter((word) => !DETERMINER.test(word));
  const isEvent = (word: string) => EVENT_NOUNS.has(word) || (kindWords.has(word) && !PART_WORDS.has(word));
  // The event noun leads the phrase ("the meeting of the ministers"); a part of it comes first otherwise.
  const head = words.findIndex(isEvent);
  if (head < 0 || head >= (leading ? 5 : 3)) return false;
  return !words.slice(0, head + 1).some((word) => PART_WORDS.has(word));
}

function trimPhrase(raw: string): string | null {
  const words = raw.trim().replace(/[\s,;:]+$/u, '').split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  return words.slice(0, LONGEST_PHRASE).join(' ').replace(/[\s,;:]+$/u, '') || null;
}
