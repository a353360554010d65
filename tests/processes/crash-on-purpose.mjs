// `node tests/processes/crash-on-purpose.mjs rejection|exception`: installs the bot's crash handlers (compiled,
// from dist/) and then fails the way a bug in a library would, with nothing to catch it.
const { installCrashHandlers } = await import(new URL('../../dist/adapters/crash-handlers.js', import.meta.url).href);
const { createLogger } = await import(new URL('../../dist/adapters/log.js', import.meta.url).href);

installCrashHandlers(createLogger('iisg', 'error'));
setInterval(() => {}, 1 << 30); // a server would keep the process alive like this
if (process.argv[2] === 'rejection')
  void Promise.reject(new Error('a listener rejected: cannot read properties of null'));
else setTimeout(() => JSON.parse('{ not json'), 10);
