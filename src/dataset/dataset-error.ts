// The one error a broken data file produces: it names the file, the record and the field, so the fix is
// obvious without reading code ("data/events.json: record 4 (id "2022-05-05-x"), field start: expected ...").
export interface DatasetProblem {
  file: string;
  /** Position (1-based) and id of the record, when the problem is inside one. */
  record?: { position: number; id?: string };
  field?: string;
  /** The key of a message in a reply catalogue ("headline.yes"). */
  key?: string;
  message: string;
}

export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly problems: readonly DatasetProblem[]) {
    super(describeProblems(problems));
  }
}

function describeProblem(problem: DatasetProblem): string {
  const where = [problem.file];
  if (problem.record) where.push(`record ${problem.record.position}${problem.record.id ? ` (id "${problem.record.id}")` : ''}`);
  if (problem.field) where.push(`field "${problem.field}"`);
  if (problem.key) where.push(`key "${problem.key}"`);
  return `${where.join(', ')}: ${problem.message}`;
}

function describeProblems(problems: readonly DatasetProblem[]): string {
  const [first, ...rest] = problems;
  if (!first) return 'invalid dataset';
  return rest.length === 0 ? describeProblem(first) : `${describeProblem(first)} (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}: ${rest.slice(0, 3).map(describeProblem).join('; ')}${rest.length > 3 ? '; ...' : ''})`;
}
