// What adapters may use of ingest (re-exported by src/index.ts): news text -> merged dataset + report.
export { ingestNews } from './ingest-news.js';
export type { IngestInput, IngestResult } from './ingest-news.js';
export { formatIngestReport } from './ingest-report.js';
export type { IngestReport, PostReport, PostStatus } from './ingest-report.js';
export type { IngestProblem, ProblemCode } from './ingest-problems.js';
export type { IngestMemory } from './ingest-memory.js';
