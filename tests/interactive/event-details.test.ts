// An event's full record on both platforms, with its roles when the record has them (the field arrives with
// the roles extraction; records without it, or with broken entries, still render), and the Slack button
// values that carry an answer: always within 2000 characters, and read back only when well formed.
import { describe, expect, it } from 'vitest';
import { renderEventDetails as renderDiscordDetails } from '../../adapters/discord/render/render-details.js';
import { rolesOf } from '../../adapters/interactive/event-roles.js';
import { createAnswerKeys } from '../../adapters/interactive/answer-keys.js';
import { renderEventDetails as renderSlackDetails } from '../../adapters/slack/render-details.js';
import {
  createSlackControls,
  decodeDetailsValue,
  decodeViewValue,
  SLACK_VALUE_MAX,
} from '../../adapters/slack/slack-action-value.js';
import type { EventRecord } from '../../src/index.js';
import { expectWithinLimits } from '../discord/assert-discord-limits.js';
import { makeAnswer, makeEvent } from '../slack/answer-fixtures.js';
import { expectWithinSlackLimits, messageText } from '../slack/assert-slack-limits.js';

const withRoles = (roles: unknown): EventRecord => ({ ...makeEvent(), roles }) as unknown as EventRecord;
const ROLES = [
  { role: 'chair', holder: 'Agron Sojati', holderType: 'person', of: 'the opening session' },
  { role: 'host', holder: 'Ministry of Interior of Montenegro', holderType: 'organisation', of: null },
];

describe('event details', () => {
  it('reads roles defensively', () => {
    expect(rolesOf(makeEvent())).toEqual([]);
    expect(rolesOf(withRoles('chair'))).toEqual([]);
    expect(rolesOf(withRoles([null, { role: 'chair' }, { role: 'speaker', holder: ' ' }, ...ROLES]))).toEqual(ROLES);
  });

  it('shows every part of the record on Slack, roles included', () => {
    const event = withRoles(ROLES);
    const message = renderSlackDetails(event);
    const text = messageText(message);
    expect(message.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `*${event.title}*` } });
    for (const part of [
      '*When*\n9 March 2023',
      '*Where*\nTivat, Montenegro',
      '*Organisers*\nIISG',
      '*People*\nAgron Sojati',
      '*Topics*\ngovernance',
      event.summary,
      `<${event.source}|Read the news post>`,
    ])
      expect(text).toContain(part);
    expect(text).toContain(
      '*Roles*\nAgron Sojati (chair of the opening session)\nMinistry of Interior of Montenegro (host)',
    );
    expect(messageText(renderSlackDetails(makeEvent({ source: null, organisers: [], topics: [] })))).toContain(
      'No news post is linked for this event.',
    );
    expectWithinSlackLimits(message);
  });

  it('shows every part of the record on Discord, roles included, the title linked to the post', () => {
    const event = withRoles(ROLES);
    const reply = renderDiscordDetails(event);
    const [embed] = reply.embeds;
    expect(embed?.url).toBe(event.source);
    const fields = Object.fromEntries((embed?.fields ?? []).map((field) => [field.name, field.value]));
    expect(fields).toMatchObject({
      When: '9 March 2023',
      Where: 'Tivat, Montenegro',
      Organisers: 'IISG',
      People: 'Agron Sojati',
      Topics: 'governance',
    });
    expect(fields.Roles).toBe('Agron Sojati (chair of the opening session)\nMinistry of Interior of Montenegro (host)');
    expect(embed?.description).toBe(event.summary);
    expectWithinLimits(reply);
  });

  it('escapes hostile dataset text in details', () => {
    const hostile = makeEvent({
      title: 'Briefing <!channel> & *bold*',
      summary: '<@U024BE7LH> said hi',
      people: ['<!everyone>'],
    });
    expect(JSON.stringify(renderSlackDetails(hostile))).not.toMatch(/<[!@]/);
    expect(renderDiscordDetails(hostile).embeds[0]?.title).toBe('Briefing <!channel> & \\*bold\\*');
  });
});

describe('Slack button values', () => {
  const ref = (question: string, before: string[] | null = null) => ({
    question,
    before: before && { questions: before, shown: ['a', 'b'], focus: null },
    day: '2024-06-01',
    fingerprint: 'fp0123456789',
    private: true,
  });

  it('carries a short answer inline and reads it back as it was', () => {
    const keys = createAnswerKeys();
    const answer = makeAnswer({
      followUp: true,
      conversation: { questions: ['events in Skopje', 'and in 2023?'], shown: [], focus: null },
    });
    const value = createSlackControls(ref('and in 2023?', ['events in Skopje']), answer, keys).view({
      kind: 'events',
      page: 3,
    });
    expect(decodeViewValue(value)).toEqual({
      view: { kind: 'events', page: 3 },
      ref: {
        ...ref('and in 2023?', ['events in Skopje']),
        before: { questions: ['events in Skopje'], shown: [], focus: null },
      },
    });
  });

  it('puts a long conversation, or one that points into a list, behind a key, within 2000 characters', () => {
    const keys = createAnswerKeys();
    const long = Array.from(
      { length: 6 },
      (_u, n) => `${'events about border security and migration management '.repeat(8)}${n}`,
    );
    const answer = makeAnswer({ followUp: true, conversation: { questions: long, shown: [], focus: null } });
    const value = createSlackControls(ref(long[5]!, long.slice(0, 5)), answer, keys).view({ kind: 'answer', page: 2 });
    expect(value.length).toBeLessThanOrEqual(SLACK_VALUE_MAX);
    const decoded = decodeViewValue(value);
    expect(decoded && 'key' in decoded && keys.find(decoded.key)?.question).toBe(long[5]);
    // "the second one": the replay needs the earlier list, which only the key keeps.
    const reference = makeAnswer({
      followUp: true,
      conversation: { questions: ['the second one'], shown: [], focus: ['b'] },
    });
    expect(
      decodeViewValue(
        createSlackControls(ref('the second one', ['events in Skopje']), reference, keys).view({
          kind: 'answer',
          page: 1,
        }),
      ),
    ).toHaveProperty('key');
  });

  it.each([
    '',
    'not json',
    '{"v":2,"w":"a1","k":"abc"}',
    '{"v":1,"w":"a1"}',
    '{"v":1,"w":"x1","k":"abc"}',
    '{"v":1,"w":"a1","r":{"q":"x","n":"2024-13","d":"fp"}}',
  ])('reads %j as nothing', (value) => {
    expect(decodeViewValue(value)).toBeNull();
  });

  it('carries an event id for Details', () => {
    expect(decodeDetailsValue(JSON.stringify({ v: 1, e: '2023-03-09-board' }))).toBe('2023-03-09-board');
    expect(decodeDetailsValue('{"v":1}')).toBeNull();
  });
});
