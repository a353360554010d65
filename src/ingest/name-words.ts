// Capitalised words that are never part of a person's or a place's name in these posts: honorifics, roles,
// institutions, event words, months and weekdays (folded). They cut a name short or rule it out.
const WORDS = `
  the a an this that these those our its their his her
  mr mrs ms miss dr prof professor sir dame amb h e his excellency
  deputy vice assistant acting senior executive first special permanent chief general prime minister ministers
  secretary secretary-general director director-general directors ambassador head chair chairman chairwoman
  chairperson coordinator coordinators representative representatives adviser advisor mayor governor prosecutor
  judge commander officer officers manager expert experts envoy rapporteur president vice-president state
  commissioner consul spokesperson team leader members member delegation delegations chairmanship chairpersonship presidency
  ministry ministries secretariat council office mission conference meeting workshop seminar forum summit
  group network hub government republic nations united union european western eastern northern southern
  north south east west central balkans balkan police service services security international affairs
  interior foreign justice defence defense cooperation co-operation integration directorate bureau agency
  centre center commission committee assembly parliament cities programme program project initiative process
  strategy strategies crime crimes organized organised drugs drug customs border borders authorities
  authority level validation working technical assistance coordination event events training law enforcement
  public fight against corruption trafficking terrorism extremism prevention high risk networks platforms
  department division unit task force institute university academy school embassy consulate municipality
  city county region province district regional national local global joint annual plenary ministerial
  high-level multi-stakeholder opening closing panel session sessions discussion discussions
  sustainable development resources human rights economy economic finance education health labour labor
  social welfare trade energy environment agriculture culture tourism infrastructure transport digital
  innovation diaspora youth sports equality dialogue reform reforms
  monday tuesday wednesday thursday friday saturday sunday today yesterday
  january february march april may june july august september october november december
  iisg rcc eu un osce unodc nato cepol
  also however during while after before following within through on in at by for with of and to from
`;

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
