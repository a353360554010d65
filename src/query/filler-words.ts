// Words that carry no filter: question words, auxiliaries, and the generic nouns and verbs people wrap a
// question in ("what meetings were there", "where did he travel"). They must never narrow an answer.
// Specific kinds ("workshop", "board meeting") are vocabulary, matched before these.
const FILLER = `
a an the this that these those there here it its of in at on to from for by with about regarding related into
over within during around near and or but not
what which where when who whom whose how why many much number count total
is are was were be been being am do does did done has have had having will would can could should shall may might
i me my we us our you your he him his she her they them their one ones
show list give tell find search get see know want need look looking please kindly pls let lets also just only
all any anything something everything some every each other others more most ever so far yet still
event events meeting meetings activity activities happening happenings happen happened happens occurred
thing things item items news post posts entry entries record records result results
go goes went gone going travel travels traveled travelled traveling travelling visit visited visiting trip trips
attend attended attending participate participated participating participation take took taken part place held hold
join joined meet met meeting involved involve present presence appear appeared invited
hosted host hosts work works working
time times often again ago do doing did
iisg secretariat mr ms mrs dr
named mentioned listed people persons person
came come comes followed follows lasting lasted long else
`;

export const FILLER_WORDS: ReadonlySet<string> = new Set(FILLER.split(/\s+/).filter(Boolean));

/**
 * Filler that is only filler in a phrase: "organised by UNODC" says nothing the organisation does not,
 * while "organised crime" is a topic.
 */
export const FILLER_PHRASE_PATTERN =
  '(?:co-)?(?:organi[sz]ed|hosted|led|chaired|run|convened) by|(?:co-)?(?:organi[sz]ed|hosted|chaired|convened)(?= (?:the|a|an|it|this|that|them|any|events?|meetings?|workshops?|conferences?|seminars?|activities))';
