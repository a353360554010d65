import { describe, expect, it } from 'vitest';
import { renderAnswer, SHOWN_EVENTS } from '../../adapters/slack/render-answer.js';
import { makeAnswer, makeEvent, manyEvents } from './answer-fixtures.js';
import { expectWithinSlackLimits, messageText } from './assert-slack-limits.js';

describe('renderAnswer', () => {
  it('says what was understood first, then the headline, then one section per event', () => {
    const events = [makeEvent(), makeEvent({ id: 'b', title: 'Western Balkans Counter-Terrorism Initiative meeting', start: '2023-05-30', end: '2023-06-02', city: 'Skopje', country: 'North Macedonia', people: [] })];
    const message = renderAnswer(makeAnswer({ events, understood: 'Agron Sojati · 2023', headline: '2 events' }));
    const [first, second, ...rest] = message.blocks as any[];
    expect(first.type).toBe('context');
    expect(first.elements[0].text).toContain('Agron Sojati · 2023');
    expect(second.text.text).toContain('2 events');
    expect(rest).toHaveLength(2);
    expect(rest[0].text.text).toContain('IISG Board Meeting held in Tivat');
    expect(rest[0].text.text).toContain('9 March 2023 · Tivat, Montenegro');
    expect(rest[0].text.text).toContain('People: Agron Sojati');
    expect(rest[1].text.text).toContain('30 May – 2 June 2023 · Skopje, North Macedonia');
    expect(rest[1].text.text).not.toContain('People:');
    expectWithinSlackLimits(message);
  });

  it('shows the groups of a grouped answer, and their events only when they are few', () => {
    const groups = [{ value: 'North Macedonia', count: 3, events: ['a', 'b', 'c'] }, { value: 'Albania', count: 1, events: ['d'] }];
    const few = renderAnswer(makeAnswer({ groups, headline: '2 countries: North Macedonia (3), Albania (1).' }));
    expect(messageText(few)).toContain('• North Macedonia — 3 events');
    expect(messageText(few)).toContain('IISG Board Meeting held in Tivat');
    const many = renderAnswer(makeAnswer({ groups, events: manyEvents(30), headline: '2 countries' }));
    expect(messageText(many)).toContain('• Albania — 1 event');
    expect(messageText(many)).not.toContain('more events not shown');
    expectWithinSlackLimits(many);
  });

  it('prints dates as plain words, never as Slack date tokens', () => {
    const text = JSON.stringify(renderAnswer(makeAnswer()));
    expect(text).not.toMatch(/<!date/);
    expect(text).toContain('9 March 2023');
  });

  it(`shows the first ${SHOWN_EVENTS} events and says how many more and how to narrow`, () => {
    const events = manyEvents(37);
    const message = renderAnswer(makeAnswer({ events, headline: '37 events', count: 37 }));
    const eventSections = (message.blocks as any[]).filter((block) => block.type === 'section' && block.text.text.includes('Regional workshop'));
    expect(eventSections).toHaveLength(SHOWN_EVENTS);
    expect(messageText(message)).toContain(`${37 - SHOWN_EVENTS} more events not shown — narrow by year, place or person`);
    expectWithinSlackLimits(message);
  });

  it('does not add a "more" line when every event is shown', () => {
    const message = renderAnswer(makeAnswer({ events: manyEvents(SHOWN_EVENTS) }));
    expect(messageText(message)).not.toContain('more events not shown');
  });

  it('escapes &, < and > in every dataset string, note and the echoed question', () => {
    const hostile = makeEvent({ title: 'Briefing <!channel> & <@U024BE7LH> on <https://evil.example|prizes>', city: 'Tivat <!here>', country: 'Montenegro', people: ['<!everyone> Sojati'], organisers: ['R&D <Unit>'] });
    const message = renderAnswer(
      makeAnswer({ events: [hostile], understood: 'people <!channel>', headline: '1 event <@U1>', notes: ['Did you mean <!subteam^S1>?'], text: 'fallback <!channel> & more' }),
      { echoQuestion: 'where was <!channel> & co' },
    );
    const all = JSON.stringify(message);
    expect(all).not.toMatch(/<[!@]/);
    expect(messageText(message)).toContain('Briefing &lt;!channel&gt; &amp; &lt;@U024BE7LH&gt;');
    expect(messageText(message)).toContain('R&amp;D &lt;Unit&gt;');
    expect(messageText(message)).toContain('where was &lt;!channel&gt; &amp; co');
    expect(message.text).toBe('fallback &lt;!channel&gt; &amp; more');
    expectWithinSlackLimits(message);
  });

  it('links the title to an http(s) news post only', () => {
    const linked = renderAnswer(makeAnswer({ events: [makeEvent({ source: 'https://iisg.info/news/a?x=1&y=2' })] }));
    expect(messageText(linked)).toContain('*<https://iisg.info/news/a?x=1&amp;y=2|IISG Board Meeting held in Tivat>*');
    const unlinked = renderAnswer(makeAnswer({ events: [makeEvent({ source: 'javascript:alert(1)' })] }));
    expect(messageText(unlinked)).toContain('*IISG Board Meeting held in Tivat*');
    expect(messageText(unlinked)).not.toContain('javascript');
  });

  it('lists the people named for "who" questions', () => {
    const message = renderAnswer(makeAnswer({ people: [{ name: 'Agron Sojati', events: 4 }, { name: 'Majlinda Bregu', events: 1 }] }));
    expect(messageText(message)).toContain('• Agron Sojati — 4 events');
    expect(messageText(message)).toContain('• Majlinda Bregu — 1 event');
  });

  it('shows notes when nothing matched', () => {
    const message = renderAnswer(makeAnswer({ events: [], count: 0, headline: 'No events', notes: ['Nothing in 2031; the latest event is from 2024.'] }));
    expect(messageText(message)).toContain('Nothing in 2031; the latest event is from 2024.');
    expectWithinSlackLimits(message);
  });

  it('stays within Block Kit limits when every string is enormous', () => {
    const huge = 'x'.repeat(5000);
    const events = manyEvents(12).map((event) => ({ ...event, title: `${huge} & ${huge}`, people: Array.from({ length: 400 }, (_u, n) => `Person Number ${n}`) }));
    const message = renderAnswer(
      makeAnswer({ events, understood: huge, headline: huge, notes: Array.from({ length: 200 }, () => 'a note & <more>'), people: Array.from({ length: 80 }, (_u, n) => ({ name: `${huge}${n}`, events: n })), text: huge.repeat(20) }),
      { echoQuestion: huge },
    );
    expectWithinSlackLimits(message);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('a record answer', () => {
  it('"tell me about the Budva workshop" renders the event\'s whole record', async () => {
    const { loadEngine } = await import('../../adapters/data/load-dataset.js');
    const answer = loadEngine().ask('tell me about the Budva workshop', new Date('2026-12-01T12:00:00Z'));
    const text = messageText(renderAnswer(answer));
    expect(text).toContain('Understood:');
    expect(text).toContain('Strong Cities Network');
    expect(text).toMatch(/Agron Sojati \(moderator of a panel on developing strategies/);
  });
});

describe('an answer in the language of the question', () => {
  it('keeps the core\'s understood line and first line in that language', async () => {
    const { loadEngine } = await import('../../adapters/data/load-dataset.js');
    const answer = loadEngine().ask('događaji u Crnoj Gori', new Date('2026-12-01T12:00:00Z'));
    const text = messageText(renderAnswer(answer));
    expect(text).toContain('Razumijem:');
    expect(text).not.toContain('Understood:');
  });
});
