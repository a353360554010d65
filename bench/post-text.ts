// Writes one synthetic post: a title in the secretariat's style and a 300-600 character summary that
// names the kind of event, the organisers, the place, the dates, the people and a project code name, and
// no other organisation or kind (so what the post mentions is known by construction).
import type { Random } from './random.js';
import { AUDIENCES, CODE_SENTENCES, FILLER_SENTENCES, ORDINALS, type KindStyle } from './post-vocabulary.js';

export interface PostFacts {
  style: KindStyle;
  topics: readonly string[];
  city: string | null;
  country: string | null;
  organisers: readonly string[];
  /** People as they appear in the post: name and optional title. */
  people: readonly { name: string; title: string | null; isHead: boolean }[];
  start: string;
  end: string;
  code: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SUMMARY_MIN = 300;
const SUMMARY_MAX = 600;

export function writeTitle(random: Random, facts: PostFacts): string {
  const topic = titleCase(facts.topics[0] ?? 'regional security');
  const fields: Record<string, string | null> = {
    T: topic,
    City: facts.city,
    Country: facts.country,
    Org: facts.organisers[0] ?? null,
    Ord: random.pick(ORDINALS),
    Audience: random.pick(AUDIENCES),
  };
  const usable = facts.style.titles.filter((pattern) => [...pattern.matchAll(/\{(\w+)\}/g)].every((match) => fields[match[1] ?? ''] !== null));
  const pattern = usable.length > 0 ? random.pick(usable) : `${capitalise(facts.style.noun)} on {T}`;
  return pattern.replace(/\{(\w+)\}/g, (_, field: string) => fields[field] ?? '');
}

export function writeSummary(random: Random, facts: PostFacts): string {
  const sentences = [openingSentence(random, facts), codeSentence(random, facts)];
  const named = facts.people.filter((person) => !person.isHead);
  if (named.length > 0) sentences.push(`Opening remarks were delivered by ${listOf(named.map(describePerson))}.`);
  const target = random.int(SUMMARY_MIN, SUMMARY_MAX);
  for (const filler of random.sample(FILLER_SENTENCES, FILLER_SENTENCES.length)) {
    if (sentences.join(' ').length >= target) break;
    sentences.push(filler.replace('{n}', String(random.int(3, 15) * 10)));
  }
  const text = sentences.join(' ');
  if (text.length <= SUMMARY_MAX) return text;
  // Cut off at a word, as the news feed cuts its paragraphs.
  const cut = text.slice(0, SUMMARY_MAX);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '');
}

function openingSentence(random: Random, facts: PostFacts): string {
  const head = facts.people.find((person) => person.isHead);
  const lead = head ? `the Head of the IISG Secretariat, Mr. ${head.name},` : 'the IISG Secretariat';
  const where = facts.city ? `in ${facts.city}${facts.country ? `, ${facts.country}` : ''}` : facts.country ? `in ${facts.country}` : 'by video link';
  const by = facts.organisers.length > 0 ? `organised by ${listOf(facts.organisers.map((name) => `the ${name}`))}` : null;
  const when = dateText(random, facts.start, facts.end);
  const topic = facts.topics[0] ?? 'regional security';
  const second = facts.topics[1] ?? topic;
  const noun = facts.style.noun;
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  const patterns = [
    () => `${capitalise(lead)} took part in the ${noun} on ${topic}${by ? ` ${by}` : ''} ${where}, on ${when}.`,
    () => `On ${when}, ${lead} participated in ${article} ${noun} ${where}${by ? `, ${by},` : ''} dedicated to ${topic === second ? topic : `${topic} and ${second}`}.`,
    () => `The ${noun} on ${topic}${by ? `, ${by},` : ''} was held ${where} on ${when}, with ${lead.replace(/,$/, '')} among the participants.`,
  ];
  return random.pick(patterns)();
}

function codeSentence(random: Random, facts: PostFacts): string {
  return random
    .pick(CODE_SENTENCES)
    .replace('{Code}', facts.code)
    .replace('{T1}', facts.topics[0] ?? 'regional security')
    .replace('{T2}', facts.topics[1] ?? facts.topics[0] ?? 'regional security');
}

function describePerson(person: { name: string; title: string | null }): string {
  return person.title ? `${person.name}, ${person.title}` : person.name;
}

/** "9 March 2023", "the 14th and 15th of December 2021", "14-15 November 2023", "from 30 May to 2 June 2022". */
export function dateText(random: Random, start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const month = (m: number) => MONTHS[m - 1] ?? '';
  if (start === end) return random.chance(0.5) ? `${sd} ${month(sm)} ${sy}` : `the ${ordinal(sd)} of ${month(sm)} ${sy}`;
  if (sy !== ey) return `from ${sd} ${month(sm)} ${sy} to ${ed} ${month(em)} ${ey}`;
  if (sm !== em) return `from ${sd} ${month(sm)} to ${ed} ${month(em)} ${sy}`;
  if (ed === sd + 1 && random.chance(0.5)) return `the ${ordinal(sd)} and ${ordinal(ed)} of ${month(sm)} ${sy}`;
  return random.chance(0.5) ? `${sd}-${ed} ${month(sm)} ${sy}` : `from ${sd} to ${ed} ${month(sm)} ${sy}`;
}

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (['in', 'of', 'and', 'on'].includes(word) ? word : capitalise(word)))
    .join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
