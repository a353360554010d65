// Slack's Block Kit limits, in one place: every message the adapter posts goes through fitMessage, so a
// long answer is trimmed (and says so) instead of being rejected by Slack with `invalid_blocks`.
import type { SlackBlock, SlackMessage } from './slack-message.js';

export const SLACK_LIMITS = {
  blocks: 50,
  /** Any text object: section text, context element text. */
  text: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Our own cap for the fallback: notifications show only the start, and Slack truncates at 40k. */
  fallbackText: 3000,
} as const;

const ELLIPSIS = '…';
const TRIMMED_NOTE = '_Part of this answer was left out to fit in one Slack message._';

/**
 * Cuts mrkdwn to at most `max` characters. Prefers a line break near the end, and never leaves half an
 * escape (`&am`) or half a link (`<https://…`) behind, which Slack would render as garbage.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - ELLIPSIS.length);
  const lineBreak = cut.lastIndexOf('\n');
  if (lineBreak >= cut.length - 200 && lineBreak > 0) cut = cut.slice(0, lineBreak + 1);
  cut = cut.replace(/&[a-z#0-9]*$/i, '').replace(/<[^>]*$/, '');
  return `${cut}${ELLIPSIS}`;
}

export function fitMessage(message: SlackMessage): SlackMessage {
  let blocks = message.blocks.map(fitBlock);
  if (blocks.length > SLACK_LIMITS.blocks) {
    blocks = [...blocks.slice(0, SLACK_LIMITS.blocks - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: TRIMMED_NOTE }] }];
  }
  const text = message.text.trim() === '' ? ELLIPSIS : message.text;
  return { text: truncateText(text, SLACK_LIMITS.fallbackText), blocks };
}

function fitBlock(block: SlackBlock): SlackBlock {
  switch (block.type) {
    case 'section': {
      const fitted = { ...block };
      if (block.text) fitted.text = { ...block.text, text: truncateText(block.text.text, SLACK_LIMITS.text) };
      if (block.fields) {
        fitted.fields = block.fields
          .slice(0, SLACK_LIMITS.sectionFields)
          .map((field) => ({ ...field, text: truncateText(field.text, SLACK_LIMITS.fieldText) }));
      }
      return fitted;
    }
    case 'header':
      return { ...block, text: { ...block.text, text: truncateText(block.text.text, SLACK_LIMITS.headerText) } };
    case 'context':
      return {
        ...block,
        elements: block.elements
          .slice(0, SLACK_LIMITS.contextElements)
          .map((element) => ('text' in element && typeof element.text === 'string' ? { ...element, text: truncateText(element.text, SLACK_LIMITS.text) } : element)),
      };
    default:
      return block;
  }
}
