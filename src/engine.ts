// createEngine(dataset) -> the question engine adapters talk to. Validates the dataset once, builds the
// indexes once, then answers questions with no I/O; "now" is always a parameter. A question goes through four
// rooms: parse (words -> query) and plan (anchors resolved) in src/plan, execute over the indexes in
// src/execute, and render (answer and plain text) in src/answer.
import type { Answer } from './answer/answer.js';
import type { EventRecord } from './dataset/event-schema.js';
import type { Entity } from './search/entity.js';
import type { Plan } from './plan/plan.js';
import type { ParseOptions, ParserVocabulary } from './query/parse-question.js';
import { parseDataset, type DatasetSources } from './dataset/parse-dataset.js';
import { buildEntities } from './search/build-entities.js';
import { buildEventIndex } from './search/event-index.js';
import { buildFullTextIndex } from './search/full-text.js';
import { sortEvents } from './dataset/event-order.js';
import { readEventWords } from './search/event-words.js';
import { createFuzzyNames } from './search/fuzzy-names.js';
import { createPhraseMatcher } from './search/phrase-matcher.js';
import { collectTitlePhrases } from './search/title-phrases.js';
import { subjectPhrases } from './query/subject-phrases.js';
import { planParsed, planQuestion, settleAnchor, type PlanContext } from './plan/plan-question.js';
import { readTurn } from './conversation/read-turn.js';
import { nextConversationState, type ConversationState } from './conversation/conversation-state.js';
import { executePlan, type ExecuteContext, type Execution } from './execute/execute-plan.js';
import { hasStructure } from './execute/select-events.js';
import { eventsNotNaming, notNamedNote } from './answer/people-not-named.js';
import { kindsReader } from './search/kinds-of-events.js';
import { buildAnswer } from './answer/build-answer.js';
import { suggestNearest } from './answer/suggest.js';
import { isoDayOf } from './dates/day.js';
import { datasetFingerprint } from './dataset/dataset-fingerprint.js';
import { isOpen } from './dates/day-range.js';
import { foldWords } from './text/fold.js';
import { parseLanguages } from './dataset/parse-languages.js';
import { createLanguageReader, type QuestionReading } from './language/language-reader.js';
import { parseReplies } from './answer/parse-replies.js';
import { createPhrasebook, type Phrasebook } from './answer/phrasebook.js';
import { ENGLISH_REPLIES } from './answer/english-replies.js';
import { REPLY_LANGUAGES, resolveReplyLanguage, type Script } from './answer/reply-languages.js';

export interface DatasetInput {
  /** Parsed JSON of data/events.json (validated here). */
  events: unknown;
  /** Parsed JSON of the vocabulary files: { people, places, organisations, kinds }. */
  vocabulary: unknown;
  /** Parsed JSON of the reply catalogues (data/replies/<code>.json) by language code; without them, English. */
  replies?: Readonly<Record<string, unknown>>;
  /** File names used in validation messages. */
  sources?: DatasetSources;
  /** Parsed JSON of the language files (data/languages/*.json); without them questions are read as English. */
  languages?: readonly unknown[];
  /** Try only these languages besides English (codes or locales, from IISG_LANGUAGES); all when absent. */
  onlyLanguages?: readonly string[];
}

export interface AskOptions {
  /** The asker's locale where the platform says it (Discord's "hr"): settles a question whose words do not. */
  locale?: string | null;
  /**
   * The language to answer in: a catalogue's code ("sq", "bcms", "mk") or a locale ("hr", "sq-AL",
   * "sr-Cyrl"); when absent, the language the question was read in. English when unknown or without a loaded
   * catalogue. Names and posts stay as published.
   */
  language?: string | null;
  /** The script, for a language written in two ("Cyrl" for Serbian Cyrillic); else the tag's or the usual one. */
  script?: Script | null;
}

export interface Engine {
  /**
   * Answers one question; `now` fixes "today" for relative dates. With the `conversation` of the previous
   * answer, a follow-up ("and in 2022?", "the second one") is read against it.
   */
  ask(question: string, now: Date, conversation?: ConversationState | null, options?: AskOptions): Answer;
  /** The question's language and the English question it was read as (the first step of ask). */
  readLanguage(question: string, locale?: string | null): QuestionReading;
  /** The latest `count` events, newest first. */
  recent(count: number, now: Date, options?: AskOptions): Answer;
  /** The languages answers can be given in: "en" and each loaded catalogue's code. */
  readonly replyLanguages: readonly string[];
  /** Every event, sorted by start day. */
  readonly events: readonly EventRecord[];
  /** The event with this id, if the dataset has it. */
  event(id: string): EventRecord | undefined;
  /** A short fingerprint of the dataset (computed once, on first use): buttons made from another are stale. */
  fingerprint(): string;
  /** Canonical names of people / places starting with or resembling `prefix` (autocomplete), best first. */
  completePeople(prefix: string, max?: number): string[];
  completePlaces(prefix: string, max?: number): string[];
}

