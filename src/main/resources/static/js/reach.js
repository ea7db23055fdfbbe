// "Who can reach X?": ranked introduction chains from coalition members to a target, each of
// which can be highlighted on the map.
import { api, ApiProblem, showProblem, h, percent } from './api.js';
import { typeahead } from './typeahead.js';

export function createReach(map) {
  const formElement = document.getElementById('reach-form');
  const targetInput = document.getElementById('reach-target');
  const avoidInput = document.getElementById('reach-avoid');
  const avoidList = document.getElementById('avoid-list');
  const results = document.getElementById('reach-results');
  let target = null;       // {id, name} or {preset: 'role:…', name}
  const avoided = new Map(); // id -> name
  let lastQuery = null;

  typeahead(targetInput, { onPick: person => { setTarget(person); run(); } });
  targetInput.addEventListener('input', () => { target = null; });
  typeahead(avoidInput, { onPick: (person, input) => { avoided.set(person.id, person.name); input.value = ''; renderAvoided(); } });
  document.getElementById('preset-superintendent').addEventListener('click', () => preset('role:Superintendent', 'the superintendent'));
  document.getElementById('preset-board-chair').addEventListener('click', () => preset('role:Board Chair', 'the board chair'));
  formElement.addEventListener('submit', event => { event.preventDefault(); run(); });

  function preset(key, label) {
    target = { preset: key, name: label };
    targetInput.value = key;
    run();
  }

  function setTarget(person) {
    target = { id: person.id, name: person.name };
    targetInput.value = person.name;
    document.getElementById('reach').scrollIntoView({ block: 'nearest' });
  }

  function renderAvoided() {
    avoidList.replaceChildren(...[...avoided].map(([id, name]) => h('li', {}, name,
      h('button', { type: 'button', 'aria-label': `Stop avoiding ${name}`, onclick: () => { avoided.delete(id); renderAvoided(); } }, '×'))));
  }

  async function run(query) {
    if (!query) {
      const key = target?.id || target?.preset || targetInput.value.trim();
      if (!key) {
        results.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Choose a target person first.'));
        return;
      }
      query = new URLSearchParams({ target: key, k: document.getElementById('reach-k').value || '5',
        maxHops: document.getElementById('reach-hops').value || '4' });
      if (avoided.size) query.set('avoid', [...avoided.keys()].join(','));
    }
    lastQuery = query;
    results.replaceChildren(h('p', { class: 'hint', role: 'status' }, 'Looking for paths…'));
    try {
      render(await api(`/api/reach?${query}`));
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 409 && problem.candidates.length) {
        results.replaceChildren(h('p', {}, problem.message),
          h('ul', { class: 'plain', id: 'reach-candidates' }, problem.candidates.map(c => h('li', {},
            h('button', { type: 'button', class: 'linkish', onclick: () => { setTarget(c); run(); } },
              c.name), c.organization ? ` — ${c.organization}` : ''))));
        return;
      }
      results.replaceChildren(h('p', {}));
      showProblem(results.firstChild, problem);
      if (problem instanceof ApiProblem) {
        for (const error of problem.errors) {
          const input = { k: 'reach-k', maxHops: 'reach-hops', target: 'reach-target', avoid: 'reach-avoid' }[error.field];
          if (input) document.getElementById(input).setAttribute('aria-invalid', 'true');
        }
      }
    }
  }

  function render(answer) {
    formElement.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    const heading = h('h3', {}, 'Paths to ', h('button', { type: 'button', class: 'linkish', onclick: () => map.select(answer.target.id) }, answer.target.name));
    if (!answer.paths.length) {
      results.replaceChildren(heading, h('p', {}, answer.message || 'No member can reach them within the hop limit.'),
        answer.nearestMembers?.length ? h('p', { class: 'hint' }, 'Nearest members: ',
          answer.nearestMembers.map(n => `${n.member.name} (${n.hops} ties)`).join(', ')) : null);
      return;
    }
    const list = h('ol', { id: 'reach-paths' }, answer.paths.map((path, i) => h('li', { class: 'path' },
      h('button', { type: 'button', 'aria-pressed': 'false', 'data-path': path.people.map(p => p.id).join(','),
        onclick: event => choose(event.currentTarget, path) },
        h('span', { class: 'probability' }, percent(path.probability)), ` · ${path.hops} ${path.hops === 1 ? 'tie' : 'ties'}: `,
        path.people.map(p => p.name).join(' → ')),
      h('p', { class: 'hint' }, path.explanation))));
    results.replaceChildren(heading, list, h('p', { class: 'hint' }, 'Choose a path to highlight it on the map.'));
    choose(list.querySelector('button'), answer.paths[0]);
    map.select(answer.target.id, { center: false });
  }

  function choose(button, path) {
    unpress();
    button.setAttribute('aria-pressed', 'true');
    map.highlight(path.people);
  }

  function unpress() {
    results.querySelectorAll('button[aria-pressed=true]').forEach(b => b.setAttribute('aria-pressed', 'false'));
  }

  /** After a reload from a shared link: the path is drawn; say so here too. */
  function showRestored(people) {
    results.replaceChildren(h('p', { class: 'hint' }, 'The shared link highlights the path ',
      people.map(p => p.name || p.id).join(' → '), '. Find paths again to rank the alternatives.'));
  }

  return {
    setTarget, unpress, showRestored,
    rerun: () => { if (lastQuery) run(lastQuery); },
  };
}
