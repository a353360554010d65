// The /iisg command: ask, recent, where, events and help, with autocomplete of people and places.
// Subcommands with options become a question for the engine, so every answer is the console's answer.
// One person's commands in one channel are a conversation; `private:true` makes the answer ephemeral.
import { InteractionContextType, SlashCommandBooleanOption, SlashCommandBuilder } from 'discord.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { Answer } from '../../../src/index.js';
import type { BotContext } from '../../bot-context.js';
import type { CommandReply, DiscordCommand } from '../discord-command.js';
import type { Asking, DiscordInteractive } from '../discord-interactive.js';
import { answerWithControls, commandConversation } from '../discord-interactive.js';
import { MAX_LISTED } from '../../interactive/paging.js';
import { DISCORD_LIMITS, truncate } from '../discord-limits.js';
import { renderAnswer } from '../render/render-answer.js';
import { renderBadOption, renderUnknownName } from '../render/render-notice.js';
import { cleanOption, placeQuestion, whereQuestion } from './build-question.js';
import { localizeCommand } from '../command-localizations.js';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const DEFAULT_RECENT = 5;
const MAX_QUESTION = 300;
const MAX_NAME = 100;
const SUGGESTIONS = 5;
const PRIVATE = 'private';

const privateOption = (option: SlashCommandBooleanOption) =>
  option.setName(PRIVATE).setDescription('Only you see the answer (default: everyone in the channel)');

const data = new SlashCommandBuilder()
  .setName('iisg')
  .setDescription('Ask about the activities of the IISG Secretariat')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addSubcommand((sub) =>
    sub
      .setName('ask')
      .setDescription('Ask any question, e.g. "where was Sojati in 2023"')
      .addStringOption((option) =>
        option
          .setName('question')
          .setDescription('Your question, in English or a language of the region')
          .setRequired(true)
          .setMaxLength(MAX_QUESTION),
      )
      .addBooleanOption(privateOption),
  )
  .addSubcommand((sub) =>
    sub
      .setName('recent')
      .setDescription('The latest events')
      .addIntegerOption((option) =>
        option
          .setName('count')
          .setDescription(`How many (1-${MAX_LISTED}, default ${DEFAULT_RECENT}), 10 a page`)
          .setMinValue(1)
          .setMaxValue(MAX_LISTED),
      )
      .addBooleanOption(privateOption),
  )
  .addSubcommand((sub) => lookupSubcommand(sub, 'where', 'Where a person was', 'person', 'Start typing a name'))
  .addSubcommand((sub) => lookupSubcommand(sub, 'events', 'What happened in a country or city', 'place', 'Start typing a place'))
  .addSubcommand((sub) => sub.setName('help').setDescription('What I can answer, with examples'));

/** `/iisg where person:` and `/iisg events place:`: a name to look up (suggested as it is typed), and a year. */
function lookupSubcommand(sub: SlashCommandSubcommandBuilder, name: string, description: string, option: string, hint: string) {
  return sub
    .setName(name)
    .setDescription(description)
    .addStringOption((o) => o.setName(option).setDescription(hint).setRequired(true).setMaxLength(MAX_NAME).setAutocomplete(true))
    .addIntegerOption((o) => o.setName('year').setDescription('Only this year').setMinValue(MIN_YEAR).setMaxValue(MAX_YEAR))
    .addBooleanOption(privateOption);
}

export const iisgCommand: DiscordCommand = {
  data: { name: data.name, toJSON: () => localizeCommand(data.toJSON()) },
  ephemeral: (interaction) => interaction.options.getBoolean(PRIVATE) === true,
  execute(interaction, context, interactive) {
    const subcommand = interaction.options.getSubcommand(true);
    switch (subcommand) {
      case 'ask':
        return ask(interaction, context, interactive);
      case 'recent':
        return recent(interaction, context, interactive);
      case 'where':
        return askAboutName(interaction, context, interactive, 'person');
      case 'events':
        return askAboutName(interaction, context, interactive, 'place');
      case 'help':
        return renderAnswer(context.engine().ask('help', context.now()));
      default:
        // A command deployed by a newer version of the bot than the one running.
        return renderBadOption(`\`/iisg ${subcommand}\` is not known to this version of the bot; try \`/iisg help\`.`);
    }
  },
  async autocomplete(interaction, context) {
    await interaction.respond(completeFocused(interaction, context));
  },
};

