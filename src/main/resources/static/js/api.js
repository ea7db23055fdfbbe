// Calls to Convene's API from the pages: the session cookie signs them in, and every write
// carries the CSRF token the page was rendered with. Every failure becomes an ApiProblem with a
// sentence a person can read.

const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

export class ApiProblem extends Error {
  constructor(status, body) {
    super(body?.error || `The server answered ${status}.`);
    this.status = status;
    this.errors = Array.isArray(body?.errors) ? body.errors : [];
    this.body = body;
    this.candidates = Array.isArray(body?.candidates) ? body.candidates : [];
  }
}

/** Calls the API; a FormData body goes as multipart (an upload), anything else as JSON. */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken && csrfHeader) headers[csrfHeader] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined || form ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiProblem(0, { error: 'The server cannot be reached. Check the connection and try again.' });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = null; }
  }
  if (!response.ok) {
    if (response.status === 401) {
      throw new ApiProblem(401, { error: 'Your session has ended. Sign in again to go on.' });
    }
    if (response.status === 403) {
      throw new ApiProblem(403, { error: data?.error || 'Your role does not allow this.' });
    }
    throw new ApiProblem(response.status, data && data.error ? data : null);
  }
  return data;
}

/** Shows a failure in an element (role=alert), with a sign-in link when the session ended. */
export function showProblem(element, problem, prefix = '') {
  element.replaceChildren();
  element.hidden = false;
  element.setAttribute('role', 'alert');
  element.classList.add('error');
  const message = problem instanceof ApiProblem ? problem.message : 'Something went wrong in this page.';
  element.append(prefix + message);
  if (problem instanceof ApiProblem && problem.status === 401) {
    element.append(' ', h('a', { href: '/login' }, 'Sign in'));
  }
  if (!(problem instanceof ApiProblem)) console.warn(problem);
}

/**
 * Builds an element: h('a', {href: '/x', class: 'y'}, 'text', child, ...). Text is never parsed as HTML.
 * A computed style is given as an object, h('span', {style: {background: colour}}), and set through the
 * CSSOM: the Content-Security-Policy (style-src 'self') refuses a style attribute, so a string is an error.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (key === 'style') {
      if (typeof value !== 'object') throw new TypeError('h(): give style as an object; the page\'s policy refuses style attributes');
      Object.assign(element.style, value);
    }
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** The map's link that opens focused on a person. */
export function mapLink(person, label = person.name) {
  const hash = new URLSearchParams({ focus: person.id, hops: '1', selected: person.id });
  return h('a', { href: `/#${hash}` }, label);
}

export function percent(probability) {
  return `${Math.round(probability * 100)}%`;
}
