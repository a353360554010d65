// What every chat adapter gets from main: the current engine (it may be swapped when the dataset file
// changes), the clock (a parameter so tests pin "now") and a logger.
import type { Engine } from '../src/index.js';
import type { Logger } from './log.js';

export interface BotContext {
  /** The engine answering right now; call it per request, do not keep it. */
  engine(): Engine;
  now(): Date;
  log: Logger;
}
