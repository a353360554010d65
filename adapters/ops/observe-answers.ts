// Every question a platform answers is counted and logged once: platform (from the logger), intent, how
// many events matched, whether the answer was empty, and how long it took. Never who asked; the
// question's text only at LOG_LEVEL=debug.
import type { Answer, Engine } from '../../src/index.js';
import type { Logger } from '../log.js';
import type { BotMetrics } from './metrics.js';

export interface AnswerObservers {
  metrics: BotMetrics;
  /** A logger bound to the platform (log.child({ platform })). */
  log: Logger;
}

/** `engine` (called per request, as BotContext.engine) with each ask() and recent() observed for `platform`. */
export function observeAnswers(engine: () => Engine, platform: string, observers: AnswerObservers): () => Engine {
  // One wrapper per dataset: the engine is swapped when the file changes, and each request asks for it.
  const wrapped = new WeakMap<Engine, Engine>();
  return () => {
    const current = engine();
    let observed = wrapped.get(current);
    if (!observed) {
      observed = wrapEngine(current, platform, observers);
      wrapped.set(current, observed);
    }
    return observed;
  };
}

function wrapEngine(engine: Engine, platform: string, { metrics, log }: AnswerObservers): Engine {
  const observe = (answer: () => Answer): Answer => {
    const started = performance.now();
    const result = answer();
    const seconds = (performance.now() - started) / 1000;
    const intent = result.interpretation.intent;
    const empty = intent !== 'help' && result.count === 0;
    metrics.questionAnswered({ platform, intent, empty, seconds });
    const text = log.isLevelEnabled('debug') ? { question: result.question } : {};
    log.info('question answered', {
      intent,
      count: result.count,
      empty,
      ms: Math.round(seconds * 100_000) / 100,
      ...text,
    });
    return result;
  };
  // Every argument passed on as it came (a follow-up's conversation state, and whatever comes next).
  return {
    ...engine,
    ask: (...args: Parameters<Engine['ask']>) => observe(() => engine.ask(...args)),
    recent: (...args: Parameters<Engine['recent']>) => observe(() => engine.recent(...args)),
  };
}