/** Asks in the caller's conversation in this channel and keeps what it becomes. */
function answerInConversation(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  interactive: DiscordInteractive,
  ask: Asking,
): CommandReply {
  const key = commandConversation(interaction.guildId, interaction.channelId, interaction.user.id);
  const answered = answerWithControls(
    interactive,
    context,
    ask,
    interactive.conversations.get(key) ?? null,
    interaction.options.getBoolean(PRIVATE) === true,
  );
  interactive.conversations.set(key, answered.conversation);
  return { ...answered.reply, conversation: answered.conversation };
}

function ask(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  interactive: DiscordInteractive,
): CommandReply {
  const question = cleanOption(interaction.options.getString('question', true), MAX_QUESTION);
  if (!question) return renderBadOption('Write a question after `question:`, e.g. `where was Sojati in 2023`.');
  // The member's Discord language settles a question whose words do not say which language it is in.
  return answerInConversation(interaction, context, interactive, (engine, now, before) =>
    engine.ask(question, now, before, { locale: interaction.locale }),
  );
}

function recent(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  interactive: DiscordInteractive,
): CommandReply {
  const count = interaction.options.getInteger('count') ?? DEFAULT_RECENT;
  if (count < 1 || count > MAX_LISTED)
    return renderBadOption(`\`count\` must be between 1 and ${MAX_LISTED}, got ${count}.`);
  return answerInConversation(interaction, context, interactive, (engine, now) => engine.recent(count, now));
}

function askAboutName(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  interactive: DiscordInteractive,
  kind: 'person' | 'place',
): CommandReply {
  const name = cleanOption(interaction.options.getString(kind, true), MAX_NAME);
  const year = interaction.options.getInteger('year');
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR))
    return renderBadOption(`\`year\` must be between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}.`);
  const engine = context.engine();
  const suggest = (value: string) =>
    kind === 'person' ? engine.completePeople(value, SUGGESTIONS) : engine.completePlaces(value, SUGGESTIONS);
  if (!name)
    return renderBadOption(
      `Start typing after \`${kind}:\` and pick a ${kind} from the list, e.g. ${suggest('').slice(0, 3).join(', ')}.`,
    );
  const question = kind === 'person' ? whereQuestion(name, year) : placeQuestion(name, year);
  // The typed value may not be one of the autocomplete choices: the engine decides whether it names someone.
  const recognised = (answer: Answer) =>
    kind === 'person' ? answer.interpretation.people : answer.interpretation.places;
  if (recognised(engine.ask(question, context.now())).length === 0) return renderUnknownName(kind, name, suggest(name));
  // A subcommand names its subject in full: it starts afresh, and what follows builds on it.
  return answerInConversation(interaction, context, interactive, (current, now) => current.ask(question, now));
}

function completeFocused(
  interaction: AutocompleteInteraction,
  context: BotContext,
): Array<{ name: string; value: string }> {
  const focused = interaction.options.getFocused(true);
  const prefix = cleanOption(String(focused.value), MAX_NAME);
  const engine = context.engine();
  const names =
    focused.name === 'person'
      ? engine.completePeople(prefix, DISCORD_LIMITS.choices)
      : focused.name === 'place'
        ? engine.completePlaces(prefix, DISCORD_LIMITS.choices)
        : [];
  return names
    .slice(0, DISCORD_LIMITS.choices)
    .map((name) => ({ name: truncate(name, DISCORD_LIMITS.choiceText), value: name.slice(0, MAX_NAME) }));
}
