import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../adapters/cli/run-cli.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['digest', ...args], {
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

describe('iisg digest', () => {
  it('lists the two November 2023 events for --period month --now 2023-12-01 --json', async () => {
    const { code, stdout, stderr } = await cli('--period', 'month', '--now', '2023-12-01', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { period: unknown; count: number; events: Array<Record<string, unknown>>; text: string };
    expect(json.period).toEqual({ from: '2023-11-01', to: '2023-11-30' });
    expect(json.count).toBe(2);
    expect(json.events.map((e) => [e.start, e.end, e.city, e.country])).toEqual([
      ['2023-11-14', '2023-11-15', 'Rome', 'Italy'],
      ['2023-11-21', '2023-11-21', 'Chisinau', 'Moldova'],
    ]);
    expect(Object.keys(json.events[0] ?? {})).toEqual(['id', 'title', 'start', 'end', 'city', 'country', 'people', 'organisers', 'topics', 'summary', 'source']);
    expect(json.text.split('\n')[0]).toBe('IISG monthly digest · November 2023');
  });

  it('prints text by default: the last complete week before a Monday', async () => {
    const { code, stdout } = await cli('--period', 'week', '--now', '2023-11-20');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual(['IISG weekly digest · 13–19 November 2023', '1 event']);
  });

  it('reads another dataset with --data and narrows with --filter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iisg-cli-'));
    try {
      const file = join(dir, 'events.json');
      writeFileSync(file, JSON.stringify([
        { id: 'a-budva', title: 'Regional hub meeting', start: '2024-02-05', end: '2024-02-05', city: 'Budva', country: 'Montenegro' },
        { id: 'b-tirana', title: 'Working group', start: '2024-02-06', end: '2024-02-07', city: 'Tirana', country: 'Albania' },
      ]));
      const all = JSON.parse((await cli('--period', 'week', '--now', '2024-02-12', '--json', '--data', file)).stdout) as { count: number };
      expect(all.count).toBe(2);
      const filtered = JSON.parse((await cli('--period', 'week', '--now', '2024-02-12', '--json', '--data', file, '--filter', 'Montenegro')).stdout) as { events: Array<{ id: string }> };
      expect(filtered.events.map((e) => e.id)).toEqual(['a-budva']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--now', '2023-12-01'], /--period expects week or month \(e\.g\. --period month\), got nothing/],
    [['--period', 'fortnight'], /--period expects week or month \(e\.g\. --period month\), got "fortnight"/],
    [['--period', 'month', '--now', '2023-02-30'], /--now expects a real day as YYYY-MM-DD \(e\.g\. --now 2023-12-01\), got "2023-02-30"/],
    [['--period', 'month', '--filter', 'in 2022'], /the digest's dates come from its schedule/],
    [['--period', 'month', 'extra'], /unexpected argument "extra"/],
  ])('refuses %j with exit code 2 and a usable message', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('reports a missing data file as an error, not a crash', async () => {
    const { code, stderr } = await cli('--period', 'month', '--now', '2023-12-01', '--data', '/nonexistent/events.json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/nonexistent\/events\.json/);
  });
});
