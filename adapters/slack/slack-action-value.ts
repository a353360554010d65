// What a Slack button carries in its `value` (at most 2000 characters): the answer it belongs to (the
// question, the conversation before it, the day and the dataset fingerprint, or a short key when that does
// not fit) and the view it shows; or the id of an event to open. Values coming back are checked, never
// trusted: anything unreadable decodes to null and is answered with a short note.
import { z } from 'zod';
import type { Answer, EventRecord } from '../../src/index.js';
import type { AnswerKeys } from '../interactive/answer-keys.js';
import type { AnswerRef } from '../interactive/answer-ref.js';
import { replaysWithoutShown } from '../interactive/answer-ref.js';
import type { AnswerView } from '../interactive/paging.js';
import type { SlackAnswerControls } from './render-answer.js';

export const SLACK_VALUE_MAX = 2000;

const InlineRefSchema = z.object({
  q: z.string().max(2000),
  b: z
    .object({ q: z.array(z.string().max(2000)).max(20), f: z.array(z.string().max(300)).max(50).nullable() })
    .optional(),
  n: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  d: z.string().max(40),
  x: z.literal(1).optional(),
  s: z.string().max(100).optional(),
});

const ViewValueSchema = z.object({
  v: z.literal(1),
  w: z.string().regex(/^(?:a\d{1,3}|e\d{1,3}|g\d{1,4}\.\d{1,3})$/),
  r: InlineRefSchema.optional(),
  k: z.string().max(20).optional(),
});
const DetailsValueSchema = z.object({ v: z.literal(1), e: z.string().min(1).max(300) });

export type ViewValue = { view: AnswerView } & ({ ref: AnswerRef } | { key: string });

/** The controls of one answer: button values that replay it inline when they can, else through a key. */
export function createSlackControls(ref: AnswerRef, answer: Answer, keys: AnswerKeys): SlackAnswerControls {
  const inline = replaysWithoutShown(ref, answer) ? JSON.stringify(toInline(ref)) : null;
  let key: string | undefined;
  // Room for the view and the wrapper; anything longer goes behind a key.
  const holder = inline !== null && inline.length <= SLACK_VALUE_MAX - 40 ? `"r":${inline}` : null;
  const refPart = () => holder ?? `"k":${JSON.stringify((key ??= keys.keep(ref)))}`;
  const view = (target: AnswerView) => `{"v":1,"w":"${encodeView(target)}",${refPart()}}`;
  return {
    view,
    ...(ref.private ? { share: view } : {}),
    details: (event: EventRecord) => JSON.stringify({ v: 1, e: event.id }),
  };
}

export function decodeViewValue(value: string | undefined): ViewValue | null {
  const parsed = ViewValueSchema.safeParse(parseJson(value));
  if (!parsed.success) return null;
  const view = decodeView(parsed.data.w);
  if (!view) return null;
  if (parsed.data.r) return { view, ref: fromInline(parsed.data.r) };
  return parsed.data.k ? { view, key: parsed.data.k } : null;
}

export function decodeDetailsValue(value: string | undefined): string | null {
  const parsed = DetailsValueSchema.safeParse(parseJson(value));
  return parsed.success ? parsed.data.e : null;
}

function toInline(ref: AnswerRef): z.infer<typeof InlineRefSchema> {
  return {
    q: ref.question,
    ...(ref.before ? { b: { q: ref.before.questions, f: ref.before.focus } } : {}),
    n: ref.day,
    d: ref.fingerprint,
    ...(ref.private ? { x: 1 as const } : {}),
    ...(ref.sharedBy ? { s: ref.sharedBy } : {}),
  };
}

function fromInline(inline: z.infer<typeof InlineRefSchema>): AnswerRef {
  return {
    question: inline.q,
    // Replays that need no list of shown events (checked when the value was made).
    before: inline.b ? { questions: inline.b.q, shown: [], focus: inline.b.f } : null,
    day: inline.n,
    fingerprint: inline.d,
    private: inline.x === 1,
    ...(inline.s ? { sharedBy: inline.s } : {}),
  };
}

export function encodeView(view: AnswerView): string {
  if (view.kind === 'group') return `g${view.group}.${view.page}`;
  return `${view.kind === 'answer' ? 'a' : 'e'}${view.page}`;
}

export function decodeView(text: string): AnswerView | null {
  const match = /^(?:([ae])(\d{1,3})|g(\d{1,4})\.(\d{1,3}))$/.exec(text);
  if (!match) return null;
  if (match[1]) return { kind: match[1] === 'a' ? 'answer' : 'events', page: Number(match[2]) };
  return { kind: 'group', group: Number(match[3]), page: Number(match[4]) };
}

function parseJson(value: string | undefined): unknown {
  if (!value) return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
