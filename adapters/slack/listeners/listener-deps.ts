// What every listener needs besides Bolt's own arguments.
import type { Logger } from '../../log.js';
import type { ReplyDeps, SlackWhere } from '../build-reply.js';
import type { DeliveryDedupe } from '../delivery-dedupe.js';
import type { ResponseUrlOptions } from '../post-to-response-url.js';

export interface ListenerDeps extends ReplyDeps {
  log: Logger;
  dedupe: DeliveryDedupe;
  responseUrl: ResponseUrlOptions;
  /**
   * Runs work after the acknowledgement and lets stop() wait for it. Slash-command answers and message
   * replies queue separately: replies wait on chat.postMessage, commands only on their response URL.
   */
  track(kind: 'command' | 'message', work: () => Promise<void>): Promise<void>;
  /**
   * Opens the digest form for `/iisg digest` with nothing after it; true when it did (nothing else to answer).
   */
  digestForm?: (text: string, triggerId: string, where: SlackWhere) => Promise<boolean>;
}
