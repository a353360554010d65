import { emptyInterpretation } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../adapters/discord/render/render-answer.js';
import { renderHelp } from '../../adapters/discord/render/render-help.js';
import { renderApology, renderUnknownName } from '../../adapters/discord/render/render-notice.js';
import { BUDVA, CHISINAU, TIVAT, makeAnswer, makeEvent, manyEvents } from './answer-fixtures.js';
import { expectWithinLimits } from './assert-discord-limits.js';

describe('renderAnswer', () => {
  it('shows what was found, what was understood, and each event with dates, place, title and people', () => {
    const reply = renderAnswer(makeAnswer({ events: [TIVAT, BUDVA, CHISINAU], headline: '3 events' }));
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('3 events');
    expect(embed?.description).toContain('Agron Sojati · 2023');
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      '9 March 2023 · Tivat, Montenegro',
      '5–6 September 2023 · Budva, Montenegro',
      '21 November 2023 · Chisinau, Moldova',
    ]);
    expect(embed?.fields?.[2]?.value).toContain('Bilateral consultations in Moldova');
    expect(embed?.fields?.[2]?.value).toContain('Agron Sojati, Majlinda Bregu, Nicu Popescu');
    expect(embed?.footer).toBeUndefined();
    expectWithinLimits(reply);
  });

  it('prints dates as plain text, never as timestamp tokens that shift with the reader', () => {
    const reply = JSON.stringify(renderAnswer(makeAnswer({ events: [TIVAT, BUDVA] })));
    expect(reply).not.toMatch(/<t:\d+/);
    expect(reply).not.toHaveProperty('timestamp');
  });

  it('shows the first 10 of a long answer and says how to narrow it, once', () => {
    const reply = renderAnswer(makeAnswer({ events: manyEvents(37), headline: '37 events:' }));
    const [embed] = reply.embeds;
    expect(embed?.fields).toHaveLength(10);
    expect(embed?.fields?.[0]?.value).toContain('no. 1 in Tirana');
    expect(embed?.footer?.text).toMatch(/Showing 10 of 37 events/);
    expect(embed?.footer?.text).toMatch(/narrow/i);
    expect(embed?.description?.match(/Showing|narrow/gi) ?? []).toEqual([]);
    expect(embed?.title).toBe('37 events');
    expectWithinLimits(reply);
  });

  it('counts the events the engine matched even when it passed fewer', () => {
    const reply = renderAnswer(makeAnswer({ events: manyEvents(3), count: 12 }));
    expect(reply.embeds[0]?.footer?.text).toMatch(/Showing 3 of 12 events/);
  });

  it('keeps oversized dataset text within every embed limit and still shows 10 events', () => {
    const long = 'Regional Conference on Improving Border Security and Customs Cooperation in the Western Balkans '.repeat(30);
    const events = manyEvents(12).map((event) => ({ ...event, title: long, city: 'X'.repeat(300), people: Array.from({ length: 80 }, (_, n) => `Participant Number ${n}`) }));
    const reply = renderAnswer(makeAnswer({ events, understood: long.repeat(3), notes: [long, long, long] }));
    expectWithinLimits(reply);
    expect(reply.embeds[0]?.fields).toHaveLength(10);
    expect(reply.embeds[0]?.fields?.[9]?.value).toMatch(/…$/);
    expect(reply.embeds[0]?.footer?.text).toContain('Showing 10 of 12 events');
  });

  it('escapes Markdown in dataset text so titles render as written', () => {
    const event = makeEvent({ id: 'e-1', title: 'Workshop *PCVE* _2023_ ~~draft~~', start: '2023-02-01', end: '2023-02-01', city: 'Tirana', country: 'Albania' });
    const value = renderAnswer(makeAnswer({ events: [event] })).embeds[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('\\*PCVE\\*');
    expect(value).not.toMatch(/(?<!\\)\*PCVE/);
  });

  it('says where an event has no place rather than leaving the field name empty', () => {
    const online = makeEvent({ id: 'online-1', title: 'Online consultation of the IISG Board', start: '2022-06-01', end: '2022-06-01' });
    const [field] = renderAnswer(makeAnswer({ events: [online] })).embeds[0]?.fields ?? [];
    expect(field?.name).toMatch(/^1 June 2022 · \S/);
  });

  it('answers with no events by saying so and passing on the engine notes', () => {
    const reply = renderAnswer(
      makeAnswer({ events: [], headline: 'No events', understood: 'Agron Sojati · 2019', notes: ['The news posts start in December 2021.'] }),
    );
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('No events');
    expect(embed?.fields).toEqual([]);
    expect(embed?.description).toContain('The news posts start in December 2021.');
    expect(embed?.footer).toBeUndefined();
  });

  it('lists the people of a "who" answer with their number of events', () => {
    const reply = renderAnswer(
      makeAnswer({
        events: [CHISINAU],
        people: [
          { name: 'Agron Sojati', events: 1 },
          { name: 'Majlinda Bregu', events: 1 },
        ],
      }),
    );
    expect(reply.embeds[0]?.description).toMatch(/Agron Sojati \(1 event\)\n• Majlinda Bregu \(1 event\)/);
  });
});

