// The CLI's JSON contract for one answer (one object per line): other tools and checks rely on its shape.
import type { Answer, EventRecord } from '../../src/index.js';

export function eventJson(event: EventRecord) {
  const { id, title, start, end, city, country, people, organisers } = event;
  return { id, title, start, end, city, country, people, organisers };
}

export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    interpretation: answer.interpretation,
    count: answer.count,
    events: answer.events.map(eventJson),
    people: answer.people,
    notes: answer.notes,
    text: answer.text,
  };
}
