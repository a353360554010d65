// What kind of answer the question wants. Reads the whole question (intent words are not claimed), so
// "where" and "how many" survive whatever other extractors took.
import type { Intent } from './query.js';
import type { Order } from './extract-limit.js';

const HELP = /^(?:help|\?|commands|usage|start|hi|hello|hey|what can you do|what do you know|how does this work|how do i use (?:this|you|it)|help me|help please)$/;

const RULES: readonly [RegExp, Intent][] = [
  [/\b(?:how many|how often|number of|count(?: of)?|total)\b/, 'count'],
  [/\b(?:who|whom|which people|what people)\b/, 'who'],
  [/\b(?:where|which (?:cities|city|countries|country|places?))\b/, 'where'],
  [/\b(?:when|what (?:date|day|time)|which (?:date|day))\b/, 'when'],
];

export function extractIntent(text: string, order: Order | null): Intent {
  if (HELP.test(text.trim()) || text.trim() === '') return 'help';
  for (const [pattern, intent] of RULES) if (pattern.test(text)) return intent;
  if (order === 'newest-first') return 'latest';
  if (order === 'oldest-first') return 'first';
  return 'list';
}
