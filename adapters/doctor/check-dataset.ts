// The dataset and vocabulary load and validate as they would at start (the message names file, record
// and field when they do not).
import { readAppConfig } from '../config.js';
import { defaultEventsFile, loadEngine } from '../data/load-dataset.js';
import type { DoctorCheck } from './doctor-check.js';
import { fail, ok, reasonOf, warn } from './doctor-check.js';

export const checkDataset: DoctorCheck = {
  name: 'dataset',
  async run({ env }) {
    let file = defaultEventsFile();
    try {
      file = readAppConfig(env).IISG_DATA_FILE ?? file;
      const { events } = loadEngine({ eventsFile: file });
      if (events.length === 0) return warn(`${file}: valid but empty: every answer will be empty`);
      const first = events[0]!.start;
      const last = events.reduce((latest, event) => (event.end > latest ? event.end : latest), first);
      return ok(`${file}: ${events.length} events, ${first} to ${last}`);
    } catch (error) {
      return fail(reasonOf(error));
    }
  },
};
