// What every chat adapter gets from main: the current engine (it may be swapped when the dataset file
// changes), the clock (a parameter so tests pin "now"), a logger and, in a running bot, the metrics.
import type { Engine } from '../src/index.js';
import type { Logger } from './log.js';
import type { BotMetrics } from './ops/metrics.js';

export interface BotContext {
  /** The engine answering right now; call it per request, do not keep it. */
  engine(): Engine;
  now(): Date;
  log: Logger;
  /** What the running bot counts (GET /metrics); absent in the CLI and in tests that do not look. */
  metrics?: BotMetrics;
}
