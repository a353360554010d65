// The phrases that state a role, as two tables: cues the holders follow ("chaired by X and Y") and cues
// the holder precedes ("X moderated a panel on ..."). Adding a phrase is one line here and one test row.
// Not roles, on purpose: "under the auspices of" (patronage, not organising), "organised crime", "led to".
import type { RoleKind } from '../dataset/event-schema.js';

/** `of`: "before" reads what was led/chaired from the words before the cue ("the RCC Delegation, led by"). */
export interface HoldersAfterCue {
  pattern: RegExp;
  role: RoleKind;
  of: 'before' | 'none';
  /** Only a role when the words before the cue match ("organised by X in cooperation with Y"). */
  after?: RegExp;
}

/**
 * `object` says what must follow the cue: "event" (the event itself: "hosted the meeting", never "hosted a
 * delegation"), "phrase" (`of` is the object: "chaired the first session"), "topic" (`of` is what follows
 * "a presentation on"), "none".
 */
export interface HolderBeforeCue {
  pattern: RegExp;
  role: RoleKind;
  object: 'event' | 'phrase' | 'topic' | 'none';
}

// Every cue starts at a word that is not glued to a letter or a dash ("co-organised" is not "organised").
const cue = (source: string) => new RegExp(String.raw`(?<![\p{L}-])${source}`, 'giu');
const DETERMINER = String.raw`(?=(?:the|a|an|this|its|their|his|her|two|three|several|both)\s)`;
const SPEECH = String.raw`(?:remarks|speech(?:es)?|address(?:es)?|words|statements?|interventions?)`;
/** "hosted in Tirana by": a place may stand between the verb and "by". */
const IN_PLACE = String.raw`(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?`;
const DELIVER = String.raw`(?:deliver(?:ed|s|ing)?|g[ai]ve|given|giving|ma(?:de|ke|kes|king)|h[eo]ld(?:ing)?)`;

/** Checked in this order; a later cue never reuses words an earlier one matched ("co-organised by" before "organised by"). */
export const HOLDERS_AFTER: readonly HoldersAfterCue[] = [
  { pattern: cue(String.raw`(?:co-?organi[sz]ed|jointly\s+organi[sz]ed|organi[sz]ed\s+jointly)\s+by\s+`), role: 'co-organiser', of: 'none' },
  // "The Secretariat co-organised with the RCC a workshop": both co-organise (the subject, in the other table).
  { pattern: cue(String.raw`co-?organi[sz]ed\s+(?:together\s+)?with\s+`), role: 'co-organiser', of: 'none' },
  { pattern: cue(String.raw`organi[sz]ed\s+${IN_PLACE}(?:by|on\s+behalf\s+of)\s+`), role: 'organiser', of: 'none' },
  { pattern: cue(String.raw`in\s+(?:close\s+)?(?:cooperation|co-operation|partnership|collaboration)\s+with\s+`), role: 'co-organiser', of: 'none', after: /\b(?:co-?)?(?:organi[sz]ed|hosted)\b/iu },
  { pattern: cue(String.raw`at\s+the\s+(?:kind\s+)?initiative\s+of\s+`), role: 'organiser', of: 'none' },
  { pattern: cue(String.raw`convened\s+by\s+`), role: 'organiser', of: 'none' },
  { pattern: cue(String.raw`(?:co-?)?hosted\s+${IN_PLACE}by\s+`), role: 'host', of: 'none' },
  { pattern: cue(String.raw`co-?chaired\s+by\s+`), role: 'co-chair', of: 'before' },
  { pattern: cue(String.raw`chaired\s+by\s+`), role: 'chair', of: 'before' },
  { pattern: cue(String.raw`under\s+the\s+chair(?:man|woman|person)?ship\s+of\s+`), role: 'chair', of: 'none' },
  { pattern: cue(String.raw`presided\s+(?:over\s+)?by\s+`), role: 'chair', of: 'before' },
  { pattern: cue(String.raw`under\s+the\s+leadership\s+of\s+`), role: 'lead', of: 'none' },
  { pattern: cue(String.raw`(?:led|headed)\s+by\s+`), role: 'lead', of: 'before' },
  { pattern: cue(String.raw`(?:moderated|facilitated)\s+by\s+`), role: 'moderator', of: 'before' },
  { pattern: cue(String.raw`presented\s+by\s+`), role: 'presenter', of: 'before' },
  { pattern: cue(String.raw`opened\s+(?:officially\s+)?by\s+`), role: 'opener', of: 'none' },
  { pattern: cue(String.raw`(?:opening|welcome|welcoming|introductory)\s+${SPEECH}\s+(?:(?:were|was)\s+)?(?:(?:delivered|given|made|offered)\s+)?(?:by|from)\s+`), role: 'opener', of: 'none' },
  // "The high-level opening ceremony counted with remarks from X": whoever speaks at the opening opens the event.
  { pattern: cue(String.raw`opening\s+(?:ceremony|session|segment)\s+(?:counted|featured|included|saw|heard|started)\s+(?:with\s+)?(?:the\s+)?${SPEECH}\s+(?:of|from|by)\s+`), role: 'opener', of: 'none' },
  { pattern: cue(String.raw`(?:was\s+|were\s+)?opened\s+with\s+(?:the\s+)?${SPEECH}\s+(?:of|from|by)\s+`), role: 'opener', of: 'none' },
  { pattern: cue(String.raw`keynote(?:\s+(?:speech|address|remarks|lecture))?\s+(?:(?:was|were)\s+)?(?:(?:delivered|given|made)\s+)?by\s+`), role: 'speaker', of: 'none' },
  { pattern: cue(String.raw`presentations?\s+(?:(?:were|was)\s+)?(?:(?:delivered|given|made|held)\s+)?by\s+`), role: 'presenter', of: 'none' },
  { pattern: cue(String.raw`${SPEECH}\s+(?:were|was)\s+(?:delivered|given|made)\s+by\s+`), role: 'speaker', of: 'none' },
  { pattern: cue(String.raw`with\s+(?:the\s+)?(?:remarks|contributions|interventions|speeches)\s+(?:of|from|by)\s+`), role: 'speaker', of: 'none' },
];

