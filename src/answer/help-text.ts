// What the bot can do, with questions that work: shown for "help", an empty question, and by every adapter.
import type { ReplyKey } from './english-replies.js';
import { ENGLISH_PHRASEBOOK, type Phrasebook } from './phrasebook.js';

const EXAMPLES = 10;

/** The catalogue's example questions, in the phrasebook's language. */
export function exampleQuestions(pb: Phrasebook = ENGLISH_PHRASEBOOK): string[] {
  return Array.from({ length: EXAMPLES }, (_, index) => pb.say(`help.example.${index + 1}` as ReplyKey));
}

export function helpText(pb: Phrasebook = ENGLISH_PHRASEBOOK): string {
  return [
    pb.say('help.intro'),
    pb.say('help.ask'),
    pb.say('help.examples'),
    ...exampleQuestions(pb).map((question) => `  • ${question}`),
  ].join('\n');
}

export const EXAMPLE_QUESTIONS: readonly string[] = exampleQuestions();

export const HELP_TEXT = helpText();
