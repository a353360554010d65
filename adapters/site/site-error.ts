// A problem with the site's answer, always naming the address asked and what was wrong, so a failed run
// is one clear line: "https://wb-iisg.com/wp-json/...: expected JSON, got an HTML page (text/html)".
export class SiteError extends Error {
  override name = 'SiteError';

  constructor(
    readonly url: string,
    readonly problem: string,
    readonly details: { retryable?: boolean; retryAfterMs?: number; status?: number; isJson?: boolean } = {},
  ) {
    super(`${url}: ${problem}`);
  }

  get retryable(): boolean {
    return this.details.retryable === true;
  }
}
