import { describe, expect, it } from 'vitest';
import { parseRequest, QUESTION_MAX_CHARS, RECENT_DEFAULT, RECENT_MAX } from '../../adapters/slack/parse-request.js';

describe('parseRequest', () => {
  it.each([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['recent', { kind: 'recent', count: RECENT_DEFAULT }],
    ['recent 12', { kind: 'recent', count: 12 }],
    [`recent ${RECENT_MAX}`, { kind: 'recent', count: RECENT_MAX }],
    ['Recent   3', { kind: 'recent', count: 3 }],
    ['digest', { kind: 'digest', args: '' }],
    ['digest subscribe weekly', { kind: 'digest', args: 'subscribe weekly' }],
    ['where was Sojati in 2023', { kind: 'ask', question: 'where was Sojati in 2023' }],
    ['  what happened in May 2022 ', { kind: 'ask', question: 'what happened in May 2022' }],
    // Questions that start like a subcommand are still questions.
    ['recent events in Montenegro', { kind: 'ask', question: 'recent events in Montenegro' }],
    ['recent 5 events', { kind: 'ask', question: 'recent 5 events' }],
    ['help me find events in Skopje', { kind: 'ask', question: 'help me find events in Skopje' }],
  ])('%j -> %j', (text, expected) => {
    expect(parseRequest(text)).toEqual(expected);
  });

  it.each(['recent 0', `recent ${RECENT_MAX + 1}`, 'recent -3', 'recent 100000'])('%j says what number would work', (text) => {
    const request = parseRequest(text);
    expect(request.kind).toBe('invalid');
    expect(request.kind === 'invalid' && request.message).toContain(`from 1 to ${RECENT_MAX}`);
    expect(request.kind === 'invalid' && request.message).toContain(text.split(' ')[1]);
  });

  it('refuses an over-long question with its length and a shorter example', () => {
    const question = 'where was Sojati '.repeat(40);
    expect(question.trim().length).toBeGreaterThan(QUESTION_MAX_CHARS);
    const request = parseRequest(question);
    expect(request.kind).toBe('invalid');
    expect(request.kind === 'invalid' && request.message).toContain(String(question.trim().length));
  });
});
