// `iisg ingest` end to end, in-process: files created, merged and left alone as promised, the report in
// text and JSON, and `iisg ask --data` answering from the ingested file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runIisg } from '../cli/cli-harness.js';
import { newsOf, SEED_NEWS_FILE } from './ingest-fixtures.js';

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iisg-ingest-'));
  out = join(dir, 'events.json');
});
const readEvents = (file = out) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];

describe('iisg ingest', () => {
  it('creates the dataset and its sidecar from the seed posts', async () => {
    const run = await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('11 posts: 11 added, 0 updated, 0 unchanged, 0 skipped');
    expect(run.stdout).toContain(`wrote ${out}`);
    expect(readEvents()).toHaveLength(11);
    const memory = JSON.parse(readFileSync(join(dir, 'events.ingest.json'), 'utf8')) as { version: number; posts: Record<string, unknown> };
    expect(memory.version).toBe(1);
    expect(Object.keys(memory.posts)).toHaveLength(11);
  });

  it('answers `iisg ask --data` from the ingested file', async () => {
    await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    const [where] = jsonLines((await runIisg(['ask', 'where was Sojati in 2023', '--json', '--data', out, '--now', '2024-01-10'])).stdout);
    expect(where).toMatchObject({ count: 3 });
    expect((where?.events as { city: string }[]).map((event) => event.city).sort()).toEqual(['Budva', 'Chisinau', 'Tivat']);
    const [montenegro] = jsonLines((await runIisg(['ask', 'events in Montenegro', '--json', '--data', out])).stdout);
    expect(montenegro).toMatchObject({ count: 2 });
  });

  it('ingests into an empty existing file', async () => {
    writeFileSync(out, '');
    expect((await runIisg(['ingest', SEED_NEWS_FILE, '--out', out])).code).toBe(0);
    expect(readEvents()).toHaveLength(11);
  });

  it('writes nothing with --dry-run', async () => {
    const run = await runIisg(['ingest', SEED_NEWS_FILE, '--out', out, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dry run: nothing written');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, 'events.ingest.json'))).toBe(false);
  });

  it('prints the per-post report as one JSON object with --json', async () => {
    const news = join(dir, 'news.txt');
    writeFileSync(news, newsOf(['Webinar on cybercrime', 'The IISG Secretariat joined an online webinar on cybercrime on 3 June 2022.'], ['Annual report published', 'The Secretariat published its annual report.']));
    const run = await runIisg(['ingest', news, '--out', out, '--json']);
    const [report, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ out, dryRun: false, written: true, counts: { posts: 2, added: 1, skipped: 1 } });
    const [webinar, annual] = report?.posts as { line: number; title: string; status: string; extracted: Record<string, unknown>; problems: { code: string }[] }[];
    expect(webinar).toMatchObject({ line: 1, status: 'added', extracted: { start: '2022-06-03', city: null, country: null } });
    expect(webinar?.problems.map((p) => p.code)).toEqual(['online-event']);
    expect(annual).toMatchObject({ line: 5, title: 'Annual report published', status: 'skipped', id: null });
    expect(annual?.problems.map((p) => p.code)).toContain('no-date');
    expect(readEvents().map((event) => event.title)).toEqual(['Webinar on cybercrime']);
  });

  it('reports a post without a date by its title and still ingests the rest', async () => {
    const news = join(dir, 'news.txt');
    writeFileSync(news, `${newsOf(['Statement on the new strategy', 'The Secretariat welcomes the adoption of the strategy for 2024-2026.'])}\n${readFileSync(SEED_NEWS_FILE, 'utf8')}`);
    const run = await runIisg(['ingest', news, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/line 1 · skipped\n  Statement on the new strategy\n/);
    expect(run.stdout).toContain('no date found');
    expect(readEvents()).toHaveLength(11);
  });

  it('keeps a hand edit on the next run and says so', async () => {
    await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    const events = readEvents();
    const tivat = events.find((event) => event.city === 'Tivat')!;
    tivat.city = 'Kotor';
    tivat.topics = ['serious crime'];
    writeFileSync(out, JSON.stringify(events, null, 2));
    const run = await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    expect(run.stdout).toContain('kept hand edit of city: "Kotor" (ingest found "Tivat")');
    expect(run.stdout).toContain('kept hand edit of topics');
    const after = readEvents().find((event) => event.id === tivat.id);
    expect(after).toMatchObject({ city: 'Kotor', country: 'Montenegro', topics: ['serious crime'] });
  });

  it('leaves an up-to-date dataset untouched', async () => {
    await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    const before = readFileSync(out, 'utf8');
    const run = await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    expect(run.stdout).toContain('11 posts: 0 added, 0 updated, 11 unchanged, 0 skipped');
    expect(run.stdout).toContain('already up to date: nothing written');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('refuses to merge into a broken dataset and leaves it as it was', async () => {
    writeFileSync(out, '[{"id": "x", "title": "Broken"');
    const run = await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(out);
    expect(run.stderr).toContain('expected valid JSON');
    expect(readFileSync(out, 'utf8')).toBe('[{"id": "x", "title": "Broken"');
  });

  it('names an invalid record instead of dropping it', async () => {
    writeFileSync(out, JSON.stringify([{ id: 'hand-made', title: 'Hand-made event', start: '2022-13-01', end: '2022-13-02' }]));
    const run = await runIisg(['ingest', SEED_NEWS_FILE, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/record 1 \(id "hand-made"\), field "start": expected a date as YYYY-MM-DD/);
  });

  it.each([
    [['ingest'], 'expected one news file, got none'],
    [['ingest', 'a.txt', 'b.txt'], 'expected one news file, got 2'],
    [['ingest', '/nonexistent/news.txt'], 'cannot read the news file /nonexistent/news.txt (no such file)'],
    [['ingest', 'news.txt', '--output', 'x.json'], "Unknown option '--output'"],
  ])('explains a usage mistake: %j', async (args, message) => {
    const run = await runIisg(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('reads the news from stdin with "-"', async () => {
    const run = await runIisg(['ingest', '-', '--out', out], readFileSync(SEED_NEWS_FILE, 'utf8'));
    expect(run.code).toBe(0);
    expect(readEvents()).toHaveLength(11);
  });
});
