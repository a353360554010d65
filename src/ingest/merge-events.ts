// Merges one freshly extracted event into the dataset's copy: a field still holding what ingest last wrote
// takes the new extraction; a field that differs was edited by hand and is kept (and reported as kept).
import type { EventRecord } from '../dataset/event-schema.js';
import type { MergedField, RememberedEvent } from './ingest-memory.js';
import { MERGED_FIELDS } from './ingest-memory.js';

/** Fields that only make sense together: a hand-corrected start keeps its end, a corrected city its country. */
const PAIRED: readonly (readonly MergedField[])[] = [['start', 'end'], ['city', 'country']];
const FIELD_GROUPS: readonly (readonly MergedField[])[] = [...PAIRED, ...MERGED_FIELDS.filter((field) => !PAIRED.flat().includes(field)).map((field) => [field])];

export interface KeptHandEdit {
  field: MergedField;
  /** The value in the dataset, kept. */
  kept: unknown;
  /** What ingest extracted now and did not write. */
  extracted: unknown;
}

export interface MergedEvent {
  event: EventRecord;
  updated: MergedField[];
  keptHandEdits: KeptHandEdit[];
}

/**
 * `remembered` is what ingest last wrote for this event; without it (a hand-made event) every field that
 * differs from the extraction is treated as a hand edit.
 */
export function mergeEvent(existing: EventRecord, extracted: EventRecord, remembered: RememberedEvent | undefined): MergedEvent {
  const event = { ...existing };
  const updated: MergedField[] = [];
  const keptHandEdits: KeptHandEdit[] = [];
  const differs = (field: MergedField) => !sameValue(existing[field], extracted[field]);
  const editedByHand = (field: MergedField) => (remembered ? !sameValue(existing[field], remembered[field]) : differs(field));
  for (const group of FIELD_GROUPS) {
    const changed = group.filter(differs);
    if (changed.length === 0) continue;
    if (group.some(editedByHand)) {
      for (const field of changed) keptHandEdits.push({ field, kept: existing[field], extracted: extracted[field] });
    } else {
      for (const field of changed) (event as Record<MergedField, unknown>)[field] = extracted[field];
      updated.push(...changed);
    }
  }
  return { event, updated, keptHandEdits };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
