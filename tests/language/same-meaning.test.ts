// A question asked in Albanian, Bosnian/Croatian/Montenegrin/Serbian (Latin and Cyrillic) or Macedonian means
// what the English question means: the same interpretation and the same events. The expected answer is the
// English question's, asked of the same engine (tests/core checks those against the posts).
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/index.js';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { ALBANIAN, BCMS_LATIN, MACEDONIAN, SERBIAN_CYRILLIC, type Pair } from './questions.js';

const engine = loadEngine();
const NOW = '2026-12-01';
const ask = (question: string, today: string = NOW) => engine.ask(question, new Date(`${today}T12:00:00Z`));

/** The interpretation and events, less what is the language's own: its code, script and anchor wording. */
function meaning(answer: Answer) {
  const { language: _language, script: _script, anchor, ...rest } = answer.interpretation;
  return {
    ...rest,
    anchor: anchor && { ...anchor, phrases: [] },
    events: answer.events.map((event) => event.id),
    groups: answer.groups,
    verdict: answer.verdict,
  };
}

const SETS: readonly [name: string, code: string, script: 'Latn' | 'Cyrl', pairs: readonly Pair[]][] = [
  ['Bosnian, Croatian, Montenegrin, Serbian (Latin)', 'bcms', 'Latn', BCMS_LATIN],
  ['Serbian (Cyrillic)', 'bcms', 'Cyrl', SERBIAN_CYRILLIC],
  ['Macedonian', 'mk', 'Cyrl', MACEDONIAN],
  ['Albanian', 'sq', 'Latn', ALBANIAN],
];

describe.each(SETS)('%s', (_name, code, script, pairs) => {
  it('has at least 25 questions', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(25);
  });

  it.each(pairs.map(([question, english, today]): [string, string, string] => [question, english, today ?? NOW]))(
    '%s = %s',
    (question, english, today) => {
      const answer = ask(question, today);
      expect(answer.interpretation.language).toBe(code);
      expect(answer.interpretation.script).toBe(script);
      expect(meaning(answer)).toEqual(meaning(ask(english, today)));
      expect(answer.question).toBe(question);
    },
  );
});

describe('the English questions stay English', () => {
  const english = [...new Set(SETS.flatMap(([, , , pairs]) => pairs.map(([, question]) => question)))];
  it.each(english)('%s', (question) => {
    expect(engine.readLanguage(question)).toEqual({ text: question, language: 'en', script: 'Latn' });
    expect(ask(question).interpretation.language).toBe('en');
  });
});
