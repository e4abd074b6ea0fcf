// The one way the console talks to Tributary: /api/v1 with the session's bearer token.
// The token lives in memory and in sessionStorage (this tab only, gone when it closes), never in a cookie, so no
// other site can make the browser send it (no CSRF) and the strict CSP keeps foreign script from reading it.

const BASE = '/api/v1';
const SESSION_KEY = 'tributary.session';

let session = readSession();

function readSession() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    return stored && stored.token && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

export function signedIn() {
  return session !== null && Date.parse(session.expiresAt) > Date.now();
}

/** A problem+json answer (or a failure to reach the server) as an Error. */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    /** The whole answer, for endpoints whose error status carries a document of their own (503 from /health). */
    this.body = problem;
  }

  /** The messages the API gave for one field path, e.g. `config.baseUrl` or `steps[0].expression`. */
  messagesFor(field) {
    return this.errors.filter((error) => error.field === field).map((error) => error.message);
  }
}

export async function signIn(username, password) {
  const answer = await request('POST', '/auth/login', { username, password }, { anonymous: true });
  session = { token: answer.token, expiresAt: answer.expiresAt };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return answer;
}

/** Ends the session on the server too, so the token is useless even if it was copied. */
export async function signOut() {
  try {
    if (signedIn()) {
      await request('POST', '/auth/logout', {});
    }
  } finally {
    forget();
  }
}

function forget() {
  session = null;
  sessionStorage.removeItem(SESSION_KEY);
}

/**
 * Calls the API. A JSON body is sent as JSON; a Blob or File as it is (with `contentType`).
 * @returns the parsed JSON answer, or null for 204
 * @throws ApiError for every answer that is not 2xx
 */
export async function request(method, path, body, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (!options.anonymous && session) {
    headers.Authorization = `Bearer ${session.token}`;
  }
  let payload;
  if (body instanceof Blob) {
    headers['Content-Type'] = options.contentType || body.type || 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path, { method, headers, body: payload, cache: 'no-store' });
  } catch (failure) {
    throw new ApiError({ status: 0, title: 'Tributary cannot be reached', detail: `${failure.message}. Is it running?` });
  }
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.ok) {
    return json;
  }
  const problem = json && typeof json === 'object' ? json : { title: response.statusText, detail: text.slice(0, 200) };
  problem.status = response.status;
  if (response.status === 401 && !options.anonymous) {
    forget();
    window.dispatchEvent(new CustomEvent('tributary:signed-out', { detail: problem }));
  }
  throw new ApiError(problem);
}

export const get = (path) => request('GET', path);
export const post = (path, body = {}) => request('POST', path, body);
export const put = (path, body) => request('PUT', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);

/** Every item of a paged list, following `next` cursors (at most `maxPages` pages). */
export async function all(path, maxPages = 20) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await get(cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...answer.items);
    cursor = answer.next;
    if (!cursor) {
      break;
    }
  }
  return items;
}

/** A query string from the entries whose values are set: `query({flow: 'f', status: ''})` is `?flow=f`. */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
