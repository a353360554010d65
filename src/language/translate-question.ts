// A question in another language as the English question the parser reads: at each word the longest term or
// name wins (a name typed with a capital over a term of the same length), names become the names the vocabulary
// knows, and any other word stays as typed, so a word nothing understood is searched or reported like an
// English one. Two touches make the English read as English would: adjectives that follow their noun are put
// before it ("takimi i ardhshëm": next meeting), and a singular event noun gets "the" ("the meeting before").
import type { QuestionPart } from './question-parts.js';
import type { Lexicon } from './lexicon.js';
import type { NameForms } from './name-forms.js';
import { isEventNoun, isPluralEventNoun } from '../query/event-nouns.js';
import { isOrdinalWord } from '../query/word-numbers.js';
import { MONTH_PATTERN } from '../dates/month-names.js';

export interface TranslationRules {
  lexicon: Lexicon;
  names: NameForms;
  adjectivesFollowNouns: boolean;
  /** The vocabulary's kinds of event ("working group"): singular ones take "the", as "meeting" does. */
  kinds: ReadonlySet<string>;
}

interface Unit {
  text: string;
  punctuation: string;
  /** "3." as typed: the third, unless a month follows ("5. maja"). */
  ordinal?: boolean;
}

/** Order and position words that stand before a noun in English. */
const MODIFIERS = new Set([
  'next',
  'last',
  'first',
  'previous',
  'latest',
  'earliest',
  'oldest',
  'newest',
  'upcoming',
  'longest',
  'shortest',
  'busiest',
  'quietest',
  'most',
  'least',
  'recent',
  'penultimate',
]);
/** Words after which a noun needs no "the". */
const DETERMINERS = new Set([
  ...MODIFIERS,
  'the',
  'a',
  'an',
  'one',
  'any',
  'every',
  'each',
  'this',
  'that',
  'these',
  'those',
  'which',
  'what',
  'per',
  'same',
  'other',
  'multi-day',
  'one-day',
  'many',
  'coming',
  'his',
  'her',
  'their',
]);
const MONTHS = new Set(MONTH_PATTERN.split('|'));
const DIMENSION_NOUNS = new Set([
  'countries',
  'country',
  'cities',
  'city',
  'places',
  'place',
  'organisations',
  'organisation',
  'organisers',
  'people',
  'year',
  'years',
  'month',
  'months',
  'topics',
  'topic',
  'kinds',
  'kind',
  'quarter',
  'half',
]);

export function translateQuestion(parts: readonly QuestionPart[], rules: TranslationRules): string {
  const units: Unit[] = [];
  for (let at = 0; at < parts.length;) {
    const part = parts[at]!;
    const term = rules.lexicon.match(parts, at);
    const name = rules.names.match(parts, at);
    const nameWins =
      name !== null &&
      (term === null || name.length > term.length || (name.length === term.length && part.capitalised));
    if (nameWins) {
      units.push({ text: name.means, punctuation: parts[at + name.length - 1]!.punctuation });
      at += name.length;
    } else if (term) {
      units.push({ text: term.means, punctuation: parts[at + term.length - 1]!.punctuation });
      at += term.length;
    } else {
      units.push({
        text: part.capitalised ? part.word.charAt(0).toUpperCase() + part.word.slice(1) : part.word,
        punctuation: part.punctuation,
        ordinal: part.dotted,
      });
      at++;
    }
  }
  const spoken = units.filter((unit, index) => {
    // A word that carries nothing gives its punctuation to the word before it.
    if (unit.text !== '') return true;
    const previous = units
      .slice(0, index)
      .reverse()
      .find((other) => other.text !== '');
    if (previous && unit.punctuation && !previous.punctuation) previous.punctuation = unit.punctuation;
    return false;
  });
  readOrdinals(spoken);
  putSubjectFirst(spoken);
  if (rules.adjectivesFollowNouns) putModifiersFirst(spoken);
  addArticles(spoken, rules.kinds);
  return spoken.map((unit) => unit.text + unit.punctuation).join(' ');
}

/** "3. događaj" is the third event; "5. maja" and "15. do 17. marta" are days. */
function readOrdinals(units: Unit[]): void {
  units.forEach((unit, k) => {
    if (!unit.ordinal) return;
    const next = units[k + 1]?.text.split(' ')[0] ?? '';
    const dayFollows =
      MONTHS.has(next) || /^\d/.test(next) || next === 'to' || next === 'and' || next === 'until' || next === 'of';
    if (!dayFollows) unit.text = ordinalOf(Number(unit.text));
  });
}

function ordinalOf(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A verb that carries its subject ("posjetio": he visited) puts it before "not" ("he not visited"), as English
 * does, and drops it when "who" is its subject ("ko je učestvovao": who attended).
 */
function putSubjectFirst(units: Unit[]): void {
  const asker = units.findIndex((unit) => unit.text === 'who');
  units.forEach((unit, k) => {
    if (asker >= 0 && k > asker && unit.text.startsWith('he ')) unit.text = unit.text.slice(3);
  });
  for (let k = 1; k < units.length; k++) {
    const negation = units[k - 1]!;
    const verb = units[k]!;
    if (negation.text !== 'not' || negation.punctuation || !verb.text.startsWith('he ')) continue;
    [negation.text, verb.text] = ['he not', verb.text.slice(3)];
  }
}

/** "events last" is "last events", "year most" "most year", "event second" "second event". */
function putModifiersFirst(units: Unit[]): void {
  for (let k = 1; k < units.length; k++) {
    const noun = units[k - 1]!;
    const modifier = units[k]!;
    if (noun.punctuation || modifier.text.includes(' ') || !isModifier(modifier.text) || !isNoun(noun.text)) continue;
    [noun.text, modifier.text] = [modifier.text, noun.text];
  }
}

/** Event nouns that are not an event by themselves. */
const NOT_EVENTS = new Set(['one', 'item', 'result', 'thing', 'post', 'entry']);

function addArticles(units: Unit[], kinds: ReadonlySet<string>): void {
  units.forEach((unit, k) => {
    const singular = kinds.has(unit.text)
      ? !unit.text.endsWith('s')
      : isEventNoun(unit.text) && !isPluralEventNoun(unit.text) && !NOT_EVENTS.has(unit.text);
    if (!singular) return;
    const before = units[k - 1]?.text.split(' ').at(-1) ?? '';
    if (DETERMINERS.has(before) || isOrdinalWord(before) || /^\d+$/.test(before)) return;
    unit.text = `the ${unit.text}`;
  });
}

function isModifier(text: string): boolean {
  const first = text.split(' ')[0] ?? '';
  return MODIFIERS.has(first) || isOrdinalWord(first);
}

function isNoun(text: string): boolean {
  const last = text.split(' ').at(-1) ?? '';
  return isEventNoun(last) || DIMENSION_NOUNS.has(last) || DIMENSION_NOUNS.has(text);
}
