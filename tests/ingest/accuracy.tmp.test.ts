import { it } from 'vitest';
import { ingestNews } from '../../src/ingest/ingest-news.js';
import { generateDataset } from '../../bench/generate-dataset.js';
import { realVocabulary } from './ingest-fixtures.js';
it('accuracy', () => {
  const vocabulary = realVocabulary();
  const generated = generateDataset(vocabulary, { size: 1000, seed: process.env.SEED ?? 'ingest-1' });
  const news = generated.events.map((e) => `${e.title}\n\n${e.summary}\n`).join('\n');
  const t = performance.now();
  const result = ingestNews({ news, events: [], vocabulary: process.env.NOROSTER ? vocabulary : generated.vocabulary, memory: undefined });
  console.log('ms', (performance.now() - t).toFixed(0));
  const fields = ['dates', 'city', 'country', 'people', 'organisers'] as const;
  const ok: Record<string, number> = { dates: 0, city: 0, country: 0, people: 0, organisers: 0 };
  const misses: Record<string, string[]> = { dates: [], city: [], country: [], people: [], organisers: [] };
  const posts = result.report.posts;
  generated.events.forEach((e, i) => {
    const p = posts[i]!.extracted;
    const checks: Record<string, [unknown, unknown]> = { dates: [`${e.start}/${e.end}`, `${p.start}/${p.end}`], city: [e.city, p.city], country: [e.country, p.country], people: [JSON.stringify([...e.people].sort()), JSON.stringify([...p.people].sort())], organisers: [JSON.stringify([...e.organisers].sort()), JSON.stringify([...p.organisers].sort())] };
    for (const f of fields) { const [a, b] = checks[f]!; if (a === b) ok[f]!++; else if (misses[f]!.length < 6) misses[f]!.push(`want ${a} got ${b} :: ${e.title} :: ${e.summary.slice(0, 400)}`); }
  });
  console.log('posts', posts.length, 'added', result.report.counts.added, JSON.stringify(ok));
  for (const f of fields) for (const m of misses[f]!) console.log(f.toUpperCase(), m);
});
