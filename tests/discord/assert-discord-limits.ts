// Discord's documented size limits, checked independently of the adapter's own limits helper, on any
// payload the tests record (an interaction edit, a follow-up, a channel message).
import { expect } from 'vitest';

const LIMITS = { content: 2000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000, embeds: 10 };

/** Every way `payload` breaks a limit, as readable lines; empty when it fits. */
export function limitViolations(payload: any): string[] {
  const problems: string[] = [];
  const content: string = payload?.content ?? '';
  if (content.length > LIMITS.content) problems.push(`content has ${content.length} characters`);
  const embeds: any[] = payload?.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const at = `embed ${index}`;
    const fields: any[] = embed.fields ?? [];
    const check = (what: string, text: string | undefined, max: number) => {
      if (text === undefined) return;
      total += text.length;
      if (text.length > max) problems.push(`${at} ${what} has ${text.length} characters (max ${max})`);
    };
    check('title', embed.title, LIMITS.title);
    check('description', embed.description, LIMITS.description);
    check('footer', embed.footer?.text, LIMITS.footer);
    check('author', embed.author?.name, 256);
    if (fields.length > LIMITS.fields) problems.push(`${at} has ${fields.length} fields`);
    fields.forEach((field, n) => {
      if (!field.name || !field.value) problems.push(`${at} field ${n} is empty`);
      check(`field ${n} name`, field.name, LIMITS.fieldName);
      check(`field ${n} value`, field.value, LIMITS.fieldValue);
    });
  });
  if (total > LIMITS.total) problems.push(`embeds total ${total} characters (max ${LIMITS.total})`);
  return problems;
}

export function expectWithinLimits(payload: unknown): void {
  expect(limitViolations(payload)).toEqual([]);
}
