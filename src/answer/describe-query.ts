// Says in one line what the engine understood, so a user can see why an answer is what it is.
import type { Query } from '../query/query.js';
import { formatRange } from './format-event.js';

const INTENT_LABEL: Record<Query['intent'], string> = {
  where: 'where',
  when: 'when',
  who: 'who',
  count: 'how many',
  list: 'events',
  latest: 'latest events',
  first: 'first events',
  help: 'help',
};

export function describeQuery(query: Query): string {
  const parts = [INTENT_LABEL[query.intent]];
  if (query.people.length > 0) parts.push(query.people.join(' and '));
  if (query.places.length > 0) parts.push(`in ${query.places.join(' or ')}`);
  if (query.organisations.length > 0) parts.push(`with ${query.organisations.join(' and ')}`);
  if (query.kinds.length > 0) parts.push(query.kinds.map((kind) => `${kind}s`).join(' or '));
  const range = formatRange(query.range);
  if (range) parts.push(range);
  if (query.text) parts.push(`about "${query.text}"`);
  if (query.limit !== null) parts.push(`limit ${query.limit}`);
  return parts.join(' · ');
}
