// Tests never reach the internet: global fetch (the site sync's client) refuses any address that is not on
// this machine's loopback, so a test that forgot to point a sync at its fake fails at once and says why.
const realFetch = globalThis.fetch;
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!LOOPBACK.test(url.hostname)) {
    return Promise.reject(
      new TypeError(
        `tests reach only loopback addresses; refused ${url.origin} (point the sync at a fake site, or set IISG_SYNC_EVERY=off)`,
      ),
    );
  }
  return realFetch(input, init);
};
