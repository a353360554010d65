// The CLI's JSON contract for one answer (one object per line): other tools and checks rely on its shape.
import type { Answer, EventRecord } from '../../src/index.js';

export function eventJson(event: EventRecord) {
  const { id, title, start, end, city, country, people, organisers, topics, summary, source } = event;
  return { id, title, start, end, city, country, people, organisers, topics, summary, source };
}

export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    interpretation: answer.interpretation,
    count: answer.count,
    events: answer.events.map(eventJson),
    people: answer.people,
    groups: answer.groups,
    verdict: answer.verdict,
    followUp: answer.followUp,
    notes: answer.notes,
    text: answer.text,
  };
}
