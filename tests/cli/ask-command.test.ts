// `iisg ask`: the JSON contract other tools rely on, stdin mode, and clear one-line errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runIisg } from './cli-harness.js';

const EVENT_KEYS = ['city', 'country', 'end', 'id', 'organisers', 'people', 'source', 'start', 'summary', 'title', 'topics'];
const INTERPRETATION_KEYS = ['from', 'intent', 'limit', 'organisations', 'people', 'places', 'text', 'to'];

describe('iisg ask --json', () => {
  it('prints one object with the contract fields', async () => {
    const run = await runIisg(['ask', 'where was Sojati in 2023', '--json', '--now', '2026-11-28']);
    expect(run.code).toBe(0);
    const [answer, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ question: 'where was Sojati in 2023', count: 3 });
    const interpretation = answer?.interpretation as Record<string, unknown>;
    expect(Object.keys(interpretation)).toEqual(expect.arrayContaining(INTERPRETATION_KEYS));
    expect(interpretation).toMatchObject({ intent: 'where', people: ['Agron Sojati'], from: '2023-01-01', to: '2023-12-31', limit: null });
    const events = answer?.events as Record<string, unknown>[];
    expect(events).toHaveLength(3);
    for (const event of events) expect(Object.keys(event).sort()).toEqual(EVENT_KEYS);
    expect(typeof answer?.text).toBe('string');
  });

  it('carries the query model: exclusion, anchor, groups and a verdict', async () => {
    const questions = 'events not in Montenegro\nwhat happened after the Ohrid conference\nhow many countries in 2022\ndid Sojati go to Rome\n';
    const [excluded, anchored, grouped, yesNo] = jsonLines((await runIisg(['ask', '--json', '--now', '2026-11-28'], questions)).stdout);
    expect((excluded?.interpretation as any).exclude.places).toEqual(['Montenegro']);
    expect((anchored?.interpretation as any).anchor.events.map((event: any) => event.start)).toEqual(['2022-03-15']);
    expect((anchored?.interpretation as any).from).toBe('2022-03-18');
    // The posts of 2022: Ohrid and Skopje (North Macedonia), Tirana, Budapest, Vienna, Athens.
    expect((grouped?.groups as any[]).map((group) => group.value).sort()).toEqual(['Albania', 'Austria', 'Greece', 'Hungary', 'North Macedonia']);
    expect((grouped?.groups as any[]).find((group) => group.value === 'North Macedonia').events).toHaveLength(2);
    expect((grouped?.text as string).split('\n')[0]).toMatch(/^5 countries/);
    expect(yesNo?.verdict).toBe('no');
  });

  it('reads stdin as one conversation with --conversation, and each line alone without it', async () => {
    const lines = 'events in Montenegro\nand in 2023?\n';
    const [, followUp] = jsonLines((await runIisg(['ask', '--json', '--conversation', '--now', '2026-11-28'], lines)).stdout);
    expect(followUp?.interpretation).toMatchObject({ places: ['Montenegro'], from: '2023-01-01' });
    expect(followUp?.followUp).toBe(true);
    const [, alone] = jsonLines((await runIisg(['ask', '--json', '--now', '2026-11-28'], lines)).stdout);
    expect(alone?.interpretation).toMatchObject({ places: [], from: '2023-01-01' });
  });

  it('lists every match in events, even past what the text shows', async () => {
    const [answer] = jsonLines((await runIisg(['ask', 'what happened', '--json'])).stdout);
    expect(answer?.count).toBe(11);
    expect(answer?.events).toHaveLength(11);
  });

  it('answers each stdin line in order when no question is given', async () => {
    const run = await runIisg(['ask', '--json', '--now', '2026-11-28'], 'how many events in 2022\n\nevents in Montenegro\nlast 2 events\n');
    const answers = jsonLines(run.stdout);
    expect(answers.map((a) => a.question)).toEqual(['how many events in 2022', 'events in Montenegro', 'last 2 events']);
    expect(answers.map((a) => a.count)).toEqual([6, 2, 2]);
  });

  it('--now fixes "today" for relative dates', async () => {
    const [inside] = jsonLines((await runIisg(['ask', 'events last year', '--json', '--now', '2024-01-15'])).stdout);
    const [outside] = jsonLines((await runIisg(['ask', 'events last year', '--json', '--now', '2026-01-15'])).stdout);
    expect(inside?.count).toBe(4);
    expect(outside?.count).toBe(0);
  });

  it('--data answers from another dataset file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iisg-ask-'));
    const file = join(dir, 'events.json');
    writeFileSync(file, JSON.stringify([{ id: '2024-06-03-tirana-workshop', title: 'Workshop on firearms in Tirana', start: '2024-06-03', end: '2024-06-04', city: 'Tirana', country: 'Albania', people: ['Agron Sojati'], organisers: [], topics: ['firearms'], summary: 'A workshop on illicit firearms trafficking.', source: null }]));
    const [answer] = jsonLines((await runIisg(['ask', 'where was Sojati in 2024', '--json', '--data', file])).stdout);
    expect(answer?.count).toBe(1);
    expect((answer?.events as { city: string }[])[0]?.city).toBe('Tirana');
  });
});

describe('iisg ask (text)', () => {
  it('prints readable answers', async () => {
    const run = await runIisg(['ask', 'where', 'was', 'Sojati', 'in', '2023', '--now', '2026-11-28']);
    expect(run.stdout).toMatch(/Tivat, Montenegro/);
    expect(run.stdout).toMatch(/5–6 September 2023/);
  });
});

describe('bad input: one line on stderr, non-zero exit', () => {
  it.each([
    [['ask', 'x', '--nwo', '2023-01-01'], /Unknown option '--nwo'/],
    [['ask', 'x', '--now', '2023-13-01'], /--now expects a real day as YYYY-MM-DD \(e\.g\. --now 2023-12-01\), got "2023-13-01"/],
    [['ask', 'x', '--now', 'yesterday'], /--now expects/],
    [['ask', 'x', '--data', '/nonexistent/events.json'], /\/nonexistent\/events\.json: cannot read the file \(no such file\)/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', async (args, message) => {
    const run = await runIisg(args as string[]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('an invalid data file names record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iisg-ask-'));
    const file = join(dir, 'events.json');
    writeFileSync(file, JSON.stringify([{ id: 'x', title: 'T', start: '2024-02-30', end: '2024-03-01' }]));
    const run = await runIisg(['ask', 'x', '--data', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/record 1 \(id "x"\), field "start": expected a date as YYYY-MM-DD, got "2024-02-30"/);
  });

  it('broken JSON says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iisg-ask-'));
    const file = join(dir, 'events.json');
    writeFileSync(file, '[{"id": ');
    const run = await runIisg(['ask', 'x', '--data', file]);
    expect(run.stderr).toMatch(/expected valid JSON/);
  });
});
