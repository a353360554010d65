// Clicks on the bot's buttons and picks in its menus: the answer is replayed from its key and shown as asked
// (another page, a count's or a group's events) in place with interaction.update, or an event's details
// privately. An expired key, a changed dataset or a component this version did not make gets a short
// private note, never an error.
import { MessageFlags } from 'discord.js';
import type { MessageComponentInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { replayAnswer } from '../interactive/answer-ref.js';
import { BUTTON_NOTES } from '../interactive/button-notes.js';
import { readComponentId } from './component-ids.js';
import type { DiscordInteractive } from './discord-interactive.js';
import { fitContent } from './discord-limits.js';
import { renderAnswer } from './render/render-answer.js';
import { renderEventDetails } from './render/render-details.js';

export async function handleComponent(
  interaction: MessageComponentInteraction,
  context: BotContext,
  interactive: DiscordInteractive,
): Promise<void> {
  const note = (text: string) => interaction.reply({ content: fitContent(text), flags: MessageFlags.Ephemeral });
  const action = readComponentId(interaction.customId);
  if (!action) {
    context.log.warn('discord: unknown component', { customId: interaction.customId, user: interaction.user.id });
    return void (await note(BUTTON_NOTES.unknownAction));
  }
  const ref = interactive.keys.find(action.key);
  if (!ref) return void (await note(BUTTON_NOTES.expired));
  const replayed = replayAnswer(context.engine(), ref);
  if (!replayed.ok) return void (await note(BUTTON_NOTES.stale));
  const { answer } = replayed;
  const picked = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  switch (action.kind) {
    case 'view':
      await interaction.update({ ...renderAnswer(answer, { view: action.view, key: action.key }) });
      return;
    case 'group': {
      const index = Number(picked);
      if (!Number.isInteger(index) || !answer.groups[index]) return void (await note(BUTTON_NOTES.unreadable));
      await interaction.update({
        ...renderAnswer(answer, { view: { kind: 'group', group: index, page: 1 }, key: action.key }),
      });
      return;
    }
    case 'details': {
      const event = picked?.startsWith('#')
        ? answer.events[Number(picked.slice(1))]
        : picked === undefined ? undefined : context.engine().event(picked);
      if (!event) return void (await note(BUTTON_NOTES.unknownEvent));
      await interaction.reply({ ...renderEventDetails(event), flags: MessageFlags.Ephemeral });
    }
  }
}
