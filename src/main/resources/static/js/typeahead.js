// A combobox with a list of suggestions (WAI-ARIA combobox pattern): type, move with the arrow
// keys, Enter or a click picks, Escape closes.
import { api, h } from './api.js';

let counter = 0;

/** Suggestions of people from /api/people?q=. */
export async function peopleLike(q) {
  const people = await api(`/api/people?q=${encodeURIComponent(q)}&limit=8`);
  return people.map(p => ({
    id: p.id, name: p.name,
    detail: [p.role, p.organization].filter(Boolean).join(', ') + (p.coalition ? ' · coalition member' : ''),
  }));
}

export function typeahead(input, { source = peopleLike, onPick, minLength = 2 }) {
  const list = h('ul', { role: 'listbox', id: `${input.id || 'combo' + ++counter}-options`, hidden: true,
    'aria-label': 'Suggestions' });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  let items = [];
  let active = -1;
  let asked = 0;
  let timer = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function status(text) {
    list.replaceChildren(h('li', { class: 'combo-status', role: 'option', 'aria-disabled': 'true' }, text));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function render() {
    if (items.length === 0) { status('Nobody matches.'); return; }
    list.replaceChildren(...items.map((item, i) => h('li', {
      role: 'option', id: `${list.id}-${i}`, 'aria-selected': i === active ? 'true' : 'false',
      'data-id': item.id,
      onmousedown: event => { event.preventDefault(); pick(i); },
    }, item.name, item.detail ? h('small', {}, item.detail) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i) {
    const item = items[i];
    if (!item) return;
    close();
    onPick(item, input);
  }

  async function ask() {
    const q = input.value.trim();
    if (q.length < minLength) { close(); return; }
    const mine = ++asked;
    try {
      const found = await source(q);
      if (mine !== asked) return;
      items = found;
      active = items.length ? 0 : -1;
      render();
    } catch (problem) {
      if (mine !== asked) return;
      items = [];
      status(problem.message || 'The search failed.');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 180);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) { ask(); return; }
      event.preventDefault();
      if (!items.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      render();
      document.getElementById(`${list.id}-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) { event.preventDefault(); pick(active); }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return { close };
}