describe('notices', () => {
  it('help names every subcommand after the core help and fits', () => {
    const coreHelp = 'I answer questions about the activities of the IISG Secretariat.\nExamples:\n  • where was Sojati in 2023';
    const reply = renderHelp(coreHelp);
    expect(reply.embeds[0]?.description).toContain('  • where was Sojati in 2023');
    for (const sub of ['ask', 'recent', 'where', 'events', 'help']) expect(reply.embeds[0]?.description).toContain(`/iisg ${sub}`);
    expectWithinLimits(reply);
  });

  it('lists the groups of a grouped answer in the description', () => {
    const groups = [{ value: 'Montenegro', count: 2, events: ['a', 'b'] }, { value: 'Moldova', count: 1, events: ['c'] }];
    const reply = renderAnswer(makeAnswer({ events: [TIVAT, BUDVA, CHISINAU], groups, headline: '2 countries' }));
    expect(reply.embeds[0]?.description).toContain('• Montenegro (2 events)');
    expect(reply.embeds[0]?.description).toContain('• Moldova (1 event)');
    expect(reply.embeds[0]?.fields).toHaveLength(3);
    const long = renderAnswer(makeAnswer({ events: manyEvents(30), groups, headline: '2 countries' }));
    expect(long.embeds[0]?.fields).toHaveLength(0);
    expectWithinLimits(long);
  });

  it('an answer to "help" renders as the help', () => {
    const answer = makeAnswer({ events: [], interpretation: emptyInterpretation({ intent: 'help' }), text: 'Ask about people and places.' });
    expect(renderAnswer(answer).embeds[0]?.description).toMatch(/^Ask about people and places\.\n\n\*\*Commands/);
  });

  it('the apology is short plain text', () => {
    const reply = renderApology();
    expect(reply.embeds).toEqual([]);
    expect(reply.content?.length).toBeLessThan(200);
  });

  it('an unknown name offers the nearest names', () => {
    const reply = renderUnknownName('person', 'Sojaty', ['Agron Sojati']);
    expect(reply.embeds[0]?.description).toContain('"Sojaty"');
    expect(reply.embeds[0]?.description).toContain('**Agron Sojati**');
  });
});

describe('a record answer', () => {
  it('"tell me about the Budva workshop" renders the event\'s whole record', async () => {
    const { loadEngine } = await import('../../adapters/data/load-dataset.js');
    const answer = loadEngine().ask('tell me about the Budva workshop', new Date('2026-12-01T12:00:00Z'));
    const reply = renderAnswer(answer);
    expect(JSON.stringify(reply)).toMatch(/moderator of a panel on developing strategies/);
    expectWithinLimits(reply);
  });
});

describe('an answer in the language of the question', () => {
  it('keeps the core\'s understood line in that language', async () => {
    const { loadEngine } = await import('../../adapters/data/load-dataset.js');
    const answer = loadEngine().ask('настани во Црна Гора', new Date('2026-12-01T12:00:00Z'));
    const embed = renderAnswer(answer).embeds[0];
    expect(embed?.description).toContain('Разбрав:');
    expect(embed?.description).not.toContain('Understood:');
  });
});
