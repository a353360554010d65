// The digest form `/iisg digest` opens (and the Home tab's "New digest"): channel, weekly or monthly, day,
// time, time zone, filter and quiet, with the configured defaults filled in. Reading it back turns the form
// into the same options the text grammar gives, so both share every check and message.
import type { DigestDefaults } from '../digest/digest-config.js';
import type { SubscribeOptions } from '../digest/parse-digest-command.js';
import { weekdayName } from '../digest/schedule-terms.js';
import type { SlackBlock } from './slack-message.js';
import { contextBlock } from './render-answer.js';
import { SLACK_MANAGERS_TEXT } from './slack-digest-access.js';

export const DIGEST_FORM_ID = 'iisg_digest_form';

export const FORM_BLOCK = {
  channel: 'channel',
  cadence: 'cadence',
  day: 'day',
  time: 'time',
  timeZone: 'time_zone',
  filter: 'filter',
  quiet: 'quiet',
} as const;

/** What the form remembers between opening and submitting (private_metadata, 3000 characters). */
export interface DigestFormState {
  teamId: string;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text });

export function renderDigestForm(defaults: DigestDefaults, state: DigestFormState, channelId?: string) {
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    text: plain(weekdayName(day)),
    value: weekdayName(day).toLowerCase(),
  }));
  const monthDays = Array.from({ length: 28 }, (_unused, n) => ({
    text: plain(`Day ${n + 1} of the month`),
    value: String(n + 1),
  }));
  const blocks: SlackBlock[] = [
    {
      type: 'input',
      block_id: FORM_BLOCK.channel,
      label: plain('Channel'),
      element: {
        type: 'conversations_select',
        action_id: FORM_BLOCK.channel,
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(channelId ? { initial_conversation: channelId } : {}),
      },
      hint: plain('The bot must be in the channel to post there (/invite @iisg-bot).'),
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.cadence,
      label: plain('How often'),
      element: {
        type: 'radio_buttons',
        action_id: FORM_BLOCK.cadence,
        initial_option: { text: plain('Weekly (the last Monday-to-Sunday week)'), value: 'weekly' },
        options: [
          { text: plain('Weekly (the last Monday-to-Sunday week)'), value: 'weekly' },
          { text: plain('Monthly (the last calendar month)'), value: 'monthly' },
        ],
      },
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.day,
      optional: true,
      label: plain('Day'),
      element: {
        type: 'static_select',
        action_id: FORM_BLOCK.day,
        placeholder: plain(`Default: ${weekdayName(defaults.weekday)} / day ${defaults.monthDay}`),
        option_groups: [
          { label: plain('Weekly digests'), options: weekdays },
          { label: plain('Monthly digests'), options: monthDays },
        ],
      },
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.time,
      optional: true,
      label: plain('Time'),
      element: { type: 'timepicker', action_id: FORM_BLOCK.time, initial_time: defaults.time },
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.timeZone,
      optional: true,
      label: plain('Time zone'),
      element: {
        type: 'plain_text_input',
        action_id: FORM_BLOCK.timeZone,
        initial_value: defaults.timeZone,
        max_length: 64,
      },
      hint: plain('An IANA zone, e.g. Europe/Tirane or America/New_York.'),
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.filter,
      optional: true,
      label: plain('Only events about'),
      element: {
        type: 'plain_text_input',
        action_id: FORM_BLOCK.filter,
        max_length: 100,
        placeholder: plain('a person, place or topic, e.g. Montenegro'),
      },
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.quiet,
      optional: true,
      label: plain('Empty periods'),
      element: {
        type: 'checkboxes',
        action_id: FORM_BLOCK.quiet,
        options: [{ text: plain('Post even when a period had nothing'), value: 'quiet' }],
      },
    },
    contextBlock(`Only ${SLACK_MANAGERS_TEXT} can add digests.`),
  ];
  return {
    type: 'modal' as const,
    callback_id: DIGEST_FORM_ID,
    private_metadata: JSON.stringify(state),
    title: plain('New digest'),
    submit: plain('Subscribe'),
    close: plain('Cancel'),
    blocks,
  };
}

/** A form's answer after submission: a small modal saying what happened. */
export function renderFormDone(text: string) {
  return {
    type: 'modal' as const,
    title: plain('Digest'),
    close: plain('Done'),
    blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }],
  };
}

interface StateValue {
  selected_conversation?: string | null;
  selected_option?: { value?: string } | null;
  selected_time?: string | null;
  value?: string | null;
  selected_options?: Array<{ value?: string }>;
}

export interface ReadForm {
  channelId: string | null;
  options: SubscribeOptions;
}

export function readDigestForm(values: Record<string, Record<string, StateValue>>): ReadForm {
  const field = (block: string) => values[block]?.[block];
  return {
    channelId: field(FORM_BLOCK.channel)?.selected_conversation ?? null,
    options: {
      cadence: field(FORM_BLOCK.cadence)?.selected_option?.value ?? 'weekly',
      on: field(FORM_BLOCK.day)?.selected_option?.value ?? null,
      at: field(FORM_BLOCK.time)?.selected_time ?? null,
      tz: field(FORM_BLOCK.timeZone)?.value ?? null,
      filter: field(FORM_BLOCK.filter)?.value ?? null,
      quiet: (field(FORM_BLOCK.quiet)?.selected_options ?? []).some((option) => option.value === 'quiet'),
    },
  };
}
