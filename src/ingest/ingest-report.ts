// The per-post report of an ingest run, as plain data (the CLI prints it as JSON) and as readable text.
import type { EventRole } from '../dataset/event-schema.js';
import type { IngestProblem } from './ingest-problems.js';
import type { KeptHandEdit } from './merge-events.js';
import type { MergedField } from './ingest-memory.js';
import { formatDays } from '../answer/format-event.js';

export type PostStatus = 'added' | 'updated' | 'unchanged' | 'skipped';

export interface PostReport {
  /** Line of the post's title in the news text (ingest). */
  line?: number;
  /** The event's id on the site, and its page (sync); siteId is null for an event that came without an id. */
  siteId?: number | null;
  url?: string | null;
  title: string;
  status: PostStatus;
  /** The event's id; null when the post gave no date. */
  id: string | null;
  extracted: {
    start: string | null;
    end: string | null;
    /** The date phrase as written. */
    dateText: string | null;
    city: string | null;
    country: string | null;
    people: string[];
    /** People the vocabulary (data/people.json) does not know yet. */
    newPeople: string[];
    organisers: string[];
    roles: EventRole[];
    topics: string[];
  };
  updatedFields: MergedField[];
  keptHandEdits: KeptHandEdit[];
  problems: IngestProblem[];
}

export interface IngestReport {
  counts: { posts: number; added: number; updated: number; unchanged: number; skipped: number; handEditsKept: number };
  posts: PostReport[];
}

export function countReport(posts: PostReport[]): IngestReport {
  const count = (status: PostStatus) => posts.filter((post) => post.status === status).length;
  return {
    counts: {
      posts: posts.length,
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      skipped: count('skipped'),
      handEditsKept: posts.reduce((sum, post) => sum + post.keptHandEdits.length, 0),
    },
    posts,
  };
}

const MARK: Record<IngestProblem['severity'], string> = { error: '✗', warning: '!', info: '·' };

/** The report as lines for people: one block per post, then nothing hidden that the JSON has. */
export function formatIngestReport(report: IngestReport): string {
  const { counts } = report;
  const lines = [
    `${counts.posts} post${counts.posts === 1 ? '' : 's'}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped` +
      (counts.handEditsKept > 0 ? `; ${counts.handEditsKept} hand edit${counts.handEditsKept === 1 ? '' : 's'} kept` : ''),
  ];
  for (const post of report.posts) {
    const { extracted: found } = post;
    const header = `${labelOf(post)} · ${post.status}${post.id ? ` · ${post.id}` : ''}`;
    lines.push('', header, `  ${post.title || '(no title)'}`);
    const facts = [
      found.start && found.end ? `${formatDays(found.start, found.end)}${found.dateText ? ` (from "${found.dateText}")` : ''}` : 'no date',
      [found.city, found.country].filter(Boolean).join(', ') || 'no place',
    ];
    if (found.people.length > 0) facts.push(`people: ${found.people.map((name) => (found.newPeople.includes(name) ? `${name} (new)` : name)).join(', ')}`);
    if (found.organisers.length > 0) facts.push(`organisers: ${found.organisers.join(', ')}`);
    lines.push(`  ${facts.join(' · ')}`);
    if (found.roles.length > 0) lines.push(`  roles: ${found.roles.map(describeRole).join('; ')}`);
    if (found.topics.length > 0) lines.push(`  topics: ${found.topics.join(', ')}`);
    if (post.updatedFields.length > 0) lines.push(`  updated: ${post.updatedFields.join(', ')}`);
    for (const edit of post.keptHandEdits) {
      const from = post.siteId === undefined ? 'ingest found' : 'the site gives';
      lines.push(`  kept hand edit of ${edit.field}: ${JSON.stringify(edit.kept)} (${from} ${JSON.stringify(edit.extracted)})`);
    }
    for (const problem of post.problems) lines.push(`  ${MARK[problem.severity]} ${problem.message}`);
  }
  return lines.join('\n');
}

function labelOf(post: PostReport): string {
  if (post.line !== undefined) return `line ${post.line}`;
  return post.siteId === null || post.siteId === undefined ? 'site event without an id' : `site event ${post.siteId}`;
}

/** "lead: Majlinda Bregu (of the RCC Delegation)". */
function describeRole(role: EventRole): string {
  return `${role.role}: ${role.holder}${role.of ? ` (of ${role.of})` : ''}`;
}
