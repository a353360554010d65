// A fake of the Secretariat's WordPress site with The Events Calendar, on 127.0.0.1, answering
// /wp-json/tribe/events/v1/events as the plugin's REST API v1 does (read from its Archive_Event endpoint,
// Post_Repository and tests): start_date defaults to yesterday and end_date to two years ahead; per_page
// defaults to the posts_per_page option and is capped (50, or lower); pages are linked by next_rest_url
// built like WordPress's add_query_arg (values not encoded, so spaces stay); a page past the end is a 404
// event-archive-page-not-found; totals also in X-TEC-Total / X-TEC-TotalPages; a venue is [] when there is
// none, one object, or a list, with empty fields dropped (PHP array_filter); titles and names come
// HTML-encoded as wptexturize leaves them. Faults on demand: 5xx, an HTML page with 200, malformed JSON,
// a hang, a reset connection; and the API switched off (rest_no_route).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeVenue {
  name: string;
  city?: string;
  country?: string;
  address?: string;
}

export interface SitePostFixture {
  id: number;
  slug: string;
  /** As typed in WordPress (plain text); the fake encodes it. */
  title: string;
  /** Paragraphs as typed (plain text); the fake renders them as the_content does. */
  content: string[];
  excerpt?: string;
  /** Site-local "YYYY-MM-DD HH:MM:SS". */
  start: string;
  end: string;
  allDay?: boolean;
  timezone: string;
  venue: FakeVenue | FakeVenue[];
  organizers: string[];
  categories: string[];
  tags: string[];
  status?: 'publish' | 'draft';
  /** Post date and last change (UTC); defaults a month before the event. */
  published?: string;
  modified?: string;
  /** What a reader takes from the post: the tests' expectations. */
  expect: { city: string | null; country: string | null; people: string[]; organisers: string[] };
  /** Changes the event's JSON as sent (a broken event). */
  mangle?: (json: Record<string, unknown>) => void;
}

export type Fault =
  'server-error' | 'unavailable' | 'html-page' | 'malformed-json' | 'hang' | 'reset' | 'not-an-archive';

export interface FakeSiteOptions {
  posts?: readonly SitePostFixture[];
  /** The site's "now": the default start_date is the day before. */
  now?: Date;
  /** WordPress's posts_per_page option (the default per_page). */
  postsPerPage?: number;
  /** tribe_rest_event_max_per_page (50 unless the site lowers it). */
  maxPerPage?: number;
  /** Plain permalinks: the API is only at index.php?rest_route=, /wp-json/ is a theme 404 page. */
  permalinks?: 'pretty' | 'plain';
  /** The Events Calendar's REST API off: its routes answer rest_no_route. */
  apiOff?: boolean;
}

export interface SiteRequest {
  path: string;
  query: URLSearchParams;
  userAgent: string | undefined;
}

export interface FakeSite {
  /** The site's address, e.g. http://127.0.0.1:41234 */
  url: string;
  posts: SitePostFixture[];
  options: FakeSiteOptions;
  requests: SiteRequest[];
  /** The next `times` answers to the events route (from page `page` on, if given) fail this way. */
  fail(fault: Fault, options?: { times?: number; fromPage?: number }): void;
  /** Rewrites next_rest_url before it is sent (a looping or off-site link). */
  rewriteNext: ((next: string) => string) | null;
  /** Called after each page of events is sent (to change the site during a run). */
  afterPage: ((page: number) => void) | null;
  eventRequests(): SiteRequest[];
  close(): Promise<void>;
}

const EVENTS_ROUTE = '/tribe/events/v1/events';