/** Throws DatasetError (naming file, record and field) when the dataset is invalid. */
export function createEngine(input: DatasetInput): Engine {
  const { events, vocabulary } = parseDataset(input, input.sources);
  const catalogues = parseReplies(input.replies ?? {}, input.sources?.replies);
  const english = catalogues.get('en') ?? ENGLISH_REPLIES;
  // One phrasebook per language and script, built once: Serbian Cyrillic is transliterated here, not per answer.
  const phrasebooks = new Map<string, Phrasebook>();
  for (const language of REPLY_LANGUAGES) {
    const catalogue = language.code === 'en' ? english : catalogues.get(language.code);
    if (!catalogue) continue;
    for (const script of [language.script, language.transliterated]) {
      if (script) phrasebooks.set(`${language.code}-${script}`, createPhrasebook(language, catalogue, script, english));
    }
  }
  const phrasebookFor = (options: AskOptions): Phrasebook => {
    const { language, script } = resolveReplyLanguage(options.language, options.script);
    return phrasebooks.get(`${language}-${script}`) ?? phrasebooks.get('en-Latn')!;
  };
  const catalogue = buildEntities(vocabulary, events);
  const sorted = sortEvents(events);
  const words = readEventWords(sorted);
  const index = buildEventIndex(sorted, words, catalogue);
  const fullText = buildFullTextIndex(words, vocabulary.synonyms);
  const fuzzy = createFuzzyNames(catalogue.aliases);
  const pronouns = new Map<string, Entity>();
  for (const person of vocabulary.people) {
    const entity = catalogue.find('person', person.name);
    for (const pronoun of person.pronouns) if (entity && !pronouns.has(foldWords(pronoun))) pronouns.set(foldWords(pronoun), entity);
  }
  const parser: ParserVocabulary = {
    matcher: createPhraseMatcher(catalogue.aliases.map(({ phrase, entity }) => ({ phrase, value: entity }))),
    fuzzy,
    isCorpusWord: (word) => fullText.hasWord(word),
    titles: collectTitlePhrases(words),
    subjects: createPhraseMatcher(subjectPhrases(vocabulary.synonyms).map((phrase) => ({ phrase, value: true as const }))),
    personFor: (pronoun) => pronouns.get(pronoun),
  };
  let positionById: Map<string, number> | null = null;
  const positionsOf = (ids: readonly string[]) => {
    positionById ??= new Map(index.events.map((event, position) => [event.id, position]));
    return ids.flatMap((id) => (positionById?.has(id) ? [positionById.get(id)!] : [])).sort((a, b) => a - b);
  };
  const knowsName = (name: string) => (['person', 'place', 'organisation'] as const).some((type) => catalogue.find(type, name) !== undefined);
  const languages = createLanguageReader(parseLanguages(input.languages ?? [], input.sources?.languages ?? [], knowsName), {
    only: input.onlyLanguages,
    names: () => catalogue.aliases.filter(({ entity }) => entity.type !== 'kind').map(({ phrase }) => ({ say: phrase, means: phrase })),
    kinds: new Set(catalogue.all('kind').map((kind) => foldWords(kind.name))),
  });
  const planContext: PlanContext = { vocabulary: parser, index, fullText, positionsOf };
  const executeContext: ExecuteContext = { index, fullText, kindsOf: kindsReader(catalogue.all('kind'), index) };

  const run = (question: string, today: string, options: ParseOptions = {}) => runPlan(planQuestion(question, today, planContext, options));
  const runPlan = (plan: Plan) => ({ plan, execution: executePlan(plan, executeContext) });
  const found = ({ plan, execution }: { plan: Plan; execution: Execution }) => !plan.problem && execution.selection.positions.length > 0;

  const ask = (asked: string, now: Date, conversation: ConversationState | null = null, options: AskOptions = {}): Answer => {
    const today = isoDayOf(now);
    // Everything after this line reads the English question; the answer keeps the question as asked, and is
    // said in the language it was asked in unless the options say otherwise.
    const read = languages.read(asked, options.locale);
    const question = read.text;
    const pb = options.language ? phrasebookFor(options) : phrasebookFor({ language: read.language, script: options.script ?? read.script });
    const reading = (typo: { typed: string; entity: Entity }) => pb.say('notes.typoReading', { typed: typo.typed, name: typo.entity.name });
    const turn = readTurn(question, conversation, (text) => settleAnchor(text, today, planContext), pb);
    const planned = planParsed(turn.parsed, today, planContext);
    let attempt = runPlan(turn.problem ? { ...planned, problem: { kind: 'reference-missing', message: turn.problem } } : planned);
    const notes: string[] = [...turn.notes];
    const typos = attempt.plan.parsed.typos;
    const fresh = turn.kind === 'fresh';
    if (fresh && !found(attempt) && typos.length > 0) {
      // A typo reading that finds nothing was probably no typo ("internal" is not "Interpol"): read the words as text.
      const literal = run(question, today, { typos: false });
      if (found(literal)) {
        notes.push(pb.say('notes.notTypo', { readings: pb.chain(typos.map(reading), 'or') }));
        attempt = literal;
      }
    }
    if (fresh && !found(attempt)) {
      // "Next Generation EU events" typed in lower case: the operator reading found nothing, a title may.
      const asTitle = run(question, today, { titles: 'always' });
      if (found(asTitle) && asTitle.plan.parsed.textWords.length > attempt.plan.parsed.textWords.length) {
        const text = asTitle.plan.parsed.query.text;
        notes.push(text ? pb.say('notes.titleWords', { text }) : pb.say('notes.titleSomeWords'));
        attempt = asTitle;
      }
    }
    const { plan, execution } = attempt;
    if (plan.parsed.typos.length > 0) notes.push(pb.say('notes.typos', { readings: plan.parsed.typos.map(reading).join(', ') }));

    const { filters } = plan;
    const scope = { index, fullText };
    // "Where was P": the Secretariat's other events in the same scope are worth a mention, not a place in the list.
    const alsoWithout = plan.parsed.query.intent === 'where' && !plan.aggregate && !isOpen(filters.range) ? eventsNotNaming(filters, execution.selection.positions, scope) : [];
    if (!plan.problem && execution.selection.positions.length === 0 && (hasStructure(filters) || filters.textWords.length > 0)) {
      notes.push(...notNamedNote(filters, scope, pb), ...suggestNearest(filters, index, fullText, fuzzy, pb));
    }
    const body = buildAnswer({ question: asked, plan, execution, index, alsoWithout, suggestions: notes, today, followUp: turn.followUp, pb });
    return { ...body, conversation: nextConversationState(conversation, question, turn.kind, body.events.map((event) => event.id), turn.focus) };
  };

  const complete = (type: Entity['type'], used: (entity: Entity) => boolean) => (prefix: string, max = 25): string[] => {
    const wanted = foldWords(prefix);
    const candidates = catalogue.all(type).filter(used);
    if (!wanted) return candidates.map((entity) => entity.name).sort().slice(0, max);
    const starts = candidates.filter((entity) => foldWords(entity.name).split(' ').some((word) => word.startsWith(wanted)) || foldWords(entity.name).startsWith(wanted));
    const similar = fuzzy.suggest(wanted, max).map((alias) => alias.entity).filter((entity) => entity.type === type && used(entity));
    return [...new Set([...starts, ...similar].map((entity) => entity.name))].slice(0, max);
  };
  // Autocomplete offers what has answers: people and places that occur in the dataset.
  const occurs = (entity: Entity) => index.positionsOf(entity).length > 0;

  let fingerprint: string | null = null;
  return {
    ask,
    readLanguage: (question, locale) => languages.read(question, locale),
    recent: (count, now, options) => ask(`last ${Math.max(1, Math.min(100, Math.floor(count)))} events`, now, null, options),
    replyLanguages: REPLY_LANGUAGES.map((language) => language.code).filter((code) => code === 'en' || catalogues.has(code)),
    events: index.events,
    event: (id) => index.events[positionsOf([id])[0] ?? -1],
    fingerprint: () => (fingerprint ??= datasetFingerprint(index.events)),
    completePeople: complete('person', occurs),
    completePlaces: complete('place', occurs),
  };
}
