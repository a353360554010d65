// The console adapter (Hubot's idea): try the bot with no chat platform. A prompt on a terminal; with
// piped input it answers each line it reads and ends with the input.
import { createInterface } from 'node:readline';
import type { BotContext } from '../bot-context.js';
import type { CliIo } from './cli-io.js';
import type { ConversationState } from '../../src/index.js';

const GOODBYE = new Set(['exit', 'quit', 'bye', ':q']);

export async function runConsoleChat(context: BotContext, io: CliIo): Promise<void> {
  const interactive = io.stdin.isTTY === true;
  const lines = createInterface({ input: io.stdin, output: interactive ? (io.stdout as NodeJS.WritableStream) : undefined, terminal: interactive, crlfDelay: Infinity });
  if (interactive) {
    io.stdout.write('IISG bot: ask about the Secretariat\'s activities ("help" for examples, "exit" to leave).\n');
    lines.setPrompt('iisg> ');
    lines.prompt();
  }
  // The console is one conversation: "and in 2022?" follows the question before it.
  let conversation: ConversationState | null = null;
  for await (const line of lines) {
    const question = line.trim();
    if (GOODBYE.has(question.toLowerCase())) break;
    if (question) {
      if (!interactive) io.stdout.write(`> ${question}\n`);
      const answer = context.engine().ask(question, context.now(), conversation);
      conversation = answer.conversation;
      io.stdout.write(`${answer.text}\n\n`);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