export async function startFakeSite(options: FakeSiteOptions = {}): Promise<FakeSite> {
  const faults: { fault: Fault; times: number; fromPage: number }[] = [];
  const sockets = new Set<Socket>();
  const requests: SiteRequest[] = [];
  let origin = '';

  const site: FakeSite = {
    url: '',
    posts: [...(options.posts ?? [])],
    options,
    requests,
    rewriteNext: null,
    afterPage: null,
    fail: (fault, { times = 1, fromPage = 1 } = {}) => void faults.push({ fault, times, fromPage }),
    eventRequests: () => requests.filter((request) => isEventsRoute(request.path, request.query)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    requests.push({ path: url.pathname, query: url.searchParams, userAgent: request.headers['user-agent'] });
    const route = restRoute(url, options.permalinks ?? 'pretty');
    if (route === null) return sendThemePage(response, 404, 'Page not found');
    if (route.replace(/\/+$/, '') !== EVENTS_ROUTE || options.apiOff) {
      return sendJson(
        response,
        404,
        restError('rest_no_route', 'No route was found matching the URL and request method.', 404),
      );
    }

    const page = Number(url.searchParams.get('page') ?? '1');
    const fault = faults.find((entry) => entry.times > 0 && page >= entry.fromPage);
    if (fault) {
      fault.times--;
      return injectFault(fault.fault, request, response);
    }
    const { status, body, headers } = eventsArchive(site, url, origin);
    sendJson(response, status, body, headers);
    site.afterPage?.(page);
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.url = origin;
  return site;
}

function isEventsRoute(path: string, query: URLSearchParams): boolean {
  return (
    path.replace(/\/+$/, '').endsWith(`/wp-json${EVENTS_ROUTE}`) ||
    (query.get('rest_route') ?? '').replace(/\/+$/, '') === EVENTS_ROUTE
  );
}

/** The REST route asked for, or null when the request is not for the REST API (a theme page). */
function restRoute(url: URL, permalinks: 'pretty' | 'plain'): string | null {
  const asked = url.searchParams.get('rest_route');
  if (asked !== null && (url.pathname === '/' || url.pathname === '/index.php')) return asked;
  if (permalinks === 'pretty' && url.pathname.startsWith('/wp-json')) {
    return url.pathname.slice('/wp-json'.length) || '/';
  }
  return null;
}

function injectFault(fault: Fault, request: IncomingMessage, response: ServerResponse): void {
  switch (fault) {
    case 'server-error':
      return sendThemePage(response, 500, 'There has been a critical error on this website.');
    case 'unavailable':
      response.writeHead(503, { 'Content-Type': 'text/html; charset=UTF-8', 'Retry-After': '0' });
      response.end(
        '<!DOCTYPE html><html><head><title>Briefly unavailable for scheduled maintenance</title></head><body>Briefly unavailable for scheduled maintenance. Check back in a minute.</body></html>',
      );
      return;
    case 'html-page':
      return sendThemePage(response, 200, 'Just a moment...');
    case 'malformed-json':
      response.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
      response.end('{"events":[{"id":1021,"global_id":"127.0.0.1?id=1021","title":"IISG Board Meeting in Tir');
      return;
    case 'not-an-archive':
      return sendJson(response, 200, [], {});
    case 'reset':
      request.socket.destroy();
      return;
    case 'hang':
      return; // headers never come; the client's timeout decides
  }
}

interface Archive {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

function eventsArchive(site: FakeSite, url: URL, origin: string): Archive {
  const { options } = site;
  const params = url.searchParams;
  const invalid = ['page', 'per_page'].filter((name) => params.has(name) && !/^[1-9]\d*$/.test(params.get(name) ?? ''));
  const start = params.has('start_date')
    ? parseRestDate(params.get('start_date')!, 'start')
    : beginningOfDay(addDays(isoDay(options.now ?? new Date()), -1));
  const end = params.has('end_date')
    ? parseRestDate(params.get('end_date')!, 'end')
    : endOfDay(addMonths(isoDay(options.now ?? new Date()), 24));
  if (start === null) invalid.push('start_date');
  if (end === null) invalid.push('end_date');
  if (invalid.length > 0) {
    return {
      status: 400,
      body: {
        code: 'rest_invalid_param',
        message: `Invalid parameter(s): ${invalid.join(', ')}`,
        data: {
          status: 400,
          params: Object.fromEntries(invalid.map((name) => [name, 'Invalid parameter.'])),
          details: [],
        },
      },
      headers: {},
    };
  }
  const page = Number(params.get('page') ?? '1');
  const perPage = Math.min(options.maxPerPage ?? 50, Number(params.get('per_page') ?? options.postsPerPage ?? 10));
  // filter_by_starts_on_or_after / filter_by_ends_on_or_before, in start order.
  const matching = site.posts
    .filter((post) => (post.status ?? 'publish') === 'publish' && post.start >= start! && post.end <= end!)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id - b.id);
  const total = matching.length;
  const totalPages = total > 0 ? Math.ceil(total / perPage) : 0;
  const events = matching.slice((page - 1) * perPage, page * perPage);
  if (events.length === 0 && page > 1) {
    return {
      status: 404,
      body: restError('event-archive-page-not-found', 'The requested event archive page does not exist', 404),
      headers: {},
    };
  }

  const base = restBase(origin, options.permalinks ?? 'pretty');
  // Archive_Base::get_current_rest_url: the query vars in use, as add_query_arg writes them (unencoded).
  const restUrl = addQueryArgs(base, [
    ['page', String(page)],
    ['per_page', String(perPage)],
    ['start_date', start!],
    ['end_date', end!],
    ['status', 'publish'],
  ]);
  const body: Record<string, unknown> = {
    events: events.map((post) => eventJson(post, origin, options.permalinks ?? 'pretty')),
    rest_url: restUrl,
  };
  if (page * perPage < total) {
    const next = addQueryArgs(removeQueryArg(restUrl, 'page'), [['page', String(page + 1)]]);
    body.next_rest_url = site.rewriteNext ? site.rewriteNext(next) : next;
  }
  if (page > 1) {
    body.previous_rest_url =
      page === 2
        ? removeQueryArg(restUrl, 'page')
        : addQueryArgs(removeQueryArg(restUrl, 'page'), [['page', String(page - 1)]]);
  }
  body.total = total;
  body.total_pages = totalPages;
  return { status: 200, body, headers: { 'X-TEC-Total': String(total), 'X-TEC-TotalPages': String(totalPages) } };
}

function restBase(origin: string, permalinks: 'pretty' | 'plain'): string {
  return permalinks === 'pretty'
    ? `${origin}/wp-json${EVENTS_ROUTE}/`
    : `${origin}/index.php?rest_route=${EVENTS_ROUTE}/`;
}

function addQueryArgs(url: string, pairs: [string, string][]): string {
  return pairs.reduce((acc, [key, value]) => `${acc}${acc.includes('?') ? '&' : '?'}${key}=${value}`, url);
}

function removeQueryArg(url: string, key: string): string {
  const [path, query = ''] = url.split('?');
  const kept = query.split('&').filter((pair) => pair && !pair.startsWith(`${key}=`));
  return kept.length > 0 ? `${path}?${kept.join('&')}` : path!;
}

/** The REST API v1 representation of one event (Post_Repository::get_event_data). */
function eventJson(post: SitePostFixture, origin: string, permalinks: 'pretty' | 'plain'): Record<string, unknown> {
  const published = post.published ?? `${addDays(post.start.slice(0, 10), -30)} 08:00:00`;
  const modified = post.modified ?? published;
  const url = permalinks === 'pretty' ? `${origin}/event/${post.slug}/` : `${origin}/?tribe_events=${post.slug}`;
  const restBaseUrl = restBase(origin, permalinks);
  const venues = (Array.isArray(post.venue) ? post.venue : [post.venue]).map((venue, index) =>
    venueJson(venue, post.id * 10 + index + 1, origin, published),
  );
  const organizers = post.organizers.map((name, index) =>
    organizerJson(name, post.id * 10 + 5 + index, origin, published),
  );
  const json: Record<string, unknown> = {
    id: post.id,
    global_id: `127.0.0.1?id=${post.id}`,
    global_id_lineage: [`127.0.0.1?id=${post.id}`],
    author: '2',
    status: post.status ?? 'publish',
    date: published,
    date_utc: published,
    modified,
    modified_utc: modified,
    url,
    rest_url: `${restBaseUrl}${post.id}`,
    title: texturize(post.title),
    description: post.content.map((paragraph) => `<p>${texturize(paragraph)}</p>`).join('\n'),
    excerpt: `<p>${texturize(post.excerpt ?? autoExcerpt(post.content))}</p>`,
    slug: post.slug,
    image: false,
    all_day: post.allDay ?? false,
    start_date: post.start,
    start_date_details: dateDetails(post.start),
    end_date: post.end,
    end_date_details: dateDetails(post.end),
    utc_start_date: toUtc(post.start, post.timezone),
    utc_start_date_details: dateDetails(toUtc(post.start, post.timezone)),
    utc_end_date: toUtc(post.end, post.timezone),
    utc_end_date_details: dateDetails(toUtc(post.end, post.timezone)),
    timezone: post.timezone,
    timezone_abbr: post.timezone.startsWith('UTC') ? post.timezone : 'CET',
    cost: '',
    cost_details: { currency_symbol: '', currency_code: '', currency_position: '', values: [] },
    website: url,
    show_map: true,
    show_map_link: true,
    hide_from_listings: false,
    sticky: false,
    featured: false,
    categories: post.categories.map((name, index) =>
      termJson(name, 'tribe_events_cat', 'categories', 30 + index, origin),
    ),
    tags: post.tags.map((name, index) => termJson(name, 'post_tag', 'tags', 60 + index, origin)),
    // No venue: the WP_Error becomes array(); one venue: the object itself (reset()); several: the list.
    venue: venues.length === 0 ? [] : venues.length === 1 ? venues[0] : venues,
    organizer: organizers,
    custom_fields: [],
  };
  post.mangle?.(json);
  return json;
}

function venueJson(venue: FakeVenue, id: number, origin: string, published: string): Record<string, unknown> {
  const slug = slugOf(venue.name);
  // array_filter drops every empty field: a venue without a city has no "city" key at all.
  const fields: Record<string, unknown> = {
    id,
    author: '2',
    status: 'publish',
    date: published,
    date_utc: published,
    modified: published,
    modified_utc: published,
    url: `${origin}/venue/${slug}/`,
    venue: texturize(venue.name),
    description: '',
    excerpt: '',
    slug,
    image: false,
    address: venue.address ?? '',
    city: venue.city ?? '',
    country: venue.country ?? '',
    province: '',
    state: '',
    zip: '',
    phone: '',
    website: '',
    stateprovince: '',
  };
  const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== '' && value !== false));
  return {
    ...kept,
    show_map: true,
    show_map_link: true,
    global_id: `127.0.0.1?id=${id}`,
    global_id_lineage: [`127.0.0.1?id=${id}`],
  };
}

