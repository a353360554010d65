// The /iisg command: ask, recent, where, events and help, with autocomplete of people and places.
// Subcommands with options become a question for the engine, so every answer is the console's answer.
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../../bot-context.js';
import type { DiscordCommand } from '../discord-command.js';
import { DISCORD_LIMITS, truncate } from '../discord-limits.js';
import type { DiscordReply } from '../discord-reply.js';
import { MAX_EVENTS_SHOWN, renderAnswer } from '../render/render-answer.js';
import { renderBadOption, renderUnknownName } from '../render/render-notice.js';
import { cleanOption, placeQuestion, whereQuestion } from './build-question.js';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const DEFAULT_RECENT = 5;
const MAX_QUESTION = 300;
const MAX_NAME = 100;
const SUGGESTIONS = 5;

const data = new SlashCommandBuilder()
  .setName('iisg')
  .setDescription('Ask about the activities of the IISG Secretariat')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addSubcommand((sub) =>
    sub
      .setName('ask')
      .setDescription('Ask any question, e.g. "where was Sojati in 2023"')
      .addStringOption((option) => option.setName('question').setDescription('Your question in plain English').setRequired(true).setMaxLength(MAX_QUESTION)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('recent')
      .setDescription('The latest events')
      .addIntegerOption((option) => option.setName('count').setDescription(`How many (1-${MAX_EVENTS_SHOWN}, default ${DEFAULT_RECENT})`).setMinValue(1).setMaxValue(MAX_EVENTS_SHOWN)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('where')
      .setDescription('Where a person was')
      .addStringOption((option) => option.setName('person').setDescription('Start typing a name').setRequired(true).setMaxLength(MAX_NAME).setAutocomplete(true))
      .addIntegerOption((option) => option.setName('year').setDescription('Only this year').setMinValue(MIN_YEAR).setMaxValue(MAX_YEAR)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('events')
      .setDescription('What happened in a country or city')
      .addStringOption((option) => option.setName('place').setDescription('Start typing a place').setRequired(true).setMaxLength(MAX_NAME).setAutocomplete(true))
      .addIntegerOption((option) => option.setName('year').setDescription('Only this year').setMinValue(MIN_YEAR).setMaxValue(MAX_YEAR)),
  )
  .addSubcommand((sub) => sub.setName('help').setDescription('What I can answer, with examples'));

export const iisgCommand: DiscordCommand = {
  data,
  execute(interaction, context) {
    const subcommand = interaction.options.getSubcommand(true);
    switch (subcommand) {
      case 'ask':
        return ask(interaction, context);
      case 'recent':
        return recent(interaction, context);
      case 'where':
        return askAboutName(interaction, context, 'person');
      case 'events':
        return askAboutName(interaction, context, 'place');
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

function ask(interaction: ChatInputCommandInteraction, context: BotContext): DiscordReply {
  const question = cleanOption(interaction.options.getString('question', true), MAX_QUESTION);
  if (!question) return renderBadOption('Write a question after `question:`, e.g. `where was Sojati in 2023`.');
  return renderAnswer(context.engine().ask(question, context.now()));
}

function recent(interaction: ChatInputCommandInteraction, context: BotContext): DiscordReply {
  const count = interaction.options.getInteger('count') ?? DEFAULT_RECENT;
  if (count < 1 || count > MAX_EVENTS_SHOWN) return renderBadOption(`\`count\` must be between 1 and ${MAX_EVENTS_SHOWN}, got ${count}.`);
  return renderAnswer(context.engine().recent(count, context.now()));
}

function askAboutName(interaction: ChatInputCommandInteraction, context: BotContext, kind: 'person' | 'place'): DiscordReply {
  const name = cleanOption(interaction.options.getString(kind, true), MAX_NAME);
  const year = interaction.options.getInteger('year');
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return renderBadOption(`\`year\` must be between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}.`);
  const engine = context.engine();
  const suggest = (value: string) => (kind === 'person' ? engine.completePeople(value, SUGGESTIONS) : engine.completePlaces(value, SUGGESTIONS));
  if (!name) return renderBadOption(`Start typing after \`${kind}:\` and pick a ${kind} from the list, e.g. ${suggest('').slice(0, 3).join(', ')}.`);
  const answer = engine.ask(kind === 'person' ? whereQuestion(name, year) : placeQuestion(name, year), context.now());
  // The typed value may not be one of the autocomplete choices: the engine decides whether it names someone.
  const recognised = kind === 'person' ? answer.interpretation.people : answer.interpretation.places;
  if (recognised.length === 0) return renderUnknownName(kind, name, suggest(name));
  return renderAnswer(answer);
}

function completeFocused(interaction: AutocompleteInteraction, context: BotContext): Array<{ name: string; value: string }> {
  const focused = interaction.options.getFocused(true);
  const prefix = cleanOption(String(focused.value), MAX_NAME);
  const engine = context.engine();
  const names =
    focused.name === 'person'
      ? engine.completePeople(prefix, DISCORD_LIMITS.choices)
      : focused.name === 'place'
        ? engine.completePlaces(prefix, DISCORD_LIMITS.choices)
        : [];
  return names.slice(0, DISCORD_LIMITS.choices).map((name) => ({ name: truncate(name, DISCORD_LIMITS.choiceText), value: name.slice(0, MAX_NAME) }));
}
