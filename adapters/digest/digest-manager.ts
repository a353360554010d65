// Subscription management, platform-neutral: Slack's `/iisg digest ...` and Discord's digest command both
// hand over the command and who/where it came from, and render the reply. Who may manage is decided by
// the platform adapter (it knows admins and permissions) and passed in as `canManage`.
import type { Engine } from '../../src/index.js';
import { formatPeriod, localDayOf } from '../../src/index.js';
import type { DigestStore } from '../store/digest-store.js';
import type { Subscription } from '../store/subscription-store.js';
import type { DigestDefaults } from './digest-config.js';
import { checkFilter } from './digest-filter.js';
import type { DigestCommand, SubscribeCommand } from './parse-digest-command.js';
import { DIGEST_USAGE, isManaging, parseDigestCommand } from './parse-digest-command.js';
import type { DigestPreview } from './preview-digest.js';
import { previewDigest } from './preview-digest.js';
import { channelLabel, describeNext, describeSchedule, describeSubscription } from './describe-subscription.js';
import { saveSubscription } from './save-subscription.js';
import { weekdayName } from './schedule-terms.js';

export interface DigestManagerDeps {
  store: DigestStore;
  engine: () => Engine;
  now: () => Date;
  defaults: DigestDefaults;
  /** Wakes the scheduler after a change (absent when none runs). */
  onChange?: () => void;
}

export interface DigestRequest {
  platform: string;
  /** Slack team id / Discord guild id. */
  workspaceId: string;
  channelId: string;
  channelName: string | null;
  userId: string;
  canManage: boolean;
  /** Who may manage subscriptions here, in this platform's words (for the refusal). */
  managers: string;
}

export interface DigestReply {
  ok: boolean;
  /** Plain text (no markup): adapters escape and lay it out. */
  text: string;
  preview?: DigestPreview;
}

export interface DigestManager {
  handle(text: string, request: DigestRequest): DigestReply;
  run(command: DigestCommand, request: DigestRequest): DigestReply;
  /** The subscriptions of a workspace, for lists with buttons (Slack's Home tab). */
  subscriptions(platform: string, workspaceId: string): Subscription[];
}