function organizerJson(name: string, id: number, origin: string, published: string): Record<string, unknown> {
  const slug = slugOf(name);
  return {
    id,
    author: '2',
    status: 'publish',
    date: published,
    date_utc: published,
    modified: published,
    modified_utc: published,
    url: `${origin}/organizer/${slug}/`,
    organizer: texturize(name),
    slug,
    global_id: `127.0.0.1?id=${id}`,
    global_id_lineage: [`127.0.0.1?id=${id}`],
  };
}

function termJson(
  name: string,
  taxonomy: string,
  namespace: string,
  id: number,
  origin: string,
): Record<string, unknown> {
  // WordPress stores term names HTML-escaped ("News &amp; Events").
  return {
    name: name.replace(/&/g, '&amp;'),
    slug: slugOf(name),
    term_group: 0,
    term_taxonomy_id: id,
    taxonomy,
    description: '',
    parent: 0,
    count: 1,
    filter: 'raw',
    id,
    urls: {
      self: `${origin}/wp-json/tribe/events/v1/${namespace}/${id}`,
      collection: `${origin}/wp-json/tribe/events/v1/${namespace}`,
    },
  };
}

/** What wptexturize and esc_html leave in titles and content: &#038;, curly quotes and dashes as entities. */
function texturize(text: string): string {
  return text
    .replace(/&/g, '&#038;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/’|'/g, '&#8217;')
    .replace(/‘/g, '&#8216;')
    .replace(/“/g, '&#8220;')
    .replace(/”/g, '&#8221;')
    .replace(/–/g, '&#8211;')
    .replace(/—/g, '&#8212;')
    .replace(/ - /g, ' &#8211; ');
}

