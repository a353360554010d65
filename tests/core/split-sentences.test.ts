// Sentences with their offsets, for role extraction and for quoting a post: titles, initials and numbers
// never end a sentence; paragraphs always do.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.js';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['ends at a full stop before a capital', 'The meeting took place in Tivat. It gathered 40 participants.', ['The meeting took place in Tivat.', 'It gathered 40 participants.']],
    ['keeps titles and honorifics', 'The Head of IISG Secretariat Mr. Agron Sojati and Ms. Jane Doe met Dr. Roe.', ['The Head of IISG Secretariat Mr. Agron Sojati and Ms. Jane Doe met Dr. Roe.']],
    ['keeps initials and abbreviations', 'A. Sojati met H.E. the Ambassador of the U.S. and e.g. the EU. Then they left.', ['A. Sojati met H.E. the Ambassador of the U.S. and e.g. the EU.', 'Then they left.']],
    ['keeps dotted dates and decimals', 'On 09.03.2023 the seizures rose by 1.5 tonnes. The report followed.', ['On 09.03.2023 the seizures rose by 1.5 tonnes.', 'The report followed.']],
    ['ends after a closing quote', 'The topic was “Fighting Organized Crime.” The event closed.', ['The topic was “Fighting Organized Crime.”', 'The event closed.']],
    ['a lower-case word after a dot continues', 'It was held in the Balkans etc. and beyond.', ['It was held in the Balkans etc. and beyond.']],
    ['keeps a cut-off last sentence', 'The meeting was opened. Directors and senior officials of the Customs and Border Authorities, as well as', ['The meeting was opened.', 'Directors and senior officials of the Customs and Border Authorities, as well as']],
    ['ends at a paragraph break', 'A paragraph without a stop\n\nThe next paragraph.', ['A paragraph without a stop', 'The next paragraph.']],
    ['question and exclamation marks', 'Why now? Because! Then more.', ['Why now?', 'Because!', 'Then more.']],
  ])('%s', (_case, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = '  First one.  Second one.\n\nThird.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences('')).toEqual([]);
  });
});
