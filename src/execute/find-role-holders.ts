// Who holds a role in the selected events: "who organised the Ohrid conference" is its organisers (the
// `organisers` field and the organiser, co-organiser and host roles); "who led the Moldovan side" the lead
// whose `of` the question's words describe ("the Ministry of Foreign Affairs of Moldova"), not every lead.
import type { EventRecord, EventRole } from '../dataset/event-schema.js';
import type { RoleQuery } from '../query/query.js';
import { foldWords } from '../text/fold.js';

export interface HeldRole {
  position: number;
  role: EventRole;
}

export interface RoleHolders {
  held: HeldRole[];
  /** Did the question's words fit what some role was of ("the Moldovan side")? */
  fitted: boolean;
}

/** `describing`: folded words of the question that may describe what the role was of ("moldovan side"). */
export function findRoleHolders(positions: readonly number[], events: readonly EventRecord[], asked: Pick<RoleQuery, 'kinds' | 'holder'>, describing: readonly string[]): RoleHolders {
  const held: HeldRole[] = [];
  const kinds = new Set(asked.kinds);
  // "what did Sojati moderate": only his roles.
  const holder = asked.holder ? foldWords(asked.holder) : null;
  for (const position of positions) {
    const event = events[position];
    if (!event) continue;
    const roles = event.roles.filter((role) => kinds.has(role.role));
    const names = new Set(roles.map((role) => foldWords(role.holder)));
    // The organisers field names organisers too (an event written by hand may state them only there).
    if (kinds.has('organiser')) {
      for (const organiser of event.organisers) {
        if (!names.has(foldWords(organiser))) roles.push({ role: 'organiser', holder: organiser, holderType: 'organisation', of: null });
      }
    }
    for (const role of roles) if (holder === null || foldWords(role.holder) === holder) held.push({ position, role });
  }
  // Words that say what was led or chaired pick those roles, when some of them fit: "the Moldovan side".
  const scored = held.map((entry) => ({ entry, score: describes(entry.role.of, describing) }));
  const best = Math.max(0, ...scored.map(({ score }) => score));
  return best > 0 ? { held: scored.filter(({ score }) => score === best).map(({ entry }) => entry), fitted: true } : { held, fitted: false };
}

/** How many of the words the `of` phrase shares (by stem: "moldovan" is in "Moldova"). */
function describes(of: string | null, words: readonly string[]): number {
  if (!of || words.length === 0) return 0;
  const ofWords = foldWords(of).split(' ').filter((word) => word.length > 2);
  return words.filter((word) => word.length > 3 && ofWords.some((other) => other.startsWith(word.slice(0, Math.max(4, word.length - 2))) || word.startsWith(other))).length;
}

/** Does the event give `holder` one of these roles ("which meetings did the RCC chair")? */
export function holdsRole(event: EventRecord, filter: Pick<RoleQuery, 'kinds' | 'holder'>): boolean {
  if (!filter.holder) return false;
  const holder = foldWords(filter.holder);
  const kinds = new Set(filter.kinds);
  if (event.roles.some((role) => kinds.has(role.role) && foldWords(role.holder) === holder)) return true;
  return kinds.has('organiser') && event.organisers.some((organiser) => foldWords(organiser) === holder);
}
