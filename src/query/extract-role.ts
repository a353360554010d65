// Roles in questions: "who organised the Ohrid conference", "who led the Moldovan side", "who was the
// moderator", "by whom was it hosted" ask who holds a role; "which meetings did the RCC chair", "events
// chaired by Sojati", "what did Sojati moderate" filter events by the holder. The role words are claimed, so
// they are never searched as text ("organised" is not about organised crime).
import type { RoleKind, RoleQuery } from './query.js';
import type { ParseState } from './parse-state.js';
import type { EntityMention } from './extract-entities.js';
import { matchFreeWords } from './parse-state.js';

/** Each role's words, as verbs (base and past) and as nouns. "organised" also covers co-organisers and hosts. */
const ROLE_WORDS: readonly { words: string; kinds: RoleKind[] }[] = [
  { words: 'co-organi[sz]e[sd]?|co-organi[sz]ing|co-organi[sz]ers?|co-organi[sz]ation', kinds: ['co-organiser'] },
  { words: 'organi[sz]e[sd]?|organi[sz]ing|organi[sz]ers?|organi[sz]ation|behind|convened?|convener|arranged?', kinds: ['organiser', 'co-organiser', 'host'] },
  { words: 'hosts?|hosted|hosting', kinds: ['host'] },
  { words: 'co-chair(?:ed|s|ing)?|co-chairs?', kinds: ['co-chair'] },
  { words: 'chair(?:ed|s|ing)?|chairperson|chairman|chairwoman|presided|presided over|presides', kinds: ['chair', 'co-chair'] },
  { words: 'led|lead|leads|leader|leaders|headed|head of (?:the )?delegation|heads of (?:the )?delegations?', kinds: ['lead'] },
  { words: 'moderat(?:ed|e|es|ing|or|ors)', kinds: ['moderator'] },
  { words: 'presented|presenting|presenters?|gave a presentation|delivered a presentation', kinds: ['presenter'] },
  { words: 'opened|opens|opener|opening remarks|opened the', kinds: ['opener'] },
  { words: 'spoke|speak|speaks|speakers?|addressed|keynote', kinds: ['speaker'] },
];
const ROLE = `(${ROLE_WORDS.map((entry) => entry.words).join('|')})`;

function kindsOf(word: string): RoleKind[] {
  for (const entry of ROLE_WORDS) if (new RegExp(`^(?:${entry.words})$`).test(word)) return entry.kinds;
  return [];
}

/** `mentions`: the names found, so "did the RCC chair" and "chaired by Sojati" can name the holder. */
export function extractRole(state: ParseState, mentions: readonly EntityMention[]): RoleQuery | null {
  const holderAt = (index: number) => mentions.find((mention) => mention.start <= index && index < mention.end && (mention.entity.type === 'person' || mention.entity.type === 'organisation'));
  // Asked: "who organised", "who was the moderator", "by whom was it hosted", "which organisation hosted".
  const asked = [
    `who (?:was |were |is |are )?(?:the )?(?:main )?${ROLE}(?: of| at| in| for| by)?`,
    `(?:by )?whom (?:was|were) (?:it |this |that |the )?.*?${ROLE}`,
    `(?:which|what) (?:organisation|organization|institution|body|agency|ministry|country|person|people|official)s? (?:has |have |had )?${ROLE}`,
    `(?:the )?${ROLE}s? of`,
  ];
  for (const pattern of asked) {
    const [found] = matchFreeWords(state, pattern);
    if (!found) continue;
    const word = found.match[1] ?? '';
    const kinds = kindsOf(word.replace(/ .*/, ''));
    if (kinds.length === 0) continue;
    state.take(found.start, found.end);
    return { kinds, asked: true, holder: null, word };
  }
  // A filter: "chaired by Sojati", "organised by UNODC".
  for (const found of matchFreeWords(state, `${ROLE} by`)) {
    const holder = holderAt(found.end);
    const kinds = kindsOf(found.match[1] ?? '');
    if (!holder || kinds.length === 0) continue;
    state.take(found.start, found.end);
    return { kinds, asked: false, holder: holder.entity.name, word: found.match[1] ?? '' };
  }
  // "which meetings did the RCC chair", "events Sojati presented at"; "what did Sojati moderate" asks what.
  for (const found of matchFreeWords(state, ROLE)) {
    const holder = mentions.find((mention) => mention.end === found.start || mention.end === found.start - 1) ?? null;
    const kinds = kindsOf(found.match[1] ?? '');
    if (!holder || kinds.length === 0 || !(holder.entity.type === 'person' || holder.entity.type === 'organisation')) continue;
    state.take(found.start, found.end);
    return { kinds, asked: state.words[0] === 'what', holder: holder.entity.name, word: found.match[1] ?? '' };
  }
  return null;
}
