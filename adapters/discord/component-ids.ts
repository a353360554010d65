// The custom_id of the bot's buttons and select menus (at most 100 characters): what the component does and
// the key of the answer it belongs to (the answer itself stays in the bot's memory, see answer-keys).
//   iisg:v:<key>:<view>   show a view of the answer (a page, a count's events, a group's events)
//   iisg:d:<key>          details of the event picked in the select menu
//   iisg:g:<key>          the events of the group picked in the select menu
import type { AnswerView } from '../interactive/paging.js';

export type ComponentAction =
  | { kind: 'view'; key: string; view: AnswerView }
  | { kind: 'details'; key: string }
  | { kind: 'group'; key: string };

const KEY = '[A-Za-z0-9_-]{1,20}';

export function viewId(key: string, view: AnswerView): string {
  const target =
    view.kind === 'group' ? `g${view.group}.${view.page}` : `${view.kind === 'answer' ? 'a' : 'e'}${view.page}`;
  return `iisg:v:${key}:${target}`;
}

export const detailsId = (key: string) => `iisg:d:${key}`;
export const groupId = (key: string) => `iisg:g:${key}`;

/** The action a custom_id names, or null for one this bot did not make (or an older version did). */
export function readComponentId(customId: string): ComponentAction | null {
  const view = new RegExp(`^iisg:v:(${KEY}):(?:([ae])(\\d{1,3})|g(\\d{1,4})\\.(\\d{1,3}))$`).exec(customId);
  if (view) {
    const key = view[1]!;
    if (view[2])
      return { kind: 'view', key, view: { kind: view[2] === 'a' ? 'answer' : 'events', page: Number(view[3]) } };
    return { kind: 'view', key, view: { kind: 'group', group: Number(view[4]), page: Number(view[5]) } };
  }
  const other = new RegExp(`^iisg:([dg]):(${KEY})$`).exec(customId);
  if (other) return { kind: other[1] === 'd' ? 'details' : 'group', key: other[2]! };
  return null;
}
