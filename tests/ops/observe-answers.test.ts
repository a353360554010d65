// The observed engine answers exactly as the engine does (a follow-up's conversation included), counts and
// logs each answer once, and follows the dataset when the engine is swapped.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/data/load-dataset.js';
import { createMemoryLogger } from '../../adapters/log.js';
import { createBotMetrics } from '../../adapters/ops/metrics.js';
import { observeAnswers } from '../../adapters/ops/observe-answers.js';
import type { Engine } from '../../src/index.js';
import { NOW } from './bot-harness.js';
import { parseSamples, valueOf } from './prometheus-text.js';

const engine = loadEngine();

describe('observeAnswers', () => {
  it('passes a follow-up its conversation and answers as the engine does', async () => {
    const metrics = createBotMetrics();
    const log = createMemoryLogger();
    const observed = observeAnswers(() => engine, 'slack', { metrics, log: log.child({ platform: 'slack' }) });
    const first = observed().ask('where was Sojati in 2023', NOW);
    const followUp = observed().ask('and in 2022?', NOW, first.conversation);
    expect(first).toEqual(engine.ask('where was Sojati in 2023', NOW));
    expect(followUp).toEqual(engine.ask('and in 2022?', NOW, engine.ask('where was Sojati in 2023', NOW).conversation));
    expect(followUp.interpretation).not.toEqual(engine.ask('and in 2022?', NOW).interpretation);
    expect(observed().recent(3, NOW)).toEqual(engine.recent(3, NOW));
    expect(observed().events).toBe(engine.events);
    expect(observed().completePeople('Soj')).toEqual(engine.completePeople('Soj'));

    expect(
      log.entries
        .filter((entry) => entry.msg === 'question answered')
        .map(({ platform, intent, count }) => ({ platform, intent, count })),
    ).toEqual(
      [first, followUp, engine.recent(3, NOW)].map((answer) => ({
        platform: 'slack',
        intent: answer.interpretation.intent,
        count: answer.count,
      })),
    );
    expect(
      valueOf(parseSamples(await metrics.render()), 'iisg_answer_duration_seconds_count', { platform: 'slack' }),
    ).toBe(3);
  });

  it('wraps each dataset once, and the new one after a reload', () => {
    let current: Engine = engine;
    const observed = observeAnswers(() => current, 'discord', {
      metrics: createBotMetrics(),
      log: createMemoryLogger(),
    });
    const before = observed();
    expect(observed()).toBe(before);
    current = { ...engine };
    expect(observed()).not.toBe(before);
  });
});
