// The only door adapters use into the core.
export { createEngine } from './engine.js';
export { emptyInterpretation } from './answer/answer.js';
export type { ConversationState } from './conversation/conversation-state.js';
export type { Engine, DatasetInput } from './engine.js';
export type { Answer, AnswerGroup, Interpretation, PersonMention } from './answer/answer.js';
export type { Intent, DayRange, Query, Exclusion, Anchor, Order, Aggregate, Dimension, DurationFilter } from './query/query.js';
export { EventSchema, IsoDaySchema } from './dataset/event-schema.js';
export { compareEvents, sortEvents } from './dataset/event-order.js';
export type { EventRecord, EventRole, RoleKind } from './dataset/event-schema.js';
export { ROLE_KINDS, RoleSchema } from './dataset/event-schema.js';
export type { Synonym } from './dataset/synonym-schema.js';
export { VocabularySchema } from './dataset/vocabulary-schema.js';
export type { Vocabulary, Person, City, Country, Region, Organisation, EventKind } from './dataset/vocabulary-schema.js';
export { DatasetError } from './dataset/dataset-error.js';
export { formatDays, formatPlace, formatRange } from './answer/format-event.js';
export { EXAMPLE_QUESTIONS, HELP_TEXT } from './answer/help-text.js';
export * from './digest/index.js';
export * from './ingest/index.js';
