// parse(question, today) -> Query: the ordered extractors, each claiming the words it understood. Order
// matters: titles that contain operator words first, then dates anchored on today, yes/no, date terms,
// anchors on other events, order and position, groupings, lengths, names, pronouns, negation, intent; what
// is left is filler, free text, or an operator word nothing could apply (said on the answer's first line).
import type { DayRange, Query } from './query.js';
import type { Entity } from '../search/entity.js';
import type { PhraseMatcher } from '../search/phrase-matcher.js';
import type { FuzzyNames } from '../search/fuzzy-names.js';
import type { TitlePhrases } from '../search/title-phrases.js';
import { emptyExclusion } from './query.js';
import { namesByType } from './entity-names.js';
import { createParseState, matchFreeWords } from './parse-state.js';
import { extractDateMentions, type DateMention } from './extract-dates.js';
import { extractNowAnchor } from './extract-now.js';
import { extractDateWindows } from './extract-date-windows.js';
import { extractOrder } from './extract-order.js';
import { extractAggregate } from './extract-aggregate.js';
import { extractDuration } from './extract-duration.js';
import { extractYesNo } from './extract-yes-no.js';
import { extractAnchor } from './extract-anchor.js';
import { extractIntent } from './extract-intent.js';
import { extractExactEntities, extractFuzzyEntities, type EntityMention, type TypoMatch } from './extract-entities.js';
import { extractPronoun } from './extract-pronoun.js';
import { extractRole } from './extract-role.js';
import { extractDetail } from './extract-detail.js';
import { extractNegation } from './extract-negation.js';
import { protectKnownPhrases, protectTitlePhrases } from './protect-title-phrases.js';
import { findUnappliedOperators, OPERATOR_WORDS } from './operator-words.js';
import { FILLER_PHRASE_PATTERN, FILLER_WORDS } from './filler-words.js';
import { coverRanges, intersectRanges } from '../dates/day-range.js';

export interface ParserVocabulary {
  matcher: PhraseMatcher<Entity>;
  fuzzy: FuzzyNames;
  isCorpusWord(word: string): boolean;
  titles: TitlePhrases;
  /** Known phrases that hold an operator word or a number ("first pillar", "Pillar 3"): read as subjects. */
  subjects: PhraseMatcher<true>;
  /** The person a pronoun stands for when no one is named ("he": the Head of Secretariat). */
  personFor(pronoun: string): Entity | undefined;
}

export interface ParsedQuestion {
  query: Query;
  /** Entities as found, to filter by (several people are all required). */
  entities: Entity[];
  /** Entities the question excludes. */
  excluded: Entity[];
  /** Free words, as typed (folded), that became the free text. */
  textWords: string[];
  /** Words read as a known name despite a typo ("sojaty" -> Agron Sojati). */
  typos: TypoMatch[];
  /** The question's words (folded): the planner re-reads an anchor's description from them. */
  words: readonly string[];
  /** Events a conversation points at ("the second one", "it"): the answer is about them only. */
  focus?: readonly string[];
}

export interface ParseOptions {
  /** Read typos of known names (on by default; off to retry a question whose typo reading found nothing). */
  typos?: boolean;
  /** Read operator words that a post's title contains as that title, even in lower case. */
  titles?: 'capitalised' | 'always';
  /** Where each anchor description ends (the planner shortens one that finds nothing). */
  anchorEnds?: readonly number[];
}

export function parseQuestion(question: string, today: string, vocabulary: ParserVocabulary, options: ParseOptions = {}): ParsedQuestion {
  const state = createParseState(question);
  const titleWords = [...protectKnownPhrases(state, vocabulary.subjects), ...protectTitlePhrases(state, vocabulary.titles, { always: options.titles === 'always' })];
  const now = extractNowAnchor(state, today);
  const yesNo = extractYesNo(state);
  const dateMentions = extractDateMentions(state, today);
  extractDateWindows(state, dateMentions);
  const anchor = extractAnchor(state, { targetEnds: options.anchorEnds });
  const duration = extractDuration(state);
  const orderSpec = extractOrder(state);
  const placeQuestion = /\b(?:where|which (?:cities|city|countries|country|places?))\b/.test(state.text);
  const whoQuestion = /\b(?:who|whom)\b/.test(state.text);
  const aggregateSpec = extractAggregate(state, placeQuestion ? 'city' : whoQuestion ? 'person' : null);
  const mentions = extractExactEntities(state, vocabulary.matcher);
  const typos = options.typos === false ? [] : extractFuzzyEntities(state, vocabulary.fuzzy, vocabulary.isCorpusWord);
  mentions.push(...typos);
  const pronoun = extractPronoun(state, mentions, vocabulary.personFor);
  if (pronoun) mentions.push(pronoun);
  const detail = extractDetail(state);
  const negation = extractNegation(state, mentions, dateMentions);
  // After negation: "not organised by UNODC" excludes UNODC, it does not ask for UNODC's events.
  const role = extractRole(state, mentions.filter((mention) => !negation.entities.has(mention)));
  for (const { start, end } of matchFreeWords(state, FILLER_PHRASE_PATTERN)) state.take(start, end);
  const intent = extractIntent(state, { yesNo, counted: aggregateSpec?.counted === true, durationAsked: duration.asked, order: orderSpec.order, roleAsked: role?.asked === true, detail: detail !== null });

  const unsupported = intent === 'help' ? [] : findUnappliedOperators(state);
  // Digits stay (the free text indexes none, but a synonym may need one: "Pillar 3"); an unused one is dropped there.
  const freeText = state.freeWords().filter(({ word }) => !FILLER_WORDS.has(word) && !OPERATOR_WORDS.has(word) && word !== 'how');
  const textWords = intent === 'help' ? [] : [...titleWords, ...freeText].sort((a, b) => a.index - b.index).map(({ word }) => word);

  const included = mentions.filter((mention) => !negation.entities.has(mention));
  const excludedMentions = mentions.filter((mention) => negation.entities.has(mention));
  const entities = unique(included.map((mention) => mention.entity));
  const excluded = unique(excludedMentions.map((mention) => mention.entity));
  const range = rangeOf(dateMentions.filter((mention) => !negation.dates.has(mention)), now?.range ?? null);
  const aggregate = aggregateSpec ? { ...aggregateSpec.aggregate, complement: negation.byVerb && excluded.length > 0 } : null;
  const order = now?.upcoming && !orderSpec.order ? { by: 'start' as const, direction: 'asc' as const, position: null, ties: true } : orderSpec.order;

  return {
    query: {
      intent,
      ...namesByType(entities),
      range,
      text: textWords.length > 0 ? textWords.join(' ') : null,
      limit: orderSpec.limit ?? now?.limit ?? null,
      exclude: {
        ...emptyExclusion(),
        ...namesByType(excluded),
        ranges: dateMentions.filter((mention) => negation.dates.has(mention)).map((mention) => mention.range),
        text: negation.text,
      },
      anchor,
      order,
      aggregate,
      duration: duration.filter,
      unsupported,
      pronoun: pronoun ? pronoun.entity.name : null,
      upcoming: now?.upcoming === true,
      role,
      detail,
    },
    entities,
    excluded,
    textWords,
    typos,
    words: state.words,
  };
}

/** Several date mentions cover each other ("in 2022 and 2023"); a range from today narrows them. */
function rangeOf(mentions: readonly DateMention[], fromNow: DayRange | null): DayRange {
  const named = mentions.length > 0 ? mentions.map((mention) => mention.range).reduce(coverRanges) : { from: null, to: null };
  return fromNow ? intersectRanges(named, fromNow) : named;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

export type { EntityMention };
