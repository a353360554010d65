// WordPress text as plain text, for the core's sync (src/sync takes it as a parameter, so a one-shot
// `iisg ask` never loads these libraries): a post's HTML (paragraphs, lists, links, entities such as
// &#8211;) becomes paragraphs separated by one blank line; a title or a term name is decoded. The parsing is
// html-to-text's and the entity tables are the `entities` package's; this module only picks the settings.
import { compile } from 'html-to-text';
import { decodeHTML } from 'entities';
import type { HtmlText } from '../../src/index.js';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'block' },
    ...HEADINGS,
  ],
});

export const htmlText: HtmlText = { toPlainText: htmlToPlainText, decode: decodeHtmlText };

/** A post's HTML as plain text: paragraphs joined by a blank line, lines trimmed, no-break spaces as spaces. */
function htmlToPlainText(html: string): string {
  return tidyLines(convert(html));
}

/** A plain-text field that WordPress sends HTML-encoded (a title, a venue, a category): entities decoded, tags dropped. */
function decodeHtmlText(text: string): string {
  // html-to-text decodes as it parses; decoding its output again would turn a written "&amp;amp;" into "&".
  const decoded = /<[a-z/!]/i.test(text) ? convert(text) : decodeHTML(text);
  return decoded.replace(/[\u00a0\s]+/g, ' ').trim();
}

function tidyLines(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
