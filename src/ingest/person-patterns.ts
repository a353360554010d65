// How news posts introduce a person: an honorific ("Mr. Nicu Popescu"), a name then a role ("Ljupco
// Nikolovski, Deputy Prime Minister"), or a role then a name ("the Secretary-General, Majlinda Bregu").
// Each pattern captures the name in the group "name", or several in "list" (speakers after "remarks were
// delivered by"); extract-people.ts cleans and checks every name.

/** A capitalised word of a name: "Nikolovski", "Ljupčo", "Jean-Luc", "O'Brien", "McDonald". */
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}\p{M}'’]*(?:-\p{Lu}\p{Ll}[\p{L}\p{M}'’]*)?`;
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|del|du|la|le|bin|al|el)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){0,4}`;
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|H\.\s?E|Amb)\.?`;

export const ROLES = [
  'Prime Minister', 'Minister', 'Secretary-General', 'Secretary General', 'Secretary of State', 'State Secretary',
  'Director-General', 'Director General', 'Director', 'Ambassador', 'Head', 'Chief', 'Commissioner', 'President',
  'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Coordinator', 'Representative', 'Adviser', 'Advisor', 'Mayor',
  'Governor', 'Prosecutor', 'Judge', 'Commander', 'Spokesperson', 'Envoy', 'Rapporteur', 'Consul', 'Manager',
  'Inspector', 'Officer', 'Analyst', 'Investigator', 'Specialist', 'Attaché', 'Counsellor', 'Councillor',
];
export const MODIFIERS = ['Deputy', 'Vice', 'Assistant', 'Acting', 'Senior', 'Executive', 'First', 'Special', 'National', 'Regional', 'Permanent', 'Chief', 'General', 'Police'];

/** "Minister" or "minister": roles are written both ways; names never are. */
const eitherCase = (phrase: string) => phrase.replace(/\b\p{Lu}/gu, (letter) => `[${letter}${letter.toLowerCase()}]`);
const ROLE = String.raw`(?:(?:${MODIFIERS.map(eitherCase).join('|')})[\s-]+)*(?:${ROLES.map(eitherCase).join('|')})(?![\p{L}-])`;
/** After "Name, ": a role, maybe with a capitalised word or acronym inside ("National CT-PCVE Coordinator"). */
const ROLE_AFTER_NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}?${ROLE}`;
/** Words that introduce speakers, often a list of them ("remarks were delivered by A, B and C"). */
const SPEAKER_CUE = String.raw`(?:(?:remarks|speech(?:es)?|address(?:es)?|presentations?|keynote|welcome words)\s+(?:were\s+|was\s+)?(?:(?:delivered|given|made)\s+)?(?:by|from)|(?:opened|chaired|moderated|addressed)\s+by)`;

export const PERSON_PATTERNS: readonly RegExp[] = [
  // "Mr. Nicu Popescu", "Ms Jane Doe"
  new RegExp(String.raw`(?<![\p{L}])${HONORIFIC}\s+(?<name>${NAME})`, 'gu'),
  // "Ljupco Nikolovski, Deputy Prime Minister of ...", "Jane Doe, the Director of ..."
  new RegExp(String.raw`(?<![\p{L}])(?<name>${NAME}),\s+(?:the\s+)?${ROLE_AFTER_NAME}`, 'gu'),
  // "the Secretary-General, Majlinda Bregu", "Minister Jane Doe", "the Minister of Interior of Albania, Mr. John Doe"
  new RegExp(String.raw`(?<![\p{L}])${ROLE}(?:\s+(?:of|for)\s+[^,.;:()]{1,80},|,)?\s+(?:${HONORIFIC}\s+)?(?<name>${NAME})`, 'gu'),
  // "Opening remarks were delivered by Jane Doe, Head of ..., and John Roe", up to the end of the sentence
  new RegExp(String.raw`(?<![\p{L}])${SPEAKER_CUE}\s+(?<list>(?:[^.;:!?]|${HONORIFIC})+)`, 'gu'),
];

const LIST_ITEM = new RegExp(String.raw`^(?:the\s+)?(?:${ROLE}\s+)?(?:${HONORIFIC}\s+)?(?<name>${NAME})`, 'u');

/** The names leading each item of a speaker list: "A, Head of X, B and C" -> A, (Head of X), B, C. */
export function namesInList(list: string): { name: string; offset: number }[] {
  const names: { name: string; offset: number }[] = [];
  for (const item of list.matchAll(/(?:^|,\s+|\s+and\s+)(?<item>(?:(?!,\s|\s+and\s).)+)/gu)) {
    const text = item.groups?.item ?? '';
    const name = LIST_ITEM.exec(text)?.groups?.name;
    if (name) names.push({ name, offset: item.index + item[0].indexOf(text) + text.indexOf(name) });
  }
  return names;
}