function autoExcerpt(content: readonly string[]): string {
  const words = content.join(' ').split(/\s+/);
  return words.length > 55 ? `${words.slice(0, 55).join(' ')} [&hellip;]` : words.join(' ');
}

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function dateDetails(value: string): Record<string, string> {
  const [date = '', time = '00:00:00'] = value.split(' ');
  const [year = '', month = '', day = ''] = date.split('-');
  const [hour = '', minutes = '', seconds = ''] = time.split(':');
  return { year, month, day, hour, minutes, seconds };
}

/** Site-local time to UTC, for "UTC+2" offsets and IANA zones alike. */
function toUtc(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local.replace(' ', 'T')}Z`);
  const fixed = /^UTC([+-]\d+(?:\.\d+)?)?$/.exec(timeZone);
  let offsetMs: number;
  if (fixed) offsetMs = Number(fixed[1] ?? 0) * 3_600_000;
  else {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(asUtc)
        .map((part) => [part.type, part.value]),
    );
    offsetMs =
      Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`) - asUtc;
  }
  return new Date(asUtc - offsetMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** The formats the plugin's is_time validator takes that a client would send; null when it would refuse. */
function parseRestDate(value: string, edge: 'start' | 'end'): string | null {
  const text = value.trim();
  if (/^\d{9,11}$/.test(text)) return new Date(Number(text) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(text);
  if (!match || Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) return null;
  // "inclusive" dates (the default): a day means the whole day.
  return edge === 'start' ? beginningOfDay(match[1]!) : endOfDay(match[1]!);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const beginningOfDay = (day: string) => `${day} 00:00:00`;
const endOfDay = (day: string) => `${day} 23:59:59`;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDay(date);
}

function restError(code: string, message: string, status: number) {
  return { code, message, data: { status } };
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body).replace(/\//g, '\\/');
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=UTF-8',
    'X-Robots-Tag': 'noindex',
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    Allow: 'GET',
    ...headers,
  });
  response.end(text);
}

function sendThemePage(response: ServerResponse, status: number, title: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=UTF-8' });
  response.end(
    `<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8"><title>${title} &#8211; IISG</title></head><body class="error404"><h1>${title}</h1></body></html>`,
  );
}
