// Detail answers quote the post: the sentence (or two) that says what was presented, discussed or adopted,
// the purpose, the topic, the number of participants. Chosen by the detail's cue words and the question's
// own words; never invented: no such sentence is said as such.
import type { DetailKind } from '../query/query.js';
import type { EventRecord } from '../dataset/event-schema.js';
import { splitSentences } from '../text/split-sentences.js';
import { foldWords } from '../text/fold.js';

export interface PostQuote {
  eventId: string;
  /** The sentence as published (cut with "…" when very long or cut off in the post itself). */
  text: string;
  /** For "how many participants": the number as the post says it ("over 100"). */
  figure: string | null;
}

const MAX_QUOTE = 320;
const PEOPLE = '(?:participants|attendees|delegates|people|representatives|experts|officials|practitioners|guests|stakeholders)';
const CUES: Record<Exclude<DetailKind, 'record'>, RegExp> = {
  presented: /\bpresent(?:ed|ation|ations|ing)?\b|\bshowcas|\bintroduc|\bspoke\b|\bspeech\b|\bremarks\b|\baddressed\b|\bkeynote\b/i,
  discussed: /\bdiscuss|\bdebat|\bexchang|\baddress(?:ed|ing)\b|\bfocus(?:ed|ing)?\b|\bexamin|\breview(?:ed)?\b|\bshared\b|\btopics?\b/i,
  adopted: /\badopt|\bagree|\bendors|\bsign(?:ed|ing)\b|\bapprov|\bconclusions?\b|\bdeclaration\b|\brecommendations?\b|\bcommit(?:ted|ment)/i,
  purpose: /\bpurpose\b|\baims?\b|\baimed\b|\bgoals?\b|\bobjectives?\b|\bin order to\b|\bwith a view to\b|\bintended\b|\bto ensure\b/i,
  topic: /[“"][^”"]{8,}[”"]|\bon the topic\b|\btopic\b|\btheme\b|\bentitled\b|\btitled\b|\bdedicated to\b|\bfocused on\b/i,
  participants: new RegExp(`\\b(?:\\d[\\d,.]*|dozens|hundreds|a hundred|some|over|more than|around|about|nearly|almost)\\b[^.]{0,40}\\b${PEOPLE}\\b`, 'i'),
  about: /./,
};
const FIGURE = new RegExp(`\\b((?:over|more than|around|about|nearly|almost|some|up to)?\\s*\\d[\\d,.]*)\\s+(?:\\w+\\s+){0,3}${PEOPLE}\\b`, 'i');

/** `prefer`: folded words of the question (a name, a verb) that make one matching sentence fitter than another. */
/**
 * `people`: the people the question asks about ("what did Sojati present"): only a sentence that names one
 * of them answers; another speaker's presentation is not theirs.
 */
export function quotePost(event: EventRecord, kind: Exclude<DetailKind, 'record'>, prefer: readonly string[], people: readonly string[] = []): PostQuote | null {
  const sentences = splitSentences(event.summary);
  if (kind === 'topic') {
    const quoted = /[“"]([^”"]{8,})[”"]/.exec(`${event.summary} ${event.title}`);
    if (quoted?.[1]) return { eventId: event.id, text: quoted[1], figure: null };
  }
  const names = people.map((name) => foldWords(name).split(' ').at(-1) ?? '').filter(Boolean);
  const naming = (text: string) => names.length === 0 || names.some((name) => foldWords(text).split(' ').includes(name));
  const candidates = kind === 'about' ? sentences.slice(0, 1) : sentences.filter((sentence) => CUES[kind].test(sentence.text) && naming(sentence.text));
  if (candidates.length === 0) return null;
  const score = (text: string) => {
    const words = new Set(foldWords(text).split(' '));
    return prefer.filter((word) => words.has(word)).length;
  };
  const best = [...candidates].sort((a, b) => score(b.text) - score(a.text))[0]!;
  const figure = kind === 'participants' ? (FIGURE.exec(best.text)?.[1]?.trim() ?? null) : null;
  return { eventId: event.id, text: cut(best.text, best.end >= event.summary.trimEnd().length), figure };
}

/** Long sentences are cut; a post cut off mid-sentence (no full stop) says so with "…". */
function cut(text: string, isLast: boolean): string {
  const shortened = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '')}…` : text;
  return isLast && !/[.!?…”"]$/.test(shortened) ? `${shortened.replace(/[,;:\s]+$/, '')}…` : shortened;
}
