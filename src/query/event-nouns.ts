// The nouns people use for "an event" in a question. The generic ones never narrow an answer (specific kinds
// such as "workshop" are vocabulary, and an operator must leave them to the kind reader); operators use both
// to see where an event description ends and whether one event or several is meant ("the meeting before X"
// is one, "meetings before X" all).
const GENERIC = [
  'event', 'meeting', 'activity', 'item', 'result', 'one', 'post', 'entry', 'trip', 'visit', 'session', 'gathering',
  'engagement', 'mission', 'thing', 'events', 'meetings', 'activities', 'items', 'results', 'ones', 'posts', 'entries',
  'trips', 'visits', 'sessions', 'gatherings', 'engagements', 'missions', 'things',
];
const KINDS = [
  'workshop', 'conference', 'seminar', 'forum', 'summit', 'training', 'panel', 'webinar', 'consultation', 'course',
  'talk', 'talks', 'round table', 'roundtable', 'dialogue', 'exercise', 'workshops', 'conferences', 'seminars', 'forums',
  'summits', 'trainings', 'panels', 'webinars', 'consultations', 'courses', 'round tables', 'roundtables', 'dialogues',
  'exercises',
];
const SINGULARS: ReadonlySet<string> = new Set([...GENERIC, ...KINDS].filter((noun) => !/s$/.test(noun) || noun === 'talks'));
const ALL: ReadonlySet<string> = new Set([...GENERIC, ...KINDS]);
const PLURALS: ReadonlySet<string> = new Set([...ALL].filter((noun) => !SINGULARS.has(noun)));

/** A regex alternation of the generic event nouns ("events", "meeting"), longest first. */
export const EVENT_NOUN_PATTERN = `(?:${GENERIC.sort((a, b) => b.length - a.length).join('|')})`;

export function isEventNoun(word: string): boolean {
  return ALL.has(word);
}

export function isPluralEventNoun(word: string): boolean {
  return PLURALS.has(word);
}
