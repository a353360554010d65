// A stable event id derived from a post: its first day plus the start of its title, so the same post always
// gets the same id and ingesting it again updates rather than duplicates.
import { foldText } from '../text/fold.js';

const MAX_SLUG_LENGTH = 48;

export function deriveEventId(title: string, start: string): string {
  let slug = '';
  for (const word of foldText(title).split(/[^a-z0-9]+/).filter(Boolean)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug ? `${start}-${slug}` : start;
}
