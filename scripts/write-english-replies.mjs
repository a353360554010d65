// Writes src/answer/english-replies.ts from data/replies/en.json: the core cannot read files, so the English
// it speaks without a loaded catalogue (and the list of keys) is this generated copy. `npm run replies:english`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const english = JSON.parse(readFileSync(join(root, 'data/replies/en.json'), 'utf8'));
const entries = Object.entries(english).map(([key, message]) => `  ${JSON.stringify(key)}: ${JSON.stringify(message)},`);
const source = `// Generated from data/replies/en.json by \`npm run replies:english\`; do not edit by hand. The core reads no
// files: this is the English it speaks when no catalogue is loaded, and the keys every catalogue may hold.
export const ENGLISH_REPLIES = {
${entries.join('\n')}
} as const;

export type ReplyKey = keyof typeof ENGLISH_REPLIES;
`;
writeFileSync(join(root, 'src/answer/english-replies.ts'), source);
console.log(`src/answer/english-replies.ts: ${entries.length} keys`);
