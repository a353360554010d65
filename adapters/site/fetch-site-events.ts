// Reads every event from The Events Calendar's REST API v1 (`/wp-json/tribe/events/v1/events`), page by
// page. Without start_date the API lists only events from yesterday on, and without end_date only those
// within two years: a run asks for [since, until]. per_page is capped by the site (50 by default, maybe
// less), so pages are followed by `next_rest_url` exactly as given (on sites with plain permalinks an
// `index.php?rest_route=` address). Any bad answer ends the run with a SiteError; nothing is half-read.
import type { SiteClient } from './site-client.js';
import { errorWords } from './site-client.js';
import { SiteError } from './site-error.js';

export interface FetchEventsOptions {
  /** The site ("https://wb-iisg.com"), or the events endpoint itself. */
  site: string;
  /** First day asked for (YYYY-MM-DD): the API's start_date. */
  since: string;
  /** Last day asked for (YYYY-MM-DD): the API's end_date. */
  until: string;
  perPage?: number;
  /** Pages allowed in one run; a longer listing ends the run (a site that pages forever). */
  maxPages?: number;
  /** Read one page and stop (a health check). */
  firstPageOnly?: boolean;
}

export interface FetchedEvents {
  /** The first page's address. */
  url: string;
  events: unknown[];
  /** The site's own count (total, or the X-TEC-Total header), when it gives one. */
  total: number | null;
  pages: number;
  /** Things worth saying that did not stop the run. */
  notes: string[];
}

const EVENTS_ROUTE = '/tribe/events/v1/events';
export const DEFAULT_PER_PAGE = 50;
export const DEFAULT_MAX_PAGES = 200;

/** The events endpoint for a site, pretty (/wp-json/...) or, with `plain`, as index.php?rest_route=. */
export function eventsEndpoint(site: string, plain = false): URL {
  const url = new URL(site);
  if (url.searchParams.has('rest_route') || url.pathname.includes('/wp-json/')) return url;
  const base = url.pathname.replace(/\/+$/, '');
  if (plain) {
    url.pathname = `${base}/index.php`;
    url.searchParams.set('rest_route', `${EVENTS_ROUTE}`);
    return url;
  }
  url.pathname = `${base}/wp-json${EVENTS_ROUTE}`;
  return url;
}

function firstPage(endpoint: URL, options: FetchEventsOptions): string {
  const url = new URL(endpoint);
  url.searchParams.set('start_date', options.since);
  url.searchParams.set('end_date', options.until);
  url.searchParams.set('per_page', String(options.perPage ?? DEFAULT_PER_PAGE));
  return url.toString();
}

export async function fetchSiteEvents(client: SiteClient, options: FetchEventsOptions): Promise<FetchedEvents> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const endpoint = eventsEndpoint(options.site);
  let url = firstPage(endpoint, options);
  let response;
  try {
    response = await client.getJson(url);
  } catch (error) {
    // A site with plain permalinks has no /wp-json/ path: its 404 is a theme page, not JSON. Ask it the plain way.
    if (!(error instanceof SiteError) || error.details.status !== 404 || error.details.isJson !== false) throw error;
    const plain = eventsEndpoint(options.site, true);
    if (plain.toString() === endpoint.toString()) throw error;
    url = firstPage(plain, options);
    response = await client.getJson(url).catch((second: unknown) => {
      throw second instanceof SiteError && second.details.status === 404 ? error : second;
    });
  }
  const first = url;
  const origin = new URL(first).origin;
  const events: unknown[] = [];
  const notes: string[] = [];
  const read = new Set<string>([first]);
  let total: number | null = null;
  let pages = 0;

  for (;;) {
    pages++;
    const { status, body, headers } = response;
    if (status === 404 && codeOf(body) === 'event-archive-page-not-found' && pages > 1) {
      notes.push(
        `the site had fewer pages than it announced (${url} is past the end: events were removed during the run)`,
      );
      break;
    }
    if (status === 404 && codeOf(body) === 'rest_no_route') {
      throw new SiteError(
        url,
        `the site has no Events Calendar API here (HTTP 404${errorWords(body)}): is The Events Calendar active, with its REST API on?`,
      );
    }
    if (status < 200 || status >= 300) throw new SiteError(url, `HTTP ${status}${errorWords(body) || ' from the API'}`);
    const list = (body as { events?: unknown } | null)?.events;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray(list)) {
      throw new SiteError(
        url,
        `expected the API's answer (an object with an "events" list), got ${describeBody(body)}`,
      );
    }
    events.push(...list);
    if (pages === 1) total = totalOf(body, headers);

    const next = (body as { next_rest_url?: unknown }).next_rest_url;
    if (options.firstPageOnly) break;
    if (next === undefined || next === null || next === '') break;
    if (typeof next !== 'string') {
      throw new SiteError(url, `expected next_rest_url to be an address, got ${JSON.stringify(next)}`);
    }
    let nextUrl: URL;
    try {
      nextUrl = new URL(next, url);
    } catch {
      throw new SiteError(url, `next_rest_url is not an address: ${JSON.stringify(next)}`);
    }
    if (nextUrl.origin !== origin) {
      // A site behind a proxy may name itself by another scheme, port or loopback alias: same site, our address.
      if (!isSameSite(nextUrl, new URL(origin))) {
        throw new SiteError(url, `next_rest_url leads off the site (${nextUrl.origin}); not followed`);
      }
      nextUrl = new URL(`${nextUrl.pathname}${nextUrl.search}`, origin);
    }
    if (read.has(nextUrl.toString())) {
      throw new SiteError(url, `next_rest_url points back to a page already read (${nextUrl}): the listing loops`);
    }
    if (pages >= maxPages) {
      throw new SiteError(url, `the listing goes on past ${maxPages} pages (the limit per run); nothing synced`);
    }
    url = nextUrl.toString();
    read.add(url);
    response = await client.getJson(url);
  }
  if (total !== null && total !== events.length && !options.firstPageOnly) {
    notes.push(`the site counted ${total} events but listed ${events.length} (it changed during the run?)`);
  }
  return { url: first, events, total, pages, notes };
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

function isSameSite(a: URL, b: URL): boolean {
  return a.hostname === b.hostname || (LOOPBACK.test(a.hostname) && LOOPBACK.test(b.hostname));
}

function codeOf(body: unknown): string | undefined {
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function totalOf(body: object, headers: Headers): number | null {
  const fromBody = (body as { total?: unknown }).total;
  if (typeof fromBody === 'number' && Number.isInteger(fromBody)) return fromBody;
  const fromHeader = Number(headers.get('x-tec-total') ?? Number.NaN);
  return Number.isInteger(fromHeader) ? fromHeader : null;
}

function describeBody(body: unknown): string {
  if (body === null) return 'null';
  if (Array.isArray(body)) return 'a list';
  if (typeof body !== 'object') return `${typeof body} ${JSON.stringify(body).slice(0, 40)}`;
  const keys = Object.keys(body).slice(0, 5);
  return keys.length > 0 ? `an object with ${keys.map((key) => `"${key}"`).join(', ')}` : 'an empty object';
}
