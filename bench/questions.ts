// The fixed mix of questions for one generated dataset (228 structured, 38 with operators, 60 free text), with the right
// answers known by construction: computed from the events the generator wrote, never by the engine.
import type { GeneratedDataset } from './generate-dataset.js';
import type { Question } from './expected-answer.js';
import { createRandom } from './random.js';
import { createQuestionContext } from './question-context.js';
import { STRUCTURED_MIX, type Builder } from './structured-questions.js';
import { FREE_TEXT_MIX } from './free-text-questions.js';
import { OPERATOR_MIX } from './operator-questions.js';

export { BENCH_NOW } from './question-context.js';
export type { Question, Expected } from './expected-answer.js';

const ATTEMPTS_PER_QUESTION = 60;

export function buildQuestions(dataset: GeneratedDataset): Question[] {
  const ctx = createQuestionContext(dataset, createRandom(`${dataset.seed}/questions`));
  const questions: Question[] = [];
  const texts = new Set<string>();
  const run = (mix: readonly [Builder, number][]) => {
    for (const [build, count] of mix) {
      let made = 0;
      for (let attempt = 0; made < count && attempt < count * ATTEMPTS_PER_QUESTION; attempt++) {
        const question = build(ctx);
        if (!question || texts.has(question.text.toLowerCase())) continue;
        texts.add(question.text.toLowerCase());
        questions.push(question);
        made++;
      }
    }
  };
  run(STRUCTURED_MIX);
  run(OPERATOR_MIX);
  run(FREE_TEXT_MIX);
  return questions;
}

export function isFreeText(question: Question): boolean {
  return question.expected.mode === 'hit5' || question.expected.mode === 'p5';
}
