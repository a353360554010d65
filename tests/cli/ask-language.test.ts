// `iisg ask --language CODE`: the answer's own sentences in that language, the JSON interpretation says it, and a
// code the bot does not answer in is a one-line usage error.
import { describe, expect, it } from 'vitest';
import { jsonLines, runIisg } from './cli-harness.js';

describe('iisg ask --language', () => {
  it.each([
    ['sq', 'Kuptova: ku · Agron Sojati · 2023', '9 mars 2023'],
    ['bcms', 'Razumijem: gdje · Agron Sojati · 2023.', '9. marta 2023.'],
    ['sr-Cyrl', 'Разумијем: гдје · Agron Sojati · 2023.', '9. марта 2023.'],
    ['mk', 'Разбрав: каде · Agron Sojati · 2023', '9 март 2023'],
  ])('%s', async (code, understood, tivat) => {
    const run = await runIisg(['ask', 'where was Sojati in 2023', '--now', '2026-12-01', '--language', code]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe(understood);
    expect(lines[2]).toContain(`${tivat} · Tivat, Montenegro`);
  });

  it('the JSON interpretation carries the language and the script', async () => {
    const [answer] = jsonLines(
      (await runIisg(['ask', 'did Sojati go to Moldova', '--json', '--now', '2026-12-01', '--language', 'sr'])).stdout,
    );
    expect(answer?.interpretation).toMatchObject({ intent: 'yesno', language: 'bcms', script: 'Cyrl' });
    expect(answer?.verdict).toBe('yes');
    expect((answer?.text as string).startsWith('Да: ')).toBe(true);
  });

  it('English without the flag', async () => {
    const [answer] = jsonLines(
      (await runIisg(['ask', 'did Sojati go to Moldova', '--json', '--now', '2026-12-01'])).stdout,
    );
    expect(answer?.interpretation).toMatchObject({ language: 'en', script: 'Latn' });
  });

  it('a code the bot does not answer in', async () => {
    const run = await runIisg(['ask', 'where was Sojati in 2023', '--language', 'de']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'iisg ask: --language expects one of en, sq, bcms, mk (or a locale: sq-AL, hr, bs, sr-Latn, sr-Cyrl, mk), got "de"\n',
    );
  });
});
