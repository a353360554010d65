// Finding 9: input that does not look like news posts is refused with a message naming the problem, and the
// dataset and its sidecar are left byte for byte as they were (a file without blank lines used to become
// one giant post that rewrote a good record, exit 0).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runIisg } from '../cli/cli-harness.js';
import { SEED_NEWS_FILE } from './ingest-fixtures.js';

let dir: string;
let out: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iisg-refuse-'));
  out = join(dir, 'events.json');
  expect((await runIisg(['ingest', SEED_NEWS_FILE, '--out', out])).code).toBe(0);
});

const seed = readFileSync(SEED_NEWS_FILE, 'utf8');
const withoutBlankLines = seed
  .split('\n')
  .filter((line) => line.trim() !== '')
  .join('\n');
// A PNG header and a few bytes of image data.
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
]);
const latin1 = Buffer.from('Sojati në Tiranë\n\nTakim më 20 prill 2022 në Tiranë.\n', 'latin1');

describe('iisg ingest refuses input that is not news posts', () => {
  it.each([
    [
      'no blank lines between the posts',
      Buffer.from(withoutBlankLines),
      `has ${withoutBlankLines.split('\n').length} lines and no blank line between them`,
    ],
    ['a binary file', png, 'looks like a binary file (it contains NUL bytes)'],
    ['an empty file', Buffer.alloc(0), 'is empty'],
    ['only blank space', Buffer.from('\n  \n\t\n'), 'holds only blank space'],
    ['text in another encoding than UTF-8', latin1, 'is not UTF-8 text (first bad byte at offset 9'],
  ])('%s', async (_name, bytes, problem) => {
    const news = join(dir, 'news.txt');
    writeFileSync(news, bytes);
    const dataset = readFileSync(out, 'utf8');
    const sidecar = readFileSync(join(dir, 'events.ingest.json'), 'utf8');
    const run = await runIisg(['ingest', news, '--out', out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${news}: ${problem}`);
    expect(run.stderr).toContain('Nothing was changed');
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(dataset);
    expect(readFileSync(join(dir, 'events.ingest.json'), 'utf8')).toBe(sidecar);
  });

  it('still takes a single post whose paragraph follows the title without a blank line', async () => {
    const news = join(dir, 'news.txt');
    writeFileSync(
      news,
      'Webinar on cybercrime\nThe IISG Secretariat joined an online webinar on cybercrime on 3 June 2022.\n',
    );
    const run = await runIisg(['ingest', news, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 post: 1 added');
  });

  it('names stdin when the refused news came from a pipe', async () => {
    const run = await runIisg(['ingest', '-', '--out', out], '');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('stdin: is empty');
  });
});
