// Questions about groups of events rather than events: "which countries", "in how many cities", "events per
// month", "the busiest year", "the organisation seen most often", "countries he visited more than once".
import type { Aggregate, Dimension } from './query.js';
import type { ParseState } from './parse-state.js';
import { matchFreeWords } from './parse-state.js';
import { wordNumber, WORD_NUMBER_PATTERN } from './word-numbers.js';

export interface AggregateSpec {
  aggregate: Aggregate;
  /** "how many countries": the answer is the number of groups. */
  counted: boolean;
}

/** The nouns of each dimension, plural and singular, longest first within each. */
const NOUNS: Record<Dimension, readonly string[]> = {
  country: ['countries', 'country', 'nations', 'nation'],
  city: ['destinations', 'destination', 'locations', 'location', 'venues', 'venue', 'cities', 'city', 'towns', 'town', 'places', 'place'],
  organisation: ['organisations', 'organizations', 'organisation', 'organization', 'organisers', 'organizers', 'organiser', 'organizer', 'institutions', 'institution', 'agencies', 'agency', 'partners', 'partner'],
  person: ['people', 'persons', 'person', 'officials', 'official', 'individuals'],
  kind: ['kinds of events', 'kinds of event', 'types of events', 'types of event', 'kinds of meetings', 'event types', 'kinds', 'kind', 'types', 'type', 'formats'],
  year: ['years', 'year'],
  month: ['months', 'month'],
  topic: ['topics', 'topic', 'themes', 'theme', 'subjects', 'subject'],
};
const DIMENSION_OF = new Map(Object.entries(NOUNS).flatMap(([dimension, nouns]) => nouns.map((noun) => [noun, dimension as Dimension] as const)));
const ANY_NOUN = `(${[...DIMENSION_OF.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const MODIFIER = '(?: (?:different|distinct|other|separate|unique))?';
const MOST = '(most|least|fewest)';
const VERB = '(?: (?:visited|seen|named|mentioned|used|frequent|frequently visited|common|popular|active|often))';

const all = (by: Dimension, per = false): Aggregate => ({ by, pick: 'all', minCount: null, maxCount: null, complement: false, per });
const dimension = (noun: string | undefined) => DIMENSION_OF.get(noun ?? '');

const RULES: readonly { pattern: string; spec(groups: (string | undefined)[]): AggregateSpec | null }[] = [
  // "how many people attended" asks for a number the post states; "how many people were named" counts names.
  { pattern: `(?:in |for |to )?how many${MODIFIER} ${ANY_NOUN}(?! (?:attended|took part|participated|came|joined|were there))`, spec: ([noun]) => withDimension(noun, (by) => ({ aggregate: all(by), counted: true })) },
  { pattern: `(?:the )?(?:total )?number of${MODIFIER} ${ANY_NOUN}`, spec: ([noun]) => withDimension(noun, (by) => ({ aggregate: all(by), counted: true })) },
  { pattern: `(?:the )?(busiest|quietest|most active|least active) ${ANY_NOUN}`, spec: ([which, noun]) => withDimension(noun, (by) => ({ aggregate: { ...all(by), pick: /busiest|most/.test(which ?? '') ? 'most' : 'least' }, counted: false })) },
  { pattern: `(?:the )?${MOST}${VERB}? ${ANY_NOUN}`, spec: ([which, noun]) => withDimension(noun, (by) => ({ aggregate: { ...all(by), pick: which === 'most' ? 'most' : 'least' }, counted: false })) },
  // "which people" is a "who" question, answered with the people named.
  { pattern: `(?:which|what)${MODIFIER} ${ANY_NOUN}`, spec: ([noun]) => (dimension(noun) === 'person' ? null : withDimension(noun, (by) => ({ aggregate: all(by), counted: false }))) },
  {
    pattern: `(?:per|by|each|every|for each|in each|for every|broken down by|grouped by|breakdown by|split by|by each) ${ANY_NOUN}|a (year|month)`,
    spec: ([noun, unit]) => withDimension(noun ?? unit, (by) => ({ aggregate: all(by, true), counted: false })),
  },
  { pattern: `(?:the )?${ANY_NOUN}${VERB}? (?:the )?${MOST}(?: often| frequently| times| events| meetings| visits)?`, spec: ([noun, which]) => withDimension(noun, (by) => ({ aggregate: { ...all(by), pick: which === 'most' ? 'most' : 'least' }, counted: false })) },
];

function withDimension(noun: string | undefined, spec: (by: Dimension) => AggregateSpec): AggregateSpec | null {
  const by = dimension(noun);
  return by ? spec(by) : null;
}

/** "most often", "the most", "more than once": refinements of a grouping found elsewhere in the question. */
const PICK = `(?:the )?${MOST}(?: (?:often|frequently|times|events|meetings|visits|visited))?`;
const COUNTS: readonly { pattern: string; counts(groups: (string | undefined)[]): Pick<Aggregate, 'minCount' | 'maxCount'> }[] = [
  { pattern: `more than (once|twice|${WORD_NUMBER_PATTERN})(?: times?)?`, counts: ([n]) => ({ minCount: timesOf(n) + 1, maxCount: null }) },
  { pattern: `at least (once|twice|${WORD_NUMBER_PATTERN})(?: times?)?|(${WORD_NUMBER_PATTERN}) (?:or more )?times(?: or more)?`, counts: ([n, m]) => ({ minCount: timesOf(n ?? m), maxCount: null }) },
  { pattern: '(?:several|multiple|many) times|repeatedly|again and again', counts: () => ({ minCount: 2, maxCount: null }) },
  { pattern: 'twice', counts: () => ({ minCount: 2, maxCount: 2 }) },
  { pattern: '(?:only |just )?once', counts: () => ({ minCount: 1, maxCount: 1 }) },
];

function timesOf(text: string | undefined): number {
  if (text === 'once') return 1;
  if (text === 'twice') return 2;
  return wordNumber(text ?? '') ?? 1;
}

/** `implied`: what "most often" groups by when no noun says it ("where did he go most": cities). */
export function extractAggregate(state: ParseState, implied: Dimension | null): AggregateSpec | null {
  let found: AggregateSpec | null = null;
  for (const { pattern, spec } of RULES) {
    for (const match of matchFreeWords(state, pattern)) {
      const result = spec(match.match.slice(1));
      if (!result) continue;
      state.take(match.start, match.end);
      found = result;
      break;
    }
    if (found) break;
  }
  const [pick] = matchFreeWords(state, PICK);
  if (pick && (found || implied)) {
    state.take(pick.start, pick.end);
    const aggregate = found?.aggregate ?? all(implied ?? 'city');
    found = { counted: found?.counted ?? false, aggregate: { ...aggregate, pick: pick.match[1] === 'most' ? 'most' : 'least' } };
  }
  if (!found) return null;
  for (const { pattern, counts } of COUNTS) {
    const [match] = matchFreeWords(state, pattern);
    if (!match) continue;
    state.take(match.start, match.end);
    found = { ...found, aggregate: { ...found.aggregate, ...counts(match.match.slice(1)) } };
    break;
  }
  return found;
}
