// Liveness and readiness of the running bot. Alive: the process answers at all. Ready: every part that
// registered a check says so (dataset loaded, platforms connected, database answering, scheduler awake).
// At shutdown readiness turns false before anything else stops, so a balancer or supervisor stops
// sending work while the rest drains.

/** One part's state; `ok` decides readiness, the other fields are shown as they are. */
export interface ComponentStatus {
  ok: boolean;
  [detail: string]: unknown;
}

export type HealthCheck = () => ComponentStatus;

export interface Liveness {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
}

export interface Readiness {
  ready: boolean;
  stopping: boolean;
  checks: Record<string, ComponentStatus>;
}

export interface Health {
  /** Adds (or replaces) the check called `name`; checks run at every /readyz, so they must be cheap. */
  addCheck(name: string, check: HealthCheck): void;
  /** From now on the bot is not ready, whatever the checks say. */
  markStopping(): void;
  liveness(): Liveness;
  readiness(): Readiness;
}

export function createHealth(build: { version: string }, now: () => number = () => performance.now()): Health {
  const started = now();
  const checks = new Map<string, HealthCheck>();
  let stopping = false;
  return {
    addCheck: (name, check) => void checks.set(name, check),
    markStopping: () => void (stopping = true),
    liveness: () => ({ status: 'ok', version: build.version, uptimeSeconds: Math.round((now() - started) / 1000) }),
    readiness() {
      const results: Record<string, ComponentStatus> = {};
      for (const [name, check] of checks) results[name] = runCheck(check);
      const ready = !stopping && checks.size > 0 && Object.values(results).every((result) => result.ok);
      return { ready, stopping, checks: results };
    },
  };
}

function runCheck(check: HealthCheck): ComponentStatus {
  try {
    return check();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
