// What the bot can do, with questions that work: shown for "help", an empty question, and by every adapter.
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'where was Sojati in 2023',
  'what happened in May 2022',
  'events in Montenegro',
  'last 5 events',
  'how many events in 2022',
  'who did Sojati meet in Moldova',
  'when was the Ohrid conference',
  'workshops since 2022',
  'anything about drug trafficking',
  'events between March and May 2022',
];

export const HELP_TEXT = [
  'I answer questions about the activities of the IISG Secretariat: who went where, when, and what happened.',
  'Ask about people (Sojati, "Head of Secretariat"), places (cities, countries, "Western Balkans"), organisations (UNODC, OSCE, RCC), kinds (workshop, conference) and dates (2023, May 2022, Q4 2023, "since March 2022", "last year", "between X and Y"), or any words from the posts.',
  'Examples:',
  ...EXAMPLE_QUESTIONS.map((question) => `  • ${question}`),
].join('\n');
