// Which request a log line belongs to, without passing a logger through every call: the platform adapters
// run each incoming request inside a scope (channel, request or interaction id), and every line logged
// while it is handled, by our code or by a library logging through us, carries those fields.
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestFields = Record<string, string | number | undefined>;

const scope = new AsyncLocalStorage<RequestFields>();

/** Runs `work` with `fields` added to every log line written inside it (nested scopes add to outer ones). */
export function runInRequestScope<T>(fields: RequestFields, work: () => T): T {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));
  return scope.run({ ...scope.getStore(), ...defined }, work);
}

/** The fields of the request being handled, or an empty object outside any request. */
export function currentRequestFields(): RequestFields {
  return scope.getStore() ?? {};
}
