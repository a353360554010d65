// The nouns people use for "an event" in a question. They never narrow an answer by themselves (specific
// kinds such as "workshop" are vocabulary); operators use them to see where an event description ends and
// whether one event or several is meant ("the meeting before X" is one, "meetings before X" all).
const SINGULAR = [
  'event', 'meeting', 'activity', 'item', 'result', 'one', 'post', 'entry', 'trip', 'visit', 'session', 'gathering',
  'engagement', 'mission', 'thing', 'workshop', 'conference', 'seminar', 'forum', 'summit', 'training', 'panel',
  'webinar', 'consultation', 'course', 'talk', 'talks', 'round table', 'roundtable', 'dialogue', 'exercise',
];
const PLURAL = [
  'events', 'meetings', 'activities', 'items', 'results', 'ones', 'posts', 'entries', 'trips', 'visits', 'sessions',
  'gatherings', 'engagements', 'missions', 'things', 'workshops', 'conferences', 'seminars', 'forums', 'summits',
  'trainings', 'panels', 'webinars', 'consultations', 'courses', 'round tables', 'roundtables', 'dialogues', 'exercises',
];

const PLURALS: ReadonlySet<string> = new Set(PLURAL);
const ALL: ReadonlySet<string> = new Set([...SINGULAR, ...PLURAL]);

/** A regex alternation of every event noun, longest first. */
export const EVENT_NOUN_PATTERN = `(?:${[...ALL].sort((a, b) => b.length - a.length).join('|')})`;

export function isEventNoun(word: string): boolean {
  return ALL.has(word);
}

export function isPluralEventNoun(word: string): boolean {
  return PLURALS.has(word) && word !== 'talks';
}
