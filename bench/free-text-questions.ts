// Free-text questions: a project's code name with one of its topics ("anything about Halcyon Gate and
// cigarette smuggling"), sometimes with a typo, must bring the post(s) it was taken from into the top 5;
// and bare topics ("news on hybrid threats"), scored by the share of the top 5 that carry the topic.
import type { EventRecord } from '../src/index.js';
import type { Question } from './expected-answer.js';
import type { Builder } from './structured-questions.js';
import type { QuestionContext } from './question-context.js';
import { TOPICS } from './post-vocabulary.js';
import { foldPhrase, foldTokens } from './fold.js';
import { makeTypo } from './typos.js';

export const FREE_TEXT_MIX: readonly [Builder, number][] = [
  [codeAndTopic(false), 30],
  [codeAndTopic(true), 10],
  [topicOnly, 20],
];

/**
 * A post is a target when it names the code name and the topic as phrases, as the question does ("Osprey Link",
 * "border security"; not "Osprey Mosaic ... by video link", not "border management ... Security Governance").
 * At most 3 targets.
 */
const MAX_TARGETS = 3;

function codeAndTopic(withTypo: boolean): Builder {
  return (ctx) => {
    const i = ctx.random.int(0, ctx.events.length - 1);
    const event = ctx.events[i];
    const code = ctx.facts[i]?.code;
    if (!event || !code) return null;
    // Hyphenated topics ("anti-corruption") are one word to some tokenisers and two to others: left out.
    const topic = ctx.random.pick(event.topics.filter((candidate) => !candidate.includes('-')).concat(['']));
    if (!topic || !foldPhrase(event.summary).includes(foldPhrase(topic))) return null;
    const targets = targetsOf(ctx, [foldPhrase(code), foldPhrase(topic)]);
    if (targets.length === 0 || targets.length > MAX_TARGETS) return null;

    let topicText = topic;
    if (withTypo) {
      const longest = foldTokens(topic).sort((a, b) => b.length - a.length)[0] ?? '';
      const typo = makeTypo(ctx.random, longest, null, ctx.registry, ctx.isCorpusWord);
      if (!typo) return null;
      topicText = topic.replace(longest, typo);
    }
    const phrasing = ctx.random.pick(['anything about {C} and {T}', 'what about {C} on {T}', '{C} {T}', 'tell me about the {C} work on {T}']);
    return {
      kind: withTypo ? 'free-text (typo)' : 'free-text',
      text: phrasing.replace('{C}', code).replace('{T}', topicText),
      expected: { mode: 'hit5', targets: targets.map((target) => target.id) },
    };
  };
}

export function targetsOf(ctx: QuestionContext, phrases: readonly string[]): EventRecord[] {
  const [first] = phrases;
  if (!first) return [];
  // A cheap substring pass first, then the phrase check on the few posts left.
  return ctx.events.filter((event) => {
    if (!event.summary.toLowerCase().includes(first.split(' ')[0] ?? '') && !event.title.toLowerCase().includes(first.split(' ')[0] ?? '')) return false;
    const text = ` ${foldPhrase(`${event.title} ${event.summary} ${event.topics.join(' ')}`)} `;
    return phrases.every((phrase) => text.includes(` ${phrase} `));
  });
}

function topicOnly(ctx: QuestionContext): Question | null {
  const topic = ctx.random.pick(TOPICS);
  if (!ctx.events.some((event) => event.topics.includes(topic))) return null;
  const phrasing = ctx.random.pick(['news on {T}', 'anything about {T}', '{T}', 'what do we know about {T}']);
  return { kind: 'topic', text: phrasing.replace('{T}', topic), expected: { mode: 'p5', topic } };
}
