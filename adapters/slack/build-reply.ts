// One request in, one Slack message out: the same routing for `/iisg`, mentions and DMs. The engine is
// fetched per request (it may be swapped when the dataset changes); digests are plugged in from outside.
import type { BotContext } from '../bot-context.js';
import { fitMessage } from './block-limits.js';
import { parseRequest } from './parse-request.js';
import { renderAnswer } from './render-answer.js';
import { renderHelp, renderNotice } from './render-help.js';
import type { SlackMessage } from './slack-message.js';

/** Where a request came from; passed to the digest handler so it can subscribe the right channel. */
export interface SlackWhere {
  source: 'command' | 'mention' | 'dm';
  channelId: string;
  userId: string;
  teamId: string | undefined;
}

/**
 * Handles `/iisg digest <args>`. A string reply is plain text (escaped here); a SlackMessage is posted
 * as given, after the Block Kit limits are applied.
 */
export type DigestHandler = (args: string, where: SlackWhere) => Promise<string | SlackMessage>;

export interface ReplyDeps {
  context: Pick<BotContext, 'engine' | 'now'>;
  command: string;
  digest: DigestHandler | undefined;
}

export const DIGESTS_NOT_SET_UP = 'Digests are not set up on this bot yet.';

export async function buildReply(text: string, where: SlackWhere, deps: ReplyDeps): Promise<SlackMessage> {
  const request = parseRequest(text, deps.command);
  switch (request.kind) {
    case 'help':
      return renderHelp({ command: deps.command, digests: deps.digest !== undefined });
    case 'invalid':
      return renderNotice(request.message);
    case 'recent':
      return renderAnswer(deps.context.engine().recent(request.count, deps.context.now()));
    case 'ask': {
      const answer = deps.context.engine().ask(request.question, deps.context.now());
      return renderAnswer(answer, where.source === 'command' ? { echoQuestion: request.question } : {});
    }
    case 'digest': {
      if (!deps.digest) return renderNotice(DIGESTS_NOT_SET_UP);
      const reply = await deps.digest(request.args, where);
      return typeof reply === 'string' ? renderNotice(reply) : fitMessage(reply);
    }
  }
}
