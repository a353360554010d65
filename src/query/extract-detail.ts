// Detail questions, answered by quoting the post: "what did Sojati present", "what was discussed", "what was
// adopted", "what was the purpose of the Budapest workshop", "what was the topic", "how many participants",
// "what was it about", and "tell me about X" / "details of X" (the whole record). The question's own words are
// claimed; the words naming the event are left to the other extractors.
import type { DetailKind } from './query.js';
import type { ParseState } from './parse-state.js';

interface DetailRule {
  kind: DetailKind;
  /** Read on the whole question: names may stand between the question words ("what did Sojati present"). */
  test: RegExp;
  /** The words of the question to claim, where free. */
  claim: RegExp;
}

const PEOPLE = 'participants|attendees|delegates|people|persons|representatives|experts|officials|practitioners|guests';
const AUX = 'what|which|did|does|do|was|were|is|are|has|have|had';

const RULES: readonly DetailRule[] = [
  {
    kind: 'participants',
    test: new RegExp(`\\b(?:how many|number of) (?:${PEOPLE})\\b(?!.*\\b(?:named|mentioned|listed)\\b)|\\bhow (?:big|large) was\\b|\\battendance\\b`),
    claim: new RegExp(`^(?:how|many|number|${PEOPLE}|attended|attend|took|part|participated|came|joined|big|large|attendance)$`),
  },
  {
    kind: 'record',
    test: /\b(?:tell me (?:more )?about|(?:more )?details (?:of|about|on)|(?:more )?information (?:on|about)|info (?:on|about)|describe|full record of)\b/,
    claim: /^(?:tell|me|more|details|detail|information|info|describe|full|record)$/,
  },
  {
    kind: 'presented',
    test: /\b(?:what|which)\b.*\b(?:present|presented|showcase|showcased|introduce|introduced)\b|\b(?:subject|content) of (?:the|his|her) presentation\b/,
    claim: new RegExp(`^(?:${AUX}|present|presented|showcase|showcased|introduce|introduced|subject|content|presentation)$`),
  },
  {
    kind: 'discussed',
    test: /\b(?:what|which)\b.*\b(?:discuss|discussed|talk about|talked about|address|addressed|debate|debated|covered)\b/,
    claim: new RegExp(`^(?:${AUX}|discuss|discussed|talk|talked|address|addressed|debate|debated|covered)$`),
  },
  {
    kind: 'adopted',
    test: /\b(?:what|which)\b.*\b(?:adopt|adopted|agree|agreed|sign|signed|decide|decided|conclude|concluded|endorse|endorsed)\b|\b(?:conclusions?|outcomes?|agreements?|decisions?) of\b/,
    claim: new RegExp(`^(?:${AUX}|adopt|adopted|agree|agreed|sign|signed|decide|decided|conclude|concluded|endorse|endorsed|conclusions?|outcomes?|agreements?|decisions?)$`),
  },
  {
    kind: 'purpose',
    test: /\b(?:purpose|aims?|goals?|objectives?|intention)\b|^(?:\w+ )?why\b/,
    claim: new RegExp(`^(?:${AUX}|purpose|aims?|goals?|objectives?|intention|why)$`),
  },
  {
    kind: 'topic',
    test: /\b(?:topics?|themes?|subject) of\b|\bwhat was the (?:topic|theme|subject)\b|\bon what topic\b/,
    claim: new RegExp(`^(?:${AUX}|topics?|themes?|subject)$`),
  },
  {
    kind: 'about',
    test: /^(?:\w+ )?what (?:was|is|were)\b.* about$|\bwhat was (?:it|that) on$/,
    claim: new RegExp(`^(?:${AUX}|about)$`),
  },
];

export function extractDetail(state: ParseState): DetailKind | null {
  for (const rule of RULES) {
    if (!rule.test.test(state.text)) continue;
    state.words.forEach((word, index) => {
      if (rule.claim.test(word) && !state.isTaken(index)) state.take(index, index + 1);
    });
    return rule.kind;
  }
  return null;
}
