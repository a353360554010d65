// `iisg ask "<question>" [--json] [--now YYYY-MM-DD] [--data FILE] [--conversation] [--language CODE]`; with no
// question, answers each line of stdin in order. Text for people, one JSON object per line for programs.
import { createInterface } from 'node:readline';
import { readReplyLanguage, type ConversationState } from '../../src/index.js';
import { UsageError } from './cli-io.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { loadEngine } from '../data/load-dataset.js';
import { answerJson } from './answer-json.js';
import { parseFlags, parseNow } from './cli-options.js';

const USAGE = 'usage: iisg ask "<question>" [--json] [--now YYYY-MM-DD] [--data FILE] [--conversation] [--language CODE]   (no question: one per line on stdin; --conversation reads the lines as one conversation; --language answers in en, sq, bcms, sr-Cyrl or mk)';

export const runAsk: CliCommand = async (args, io) => {
  const { values, positionals } = parseFlags(
    args,
    { json: { type: 'boolean' }, now: { type: 'string' }, data: { type: 'string' }, conversation: { type: 'boolean' }, language: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const now = parseNow(values.now);
  const engine = loadEngine(values.data ? { eventsFile: values.data } : {});
  const language = values.language === undefined ? null : readReplyLanguage(values.language);
  if (values.language !== undefined && (!language || !engine.replyLanguages.includes(language.language))) {
    throw new UsageError(`--language expects one of ${engine.replyLanguages.join(', ')} (or a locale: sq-AL, hr, bs, sr-Latn, sr-Cyrl, mk), got "${values.language}"`);
  }
  const options = language ?? {};
  // With --conversation every line is read against the ones before it, as a chat would.
  let conversation: ConversationState | null = null;
  const answerOne = (question: string) => {
    const answer = engine.ask(question, now, values.conversation ? conversation : null, options);
    conversation = answer.conversation;
    io.stdout.write(values.json ? `${JSON.stringify(answerJson(answer))}\n` : `${answer.text}\n\n`);
  };
  if (positionals.length > 0) {
    answerOne(positionals.join(' '));
    return 0;
  }
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    if (line.trim()) answerOne(line.trim());
  }
  return 0;
};
