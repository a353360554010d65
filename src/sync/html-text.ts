// What sync needs from an HTML library, given by the caller (adapters/site/html-text.ts), so the core and
// every command that does not sync stay free of it.
export interface HtmlText {
  /** A post's HTML as plain text: paragraphs separated by a blank line, entities decoded. */
  toPlainText(html: string): string;
  /** A plain-text field sent HTML-encoded (a title, a venue, a term): entities decoded, tags dropped. */
  decode(text: string): string;
}