export function createDigestManager(deps: DigestManagerDeps): DigestManager {
  const { store } = deps;
  const changed = () => deps.onChange?.();
  const inScope = (request: DigestRequest) => store.subscriptions.listIn(request.platform, request.workspaceId);
  const inChannel = (request: DigestRequest) => inScope(request).filter((s) => s.channelId === request.channelId);

  function subscribe(command: SubscribeCommand, request: DigestRequest): DigestReply {
    const now = deps.now();
    const existing = store.subscriptions.find(request.platform, request.channelId, command.cadence);
    const timeZone = command.timeZone ?? existing?.timeZone ?? deps.defaults.timeZone;
    let filter: string | null = null;
    let filterNote = '';
    if (command.filter) {
      const checked = checkFilter(deps.engine(), command.filter, now);
      if (!checked.ok) return { ok: false, text: checked.message };
      filter = checked.value.text;
      filterNote = `\nFilter: ${checked.value.understood} (${checked.value.matches} matching event${checked.value.matches === 1 ? '' : 's'} so far).`;
    }
    const { subscription, created } = saveSubscription(
      store.subscriptions,
      deps.engine().events,
      {
        platform: request.platform,
        workspaceId: request.workspaceId,
        channelId: request.channelId,
        channelName: request.channelName,
        cadence: command.cadence,
        day:
          command.day ??
          existing?.day ??
          (command.cadence === 'weekly' ? deps.defaults.weekday : deps.defaults.monthDay),
        time: command.time ?? existing?.time ?? deps.defaults.time,
        timeZone,
        filter,
        quiet: command.quiet,
        createdBy: request.userId,
      },
      now,
    );
    changed();
    const verb = created ? 'Subscribed' : 'Updated';
    const empty = subscription.quiet
      ? 'Empty periods are posted too (quiet).'
      : 'Periods with nothing to report post nothing (add `quiet` to post them anyway).';
    return {
      ok: true,
      text: `${verb}: ${channelLabel(subscription)} gets the ${describeSchedule(subscription)}, #${subscription.id}.\n${capitalise(describeNext(subscription, now))}.${filterNote}\n${empty}`,
    };
  }

  function unsubscribe(command: Extract<DigestCommand, { kind: 'unsubscribe' }>, request: DigestRequest): DigestReply {
    const targets =
      command.id !== null
        ? inScope(request).filter((s) => s.id === command.id)
        : inChannel(request).filter((s) => !command.cadence || s.cadence === command.cadence);
    if (targets.length === 0) {
      const what =
        command.id !== null
          ? `no subscription #${command.id} in this workspace`
          : `this channel has no ${command.cadence ?? 'digest'} subscription`;
      return { ok: false, text: `Nothing to unsubscribe: ${what}. \`list\` shows this workspace's subscriptions.` };
    }
    for (const subscription of targets) store.subscriptions.remove(subscription.id);
    changed();
    return {
      ok: true,
      text: targets.map((s) => `Unsubscribed ${channelLabel(s)} from the ${s.cadence} digest (#${s.id}).`).join('\n'),
    };
  }

  function list(request: DigestRequest): DigestReply {
    const subscriptions = inScope(request);
    if (subscriptions.length === 0)
      return {
        ok: true,
        text: `No digest subscriptions in this workspace yet. To add one: \`subscribe weekly\` (defaults: ${defaultsText(deps.defaults)}).`,
      };
    const now = deps.now();
    const lines = subscriptions.flatMap((s) => describeSubscription(s, store.deliveries.list(s.id), now));
    return { ok: true, text: [`Digest subscriptions (${subscriptions.length}):`, ...lines].join('\n') };
  }

  function preview(command: Extract<DigestCommand, { kind: 'preview' }>, request: DigestRequest): DigestReply {
    const here = inChannel(request);
    const subscription: Subscription | undefined = command.cadence
      ? here.find((s) => s.cadence === command.cadence)
      : here[0];
    const cadence = command.cadence ?? subscription?.cadence ?? 'weekly';
    const timeZone = subscription?.timeZone ?? deps.defaults.timeZone;
    const result = previewDigest(deps.engine(), {
      cadence,
      today: localDayOf(deps.now(), timeZone),
      filter: subscription?.filter ?? null,
    });
    if (!result.ok) return { ok: false, text: result.message };
    const whose = subscription ? `this channel's subscription (#${subscription.id})` : 'a new subscription';
    return {
      ok: true,
      text: `Preview for ${whose}: the last complete ${cadence === 'weekly' ? 'week' : 'month'}, ${formatPeriod(result.value.period)}. Nothing is recorded; scheduled digests also add events new to the channel.\n\n${result.value.view.text}`,
      preview: result.value,
    };
  }

  function resume(command: Extract<DigestCommand, { kind: 'resume' }>, request: DigestRequest): DigestReply {
    const candidates = command.id !== null ? inScope(request).filter((s) => s.id === command.id) : inChannel(request);
    const paused = candidates.filter((s) => s.pausedReason);
    if (paused.length === 0) {
      const what =
        command.id !== null
          ? candidates.length
            ? `#${command.id} is not paused`
            : `no subscription #${command.id} in this workspace`
          : 'no paused subscription in this channel';
      return { ok: false, text: `Nothing to resume: ${what}. \`list\` shows each subscription's state.` };
    }
    for (const subscription of paused) store.subscriptions.resume(subscription.id);
    changed();
    return {
      ok: true,
      text: paused
        .map(
          (s) =>
            `Resumed #${s.id} (${channelLabel(s)}); a digest still owed is posted now, and it is paused again if posting still fails.`,
        )
        .join('\n'),
    };
  }

  function pause(command: Extract<DigestCommand, { kind: 'pause' }>, request: DigestRequest): DigestReply {
    const candidates = command.id !== null ? inScope(request).filter((s) => s.id === command.id) : inChannel(request);
    const running = candidates.filter((s) => !s.pausedReason);
    if (running.length === 0) {
      const what =
        command.id !== null
          ? candidates.length
            ? `#${command.id} is already paused`
            : `no subscription #${command.id} in this workspace`
          : 'no running subscription in this channel';
      return { ok: false, text: `Nothing to pause: ${what}. \`list\` shows each subscription's state.` };
    }
    const now = deps.now();
    for (const subscription of running)
      store.subscriptions.pause(subscription.id, `paused by ${request.userId}`, now, request.userId);
    changed();
    return {
      ok: true,
      text: running
        .map(
          (s) =>
            `Paused #${s.id} (${channelLabel(s)}); nothing is posted until someone resumes it (\`resume ${s.id}\`).`,
        )
        .join('\n'),
    };
  }

  function run(command: DigestCommand, request: DigestRequest): DigestReply {
    if (isManaging(command) && !request.canManage) {
      return {
        ok: false,
        text: `Only ${request.managers} can change digest subscriptions. \`list\` and \`preview\` are open to everyone.`,
      };
    }
    switch (command.kind) {
      case 'subscribe':
        return subscribe(command, request);
      case 'unsubscribe':
        return unsubscribe(command, request);
      case 'list':
        return list(request);
      case 'preview':
        return preview(command, request);
      case 'resume':
        return resume(command, request);
      case 'pause':
        return pause(command, request);
      case 'help':
        return {
          ok: true,
          text: `Digest commands:\n${DIGEST_USAGE}\nDefaults: ${defaultsText(deps.defaults)}. Only ${request.managers} can subscribe, unsubscribe, pause or resume.`,
        };
    }
  }

  return {
    run,
    subscriptions: (platform, workspaceId) => store.subscriptions.listIn(platform, workspaceId),
    handle(text, request) {
      const parsed = parseDigestCommand(text);
      return parsed.ok ? run(parsed.value, request) : { ok: false, text: parsed.message };
    },
  };
}

function defaultsText(defaults: DigestDefaults): string {
  return `weekly on ${weekdayName(defaults.weekday)}s, monthly on day ${defaults.monthDay}, at ${defaults.time} (${defaults.timeZone})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
