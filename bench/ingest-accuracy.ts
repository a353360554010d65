// `node dist/bench/ingest-accuracy.js [size] [seed]` (after `npm run build`): how well `iisg ingest` reads
// news posts. Synthetic posts with known facts (bench/generate-dataset.ts) are written out as news text and
// ingested twice: with the vocabulary that knows every person, and with one that knows none of the
// generated people (so they must be recognised by honorific, role or speaker cue). Prints per-field
// exact-match rates and the time per post; then the same fields on the 11 seed posts against data/events.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestNews, type EventRecord, type Vocabulary } from '../src/index.js';
import { DEFAULT_DATA_DIR } from '../adapters/data/load-dataset.js';
import { generateDataset } from './generate-dataset.js';
import { readVocabulary } from './vocabulary-files.js';

const FIELDS = ['dates', 'city', 'country', 'people', 'organisers'] as const;
type Field = (typeof FIELDS)[number];

const size = Number(process.argv[2] ?? 1000);
const seed = process.argv[3] ?? 'ingest-accuracy-1';
const SEED_NEWS = process.env.IISG_SEED_NEWS ?? join(DEFAULT_DATA_DIR, '..', 'tests', 'fixtures', 'news.txt');

function measure(label: string, expected: readonly EventRecord[], news: string, vocabulary: Vocabulary): void {
  const started = performance.now();
  const result = ingestNews({ news, events: [], vocabulary, memory: undefined });
  const elapsed = performance.now() - started;
  const right: Record<Field, number> = { dates: 0, city: 0, country: 0, people: 0, organisers: 0 };
  const firstMiss: Partial<Record<Field, string>> = {};
  expected.forEach((event, index) => {
    const found = result.report.posts[index]?.extracted;
    const pairs: Record<Field, [unknown, unknown]> = {
      dates: [`${event.start}/${event.end}`, `${found?.start}/${found?.end}`],
      city: [event.city, found?.city],
      country: [event.country, found?.country],
      people: [[...event.people].sort(), [...(found?.people ?? [])].sort()],
      organisers: [[...event.organisers].sort(), [...(found?.organisers ?? [])].sort()],
    };
    for (const field of FIELDS) {
      const [want, got] = pairs[field].map((value) => JSON.stringify(value));
      if (want === got) right[field]++;
      else firstMiss[field] ??= `"${event.title}": expected ${want}, got ${got}`;
    }
  });
  const rates = FIELDS.map((field) => `${field} ${((100 * right[field]) / expected.length).toFixed(1)}%`).join(' · ');
  console.log(`${label}: ${expected.length} posts, ${(elapsed / expected.length).toFixed(2)} ms/post\n  ${rates}`);
  for (const [field, miss] of Object.entries(firstMiss)) console.log(`  first ${field} miss: ${miss}`);
}

const vocabulary = readVocabulary();
const generated = generateDataset(vocabulary, { size, seed });
const news = generated.events.map((event) => `${event.title}\n\n${event.summary}\n`).join('\n');
console.log(`synthetic posts, seed "${seed}"`);
measure('vocabulary knows every person', generated.events, news, generated.vocabulary);
measure('vocabulary knows none of the generated people', generated.events, news, vocabulary);

const handMade = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'events.json'), 'utf8')) as EventRecord[];
console.log('\nseed posts against the hand-made data/events.json');
measure('seed', handMade, readFileSync(SEED_NEWS, 'utf8'), vocabulary);