export const HOLDER_BEFORE: readonly HolderBeforeCue[] = [
  { pattern: cue(String.raw`co-?chaired\s+${DETERMINER}`), role: 'co-chair', object: 'phrase' },
  { pattern: cue(String.raw`chaired\s+${DETERMINER}`), role: 'chair', object: 'phrase' },
  { pattern: cue(String.raw`co-?organi[sz]ed\s+${DETERMINER}`), role: 'co-organiser', object: 'event' },
  { pattern: cue(String.raw`co-?organi[sz]ed\s+(?:together\s+)?with\s+`), role: 'co-organiser', object: 'none' },
  { pattern: cue(String.raw`organi[sz]ed\s+${DETERMINER}`), role: 'organiser', object: 'event' },
  { pattern: cue(String.raw`(?:co-?)?hosted\s+${DETERMINER}`), role: 'host', object: 'event' },
  { pattern: cue(String.raw`(?:led|headed)\s+${DETERMINER}`), role: 'lead', object: 'phrase' },
  { pattern: cue(String.raw`moderated\s+${DETERMINER}`), role: 'moderator', object: 'phrase' },
  { pattern: cue(String.raw`${DELIVER}\s+(?:a|an|the|his|her|their|its|two|several)\s+(?:(?:short|brief|detailed|comprehensive|joint|thorough|comprehensive|substantive)\s+)?presentations?\s+(?:(?:on|about|of|regarding|concerning|entitled|titled|focusing\s+on|focused\s+on|covering|outlining)\s+)?`), role: 'presenter', object: 'topic' },
  { pattern: cue(String.raw`presented\s+${DETERMINER}`), role: 'presenter', object: 'phrase' },
  { pattern: cue(String.raw`(?:officially\s+)?opened\s+${DETERMINER}`), role: 'opener', object: 'event' },
  { pattern: cue(String.raw`presided\s+(?:over\s+)?${DETERMINER}`), role: 'chair', object: 'phrase' },
  { pattern: cue(String.raw`welcomed\s+(?=(?:the\s+)?(?:participants|attendees|delegates|guests|audience)\b)`), role: 'opener', object: 'none' },
  { pattern: cue(String.raw`${DELIVER}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:opening|welcome|welcoming|introductory)\s+${SPEECH}`), role: 'opener', object: 'none' },
  { pattern: cue(String.raw`${DELIVER}\s+(?:the\s+|a\s+)?keynote(?:\s+(?:speech|address|remarks|lecture|presentation))?`), role: 'speaker', object: 'none' },
  { pattern: cue(String.raw`(?:spoke|speaking)\s+(?:on|about)\s+`), role: 'speaker', object: 'topic' },
  { pattern: cue(String.raw`addressed\s+(?=(?:the\s+)?(?:participants|audience|attendees|conference|meeting|forum|plenary|session|summit|gathering|delegates|workshop|event)\b)`), role: 'speaker', object: 'none' },
];

/** Between the holder and the cue: "X, Head of Unit at Y, chaired", "X, who chaired", "X was invited to deliver". */
export const HOLDER_GAP = new RegExp(
  String.raw`^(?:,[^,]{1,140},)?\s*(?:,\s*)?(?:(?:who|which)\s+)?(?:(?:also|then|further|briefly|jointly|successfully|personally|subsequently|together|kindly|officially)\s+)*` +
    String.raw`(?:(?:has|had|have)\s+)?(?:(?:was|were|is|are|been|has\s+been|had\s+been)\s+(?:invited|asked|requested|honou?red|tasked|pleased|delighted|called\s+upon)\s+to\s+)?(?:(?:also|then|briefly)\s+)?$`,
  'iu',
);
