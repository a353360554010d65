// How news posts introduce a person: an honorific ("Mr. Nicu Popescu"), a name then a role ("Ljupco
// Nikolovski, Deputy Prime Minister"), or a role then a name ("the Secretary-General, Majlinda Bregu").
// Each pattern captures the name in the group "name"; extract-people.ts cleans and checks it.

/** A capitalised word of a name: "Nikolovski", "Ljupčo", "Jean-Luc", "O'Brien", "McDonald". */
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}\p{M}'’]*(?:-\p{Lu}\p{Ll}[\p{L}\p{M}'’]*)?`;
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|del|du|la|le|bin|al|el)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){0,4}`;
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|H\.\s?E|Amb)\.?`;

const ROLES = [
  'Prime Minister', 'Minister', 'Secretary-General', 'Secretary General', 'Secretary of State', 'State Secretary',
  'Director-General', 'Director General', 'Director', 'Ambassador', 'Head', 'Chief', 'Commissioner', 'President',
  'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Coordinator', 'Representative', 'Adviser', 'Advisor', 'Mayor',
  'Governor', 'Prosecutor', 'Judge', 'Commander', 'Spokesperson', 'Envoy', 'Rapporteur', 'Consul', 'Manager',
];
const MODIFIERS = ['Deputy', 'Vice', 'Assistant', 'Acting', 'Senior', 'Executive', 'First', 'Special', 'National', 'Regional', 'Permanent', 'Chief', 'General', 'Police'];

/** "Minister" or "minister": roles are written both ways; names never are. */
const eitherCase = (phrase: string) => phrase.replace(/\b\p{Lu}/gu, (letter) => `[${letter}${letter.toLowerCase()}]`);
const ROLE = String.raw`(?:(?:${MODIFIERS.map(eitherCase).join('|')})[\s-]+)*(?:${ROLES.map(eitherCase).join('|')})(?![\p{L}-])`;

export const PERSON_PATTERNS: readonly RegExp[] = [
  // "Mr. Nicu Popescu", "Ms Jane Doe"
  new RegExp(String.raw`(?<![\p{L}])${HONORIFIC}\s+(?<name>${NAME})`, 'gu'),
  // "Ljupco Nikolovski, Deputy Prime Minister of ...", "Jane Doe, the Director of ..."
  new RegExp(String.raw`(?<![\p{L}])(?<name>${NAME}),\s+(?:the\s+)?${ROLE}`, 'gu'),
  // "the Secretary-General, Majlinda Bregu", "Minister Jane Doe", "the Minister of Interior of Albania, Mr. John Doe"
  new RegExp(String.raw`(?<![\p{L}])${ROLE}(?:\s+(?:of|for)\s+[^,.;:()]{1,80},|,)?\s+(?:${HONORIFIC}\s+)?(?<name>${NAME})`, 'gu'),
];
