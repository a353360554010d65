// Reads the news file ingest is given and refuses what cannot be the secretariat's posts (nothing in it,
// binary or non-UTF-8 bytes, lines with no blank line between posts) before anything is merged or written:
// such a file read as posts turns into one giant "post" that rewrites a good record.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';

const EXPECTED = 'expected news posts: a title line, a blank line, a paragraph, repeated';
/** Control characters other than tab, line breaks and form feed; text has next to none of them. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/** With no blank line at all, a title and a one-line paragraph is still one post; more lines are not. */
const MOST_LINES_WITHOUT_BLANK = 2;

/** The news text of `file` ("-" reads stdin); throws UsageError naming the problem. */
export async function readNewsInput(file: string, io: CliIo): Promise<string> {
  const name = file === '-' ? 'stdin' : file;
  return checkNewsBytes(await readNewsBytes(file, io), name);
}

/** The bytes as text, or a UsageError saying why they do not look like news posts. */
export function checkNewsBytes(bytes: Uint8Array, name: string): string {
  const refuse = (problem: string) => new UsageError(`${name}: ${problem}; ${EXPECTED}. Nothing was changed`);
  if (bytes.includes(0)) throw refuse('looks like a binary file (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(`is not UTF-8 text (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}; save it as UTF-8)`);
  }
  text = text.replace(/^\uFEFF/, '');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 100 > text.length)
    throw refuse(`looks like a binary file (${controls} control characters)`);
  const lines = text.split(/\r\n|\r|\n/);
  const filled = lines.filter((line) => line.trim() !== '').length;
  if (filled === 0) throw refuse(text.length === 0 ? 'is empty' : 'holds only blank space');
  const firstFilled = lines.findIndex((line) => line.trim() !== '');
  const lastFilled = lines.length - 1 - [...lines].reverse().findIndex((line) => line.trim() !== '');
  const blankBetween = lines.slice(firstFilled, lastFilled + 1).some((line) => line.trim() === '');
  if (!blankBetween && filled > MOST_LINES_WITHOUT_BLANK)
    throw refuse(`has ${filled} lines and no blank line between them, so its posts cannot be told apart`);
  return text;
}

async function readNewsBytes(file: string, io: CliIo): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read the news file ${file} (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`,
    );
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Bisect on prefixes: a prefix decodes (streaming, so a cut character is fine) until the bad byte is in it.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}
