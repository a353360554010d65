import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { startFakeSite } from '../fakes/events-calendar-site.js';
import { SITE_POSTS } from '../fixtures/site-events.js';
import { runIisg } from '../cli/cli-harness.js';

it('scratch', async () => {
  const site = await startFakeSite({ posts: SITE_POSTS, now: new Date('2026-11-28T12:00:00Z'), maxPerPage: 7 });
  const out = join(mkdtempSync(join(tmpdir(), 'sync-')), 'events.json');
  const run = await runIisg(['sync', '--site', site.url, '--out', out]);
  console.log(run.code, run.stderr, run.stdout.slice(0, 3000));
  const events = JSON.parse(readFileSync(out, 'utf8'));
  for (const post of SITE_POSTS) {
    const e = events.find((x: any) => x.siteId === post.id);
    const bad = [];
    if (!e) { console.log('MISSING', post.id); continue; }
    if (e.city !== post.expect.city || e.country !== post.expect.country) bad.push(`place ${e.city},${e.country} vs ${post.expect.city},${post.expect.country}`);
    if (JSON.stringify(e.people) !== JSON.stringify(post.expect.people)) bad.push(`people ${JSON.stringify(e.people)} vs ${JSON.stringify(post.expect.people)}`);
    for (const o of post.expect.organisers) if (!e.organisers.includes(o)) bad.push(`org ${o} not in ${JSON.stringify(e.organisers)}`);
    if (bad.length) console.log(post.id, post.title, '\n  ' + bad.join('\n  '));
  }
  console.log(JSON.stringify(events[0], null, 1));
  console.log(JSON.stringify(events.map((e: any) => [e.id, e.topics, e.organisers])));
  await site.close();
});
