// A group's value as the answer's language says it: a month ("May 2022" is "maj 2022."), a year, a kind of
// event. Countries, cities, people, organisations and topics are names, said as the posts write them.
import type { Dimension } from '../query/query.js';
import type { Phrasebook, ReplyKey } from './phrasebook.js';
import { monthNumber } from '../dates/month-names.js';

export function groupValue(by: Dimension, value: string, pb: Phrasebook): string {
  if (by === 'year' && /^\d{4}$/.test(value)) return pb.say('date.year', { year: value });
  if (by === 'kind') return pb.sayIf(`kind.${value}`) ?? value;
  const month = by === 'month' ? /^(\p{L}+) (\d{4})$/u.exec(value) : null;
  const number = month ? monthNumber(month[1]!.toLowerCase()) : undefined;
  if (!month || number === undefined) return value;
  return pb.say('date.month', { month: pb.say(`date.month.${number}` as ReplyKey), year: month[2]! });
}
