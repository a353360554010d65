// Slack's documented Block Kit limits and the no-ping rule, checked independently of the adapter's own
// limits helper, on any message body the tests record (chat.postMessage params, response URL posts).
import { expect } from 'vitest';

const LIMITS = { blocks: 50, text: 3000, header: 150, fields: 10, field: 2000, contextElements: 10 };

/** Every way `message` breaks a limit or could ping someone, as readable lines; empty when it is fine. */
export function slackMessageProblems(message: any): string[] {
  const problems: string[] = [];
  const texts: string[] = [];
  if (typeof message?.text !== 'string' || message.text.trim() === '') problems.push('no text fallback');
  else texts.push(message.text);
  const blocks: any[] = message?.blocks ?? [];
  if (!Array.isArray(blocks) || blocks.length === 0) problems.push('no blocks');
  if (blocks.length > LIMITS.blocks) problems.push(`${blocks.length} blocks (max ${LIMITS.blocks})`);
  const check = (where: string, text: unknown, max: number) => {
    if (typeof text !== 'string') return problems.push(`${where} has no text`);
    texts.push(text);
    if (text.length > max) problems.push(`${where} has ${text.length} characters (max ${max})`);
  };
  blocks.forEach((block, index) => {
    const where = `block ${index} (${block.type})`;
    if (block.type === 'section') {
      if (block.text) check(`${where} text`, block.text.text, LIMITS.text);
      const fields: any[] = block.fields ?? [];
      if (fields.length > LIMITS.fields) problems.push(`${where} has ${fields.length} fields`);
      fields.forEach((field, n) => check(`${where} field ${n}`, field.text, LIMITS.field));
    } else if (block.type === 'header') {
      check(`${where} text`, block.text?.text, LIMITS.header);
    } else if (block.type === 'context') {
      const elements: any[] = block.elements ?? [];
      if (elements.length > LIMITS.contextElements) problems.push(`${where} has ${elements.length} elements`);
      elements.forEach((element, n) => check(`${where} element ${n}`, element.text, LIMITS.text));
    }
  });
  for (const text of texts) {
    // A bare channel link (<#C0123>) shows the channel's name and notifies no one; anything else may ping.
    const ping = /<[!@]|<#(?![CG][A-Z0-9]+>)/.exec(text);
    if (ping) problems.push(`mention syntax in ${JSON.stringify(text.slice(Math.max(0, ping.index - 20), ping.index + 30))}`);
    if (/<!date\^/.test(text)) problems.push('a Slack date token');
  }
  return problems;
}

export function expectWithinSlackLimits(message: unknown): void {
  expect(slackMessageProblems(message)).toEqual([]);
}

/** All mrkdwn text of a message, joined: for "does the reply say X" assertions. */
export function messageText(message: any): string {
  const parts: string[] = [];
  for (const block of message?.blocks ?? []) {
    if (block.text?.text) parts.push(block.text.text);
    for (const field of block.fields ?? []) parts.push(field.text);
    for (const element of block.elements ?? []) if (typeof element.text === 'string') parts.push(element.text);
  }
  return parts.join('\n');
}
