// `iisg ask "<question>" [--json] [--now YYYY-MM-DD] [--data FILE]`; with no question, answers each line
// of stdin in order. Text for people, one JSON object per line for programs.
import { createInterface } from 'node:readline';
import type { Engine } from '../../src/index.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { loadEngine } from '../data/load-dataset.js';
import { answerJson } from './answer-json.js';
import { parseFlags, parseNow } from './cli-options.js';

const USAGE = 'usage: iisg ask "<question>" [--json] [--now YYYY-MM-DD] [--data FILE]   (no question: one per line on stdin)';

export const runAsk: CliCommand = async (args, io) => {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' }, now: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const now = parseNow(values.now);
  const engine = loadEngine(values.data ? { eventsFile: values.data } : {});
  const answerOne = (question: string) => writeAnswer(engine, question, now, values.json === true, io);
  if (positionals.length > 0) {
    answerOne(positionals.join(' '));
    return 0;
  }
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    if (line.trim()) answerOne(line.trim());
  }
  return 0;
};

function writeAnswer(engine: Engine, question: string, now: Date, json: boolean, io: CliIo): void {
  const answer = engine.ask(question, now);
  io.stdout.write(json ? `${JSON.stringify(answerJson(answer))}\n` : `${answer.text}\n\n`);
}
