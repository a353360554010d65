// Are the slash commands Discord has the ones this version would deploy? Compared on what users see
// and what the bot relies on (names, descriptions, options, permissions), not on ids and versions,
// with Discord's defaults (required: false, no choices) counted as absent.

export interface CommandDifference {
  /** Local commands Discord does not have. */
  missing: string[];
  /** Commands Discord has that this version does not define. */
  extra: string[];
  /** Commands on both sides whose definitions differ. */
  changed: string[];
}

const OPTION_FIELDS = [
  'type',
  'name',
  'description',
  'required',
  'autocomplete',
  'choices',
  'min_value',
  'max_value',
  'min_length',
  'max_length',
  'channel_types',
  'options',
] as const;
const COMMAND_FIELDS = ['name', 'description', 'options', 'default_member_permissions', 'nsfw'] as const;

export function compareCommands(local: readonly unknown[], deployed: readonly unknown[]): CommandDifference {
  const byName = (list: readonly unknown[]) =>
    new Map(list.map((command) => [String((command as { name?: unknown }).name), normalise(command, COMMAND_FIELDS)]));
  const want = byName(local);
  const have = byName(deployed);
  return {
    missing: [...want.keys()].filter((name) => !have.has(name)),
    extra: [...have.keys()].filter((name) => !want.has(name)),
    changed: [...want.keys()].filter(
      (name) => have.has(name) && JSON.stringify(want.get(name)) !== JSON.stringify(have.get(name)),
    ),
  };
}

function normalise(value: unknown, fields: readonly string[]): Record<string, unknown> {
  const source = (value ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    let item = source[field];
    if (field === 'options' && Array.isArray(item)) item = item.map((option) => normalise(option, OPTION_FIELDS));
    if (field === 'choices' && Array.isArray(item)) item = item.map((choice) => normalise(choice, ['name', 'value']));
    if (item === undefined || item === null || item === false || (Array.isArray(item) && item.length === 0)) continue;
    result[field] = item;
  }
  return result;
}
