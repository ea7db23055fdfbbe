// The side panel: what is stored about the selected person or organization, and, for editors,
// forms that write it through the API with the field errors shown beside the fields.
import { api, ApiProblem, showProblem, h } from './api.js';
import { typeahead } from './typeahead.js';
import { STAGES } from './vocabulary.js';

const STRENGTHS = { 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' };

export function createPanel(map) {
  const panel = document.getElementById('panel');
  let organizations = null;
  let current = null; // {type, id}

  function field(form, name) {
    return form.querySelector(`[name="${name}"]`);
  }

  /** Writes through the API; on 400 marks each named field, otherwise says what failed above the form. */
  async function submit(form, call, done) {
    form.querySelectorAll('.field-error').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
    const summary = form.querySelector('.form-status');
    summary.replaceChildren();
    summary.className = 'form-status';
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    try {
      const answer = await call();
      summary.className = 'form-status status-ok';
      summary.setAttribute('role', 'status');
      summary.textContent = 'Saved.';
      await done(answer);
    } catch (problem) {
      let marked = false;
      if (problem instanceof ApiProblem) {
        for (const error of problem.errors) {
          const input = error.field && field(form, error.field);
          if (!input) continue;
          const id = `${form.id}-${error.field}-error`;
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', id);
          (input.closest('.tie-edit') || input).after(h('p', { class: 'field-error', id }, error.message));
          marked = true;
        }
      }
      showProblem(summary, problem, marked ? 'Please check the marked fields: ' : '');
      form.querySelector('[aria-invalid=true]')?.focus();
    } finally {
      if (button) button.disabled = false;
    }
  }

  function form(id, label, children, onSubmit) {
    const element = h('form', { id, 'aria-label': label, novalidate: true }, h('p', { class: 'form-status' }), children);
    element.addEventListener('submit', event => { event.preventDefault(); onSubmit(element); });
    return element;
  }

  function input(formId, name, label, value, attributes = {}) {
    const id = `${formId}-${name}`;
    return [h('label', { for: id }, label), h('input', { id, name, type: 'text', value: value ?? '', ...attributes })];
  }

  function select(formId, name, label, options, value) {
    const id = `${formId}-${name}`;
    return [h('label', { for: id }, label), h('select', { id, name },
      options.map(([key, text]) => h('option', { value: key, selected: key === (value ?? '') }, text)))];
  }

  function strengthSelect(id, name, value, label) {
    return h('select', { id, name, 'aria-label': label },
      Object.entries(STRENGTHS).map(([key, text]) => h('option', { value: key, selected: Number(key) === value }, text)));
  }

  function loading(text) {
    panel.replaceChildren(h('p', { class: 'hint', role: 'status' }, text));
  }

  async function show(type, id) {
    current = { type, id };
    loading('Loading…');
    try {
      if (type === 'organization') renderOrganization(await api(`/api/organizations/${encodeURIComponent(id)}`));
      else renderPerson(await api(`/api/people/${encodeURIComponent(id)}`));
    } catch (problem) {
      panel.replaceChildren(h('p', {}));
      showProblem(panel.firstChild, problem, 'The details could not be loaded: ');
    }
  }

  async function refresh(selectedId) {
    await map.changed(selectedId);
    if (current) await show(current.type, current.id);
    panel.prepend(h('p', { class: 'status-ok', role: 'status', id: 'panel-saved' }, 'Saved; the map and the analysis are updated.'));
  }

  function personButton(ref) {
    return h('button', { type: 'button', class: 'linkish', onclick: () => map.select(ref.id) }, ref.name);
  }

  function renderPerson(p) {
    const sector = p.sector ? map.sectorTitle(p.sector) : 'no sector recorded';
    const children = [
      h('h2', { id: 'panel-title' }, p.name),
      h('p', { class: 'sub' }, [p.role, p.organization].filter(Boolean).join(', ') || 'No role recorded'),
      h('p', {},
        p.coalition ? h('span', { class: 'badge member' }, 'Coalition member' + (p.joinedAt ? ` since ${p.joinedAt}` : ''))
          : h('span', { class: 'badge' }, 'Not a coalition member'),
        h('span', { class: 'badge' }, p.stage ? `Stage: ${p.stage}` : 'No stage recorded'),
        h('span', { class: 'badge' }, `Sector: ${sector}`)),
      h('div', { class: 'row' },
        h('button', { type: 'button', onclick: () => map.focus(p.id, 1) }, 'Focus: 1 hop'),
        h('button', { type: 'button', onclick: () => map.focus(p.id, 2) }, '2 hops'),
        p.coalition ? null : h('button', { type: 'button', onclick: () => map.reachTarget(p) }, 'Who can reach them?'),
        h('a', { href: `/people/${encodeURIComponent(p.id)}`, class: 'button' }, 'Open page')),
      p.description ? h('p', {}, p.description) : null,
      h('h3', {}, 'Affiliations'),
      p.affiliations.length === 0 ? h('p', { class: 'hint' }, 'Works at no organization on record.')
        : h('ul', { class: 'plain' }, p.affiliations.map(a => h('li', {},
          h('button', { type: 'button', class: 'linkish', onclick: () => map.select(a.organization.id) }, a.organization.name),
          a.role ? ` — ${a.role}` : '', a.since ? ` (since ${a.since})` : ''))),
      h('h3', { id: 'ties-title' }, `Ties (${p.ties.length})`),
      p.ties.length ? h('p', { class: 'hint' }, 'Strength 1 is an acquaintance, 5 a close, trusted tie.') : null,
      p.ties.length === 0 ? h('p', { class: 'hint' }, 'No ties on record.')
        : h('ul', { class: 'plain', 'aria-labelledby': 'ties-title', id: 'tie-list' }, p.ties.map(t => tieItem(p, t))),
    ];
    if (map.canEdit) children.push(...editForms(p));
    if (p.stages?.length) {
      children.push(h('h3', {}, 'Stage history'), h('ul', { class: 'plain' }, p.stages.map(s =>
        h('li', {}, `${s.stage} — ${String(s.at).slice(0, 10)} by ${s.by}${s.note ? `: ${s.note}` : ''}`))));
    }
    children.push(h('p', { class: 'hint' }, `Last changed by ${p.updatedBy || '—'} on ${String(p.updatedAt || '').slice(0, 10)}.`));
    panel.replaceChildren(...children.filter(Boolean));
    panel.dataset.personId = p.id;
    delete panel.dataset.organizationId;
  }

  function tieItem(person, tie) {
    const label = h('span', {}, personButton(tie.person), ` — strength ${tie.strength}`, tie.context ? `, ${tie.context}` : '');
    if (!map.canEdit) return h('li', { 'data-tie-id': tie.id }, label);
    const formId = `tie-${tie.id}`;
    const edit = form(formId, `Change the tie with ${tie.person.name}`, [
      h('div', { class: 'tie-edit' },
        strengthSelect(`${formId}-strength`, 'strength', tie.strength, `Strength of the tie with ${tie.person.name}`),
        h('input', { type: 'text', name: 'context', value: tie.context ?? '', 'aria-label': `Context of the tie with ${tie.person.name}`, placeholder: 'context' }),
        h('button', { type: 'submit', class: 'small' }, 'Save'),
        h('button', { type: 'button', class: 'small danger', onclick: () => removeTie(person, tie, edit) }, 'Remove')),
    ], element => submit(element, () => api(`/api/ties/${encodeURIComponent(tie.id)}`, { method: 'PUT', body: {
      strength: Number(field(element, 'strength').value), context: field(element, 'context').value,
      since: tie.since, source: tie.source } }), () => refresh(person.id)));
    return h('li', { 'data-tie-id': tie.id }, label, edit);
  }

  async function removeTie(person, tie, element) {
    if (!confirm(`Remove the tie between ${person.name} and ${tie.person.name}?`)) return;
    await submit(element, () => api(`/api/ties/${encodeURIComponent(tie.id)}`, { method: 'DELETE' }), () => refresh(person.id));
  }

  function editForms(p) {
    const sectors = [['', '— from their organization —'], ...map.sectors().map(s => [s.key, s.title])];
    const details = form('person-edit', `Edit ${p.name}`, [
      ...input('person-edit', 'name', 'Name', p.name),
      ...input('person-edit', 'role', 'Role', p.role),
      ...select('person-edit', 'sector', 'Own sector (a parent, a student)', sectors, p.ownSector),
      h('label', {}, h('input', { type: 'checkbox', name: 'coalition', checked: p.coalition }), ' Coalition member'),
      ...select('person-edit', 'stage', 'Stage', [['', '— none —'], ...STAGES.map(s => [s, s])], p.stage),
      ...input('person-edit', 'stageNote', 'Why the stage changed (optional)', ''),
      h('label', { for: 'person-edit-description' }, 'Description'),
      h('textarea', { id: 'person-edit-description', name: 'description', rows: 3 }, p.description ?? ''),
      h('button', { type: 'submit', class: 'primary' }, 'Save details'),
    ], element => submit(element, () => api(`/api/people/${encodeURIComponent(p.id)}`, { method: 'PUT', body: {
      name: field(element, 'name').value, role: field(element, 'role').value, sector: field(element, 'sector').value,
      coalition: field(element, 'coalition').checked, stage: field(element, 'stage').value,
      stageNote: field(element, 'stageNote').value, description: field(element, 'description').value, tags: p.tags,
    } }), () => refresh(p.id)));

    const addTie = form('tie-new', `Add a tie for ${p.name}`, [
      h('div', { class: 'combo' }, ...input('tie-new', 'to', 'Person', '', { autocomplete: 'off', placeholder: 'Name' })),
      h('label', { for: 'tie-new-strength' }, 'Strength'), strengthSelect('tie-new-strength', 'strength', 3),
      ...input('tie-new', 'context', 'Context', '', { placeholder: 'colleague, neighbour, faith…' }),
      h('button', { type: 'submit' }, 'Add tie'),
    ], element => submit(element, () => api('/api/ties', { method: 'POST', body: {
      from: p.id, to: field(element, 'to').dataset.id || field(element, 'to').value,
      strength: Number(field(element, 'strength').value), context: field(element, 'context').value } }), () => refresh(p.id)));
    const toInput = field(addTie, 'to');
    typeahead(toInput, { onPick: (person, el) => { el.value = person.name; el.dataset.id = person.id; } });
    toInput.addEventListener('input', () => delete toInput.dataset.id);

    const addAffiliation = form('affiliation-new', `Add an affiliation for ${p.name}`, [
      h('label', { for: 'affiliation-new-organization' }, 'Organization'),
      h('select', { id: 'affiliation-new-organization', name: 'organization' }, h('option', { value: '' }, 'Loading…')),
      ...input('affiliation-new', 'role', 'Role there', ''),
      h('button', { type: 'submit' }, 'Add affiliation'),
    ], element => submit(element, () => api('/api/affiliations', { method: 'POST', body: {
      person: p.id, organization: field(element, 'organization').value, role: field(element, 'role').value } }), () => refresh(p.id)));
    fillOrganizations(field(addAffiliation, 'organization'), addAffiliation);

    return [
      h('details', {}, h('summary', {}, h('h3', {}, 'Edit details')), details),
      h('details', {}, h('summary', {}, h('h3', {}, 'Add a tie')), addTie),
      h('details', {}, h('summary', {}, h('h3', {}, 'Add an affiliation')), addAffiliation),
    ];
  }

  async function fillOrganizations(selectElement, formElement) {
    try {
      organizations ??= await api('/api/organizations');
      selectElement.replaceChildren(h('option', { value: '' }, '— choose —'),
        ...organizations.map(o => h('option', { value: o.id }, o.name)));
    } catch (problem) {
      showProblem(formElement.querySelector('.form-status'), problem, 'The organizations could not be loaded: ');
    }
  }

  function renderOrganization(o) {
    panel.replaceChildren(...[
      h('h2', { id: 'panel-title' }, o.name),
      h('p', { class: 'sub' }, `${map.sectorTitle(o.sector) || 'No sector'}${o.level ? ` · ${o.level} level` : ''}`),
      o.description ? h('p', {}, o.description) : null,
      h('div', { class: 'row' },
        h('button', { type: 'button', onclick: () => map.focus(o.id, 1) }, 'Focus: its people'),
        h('button', { type: 'button', onclick: () => map.focus(o.id, 2) }, 'and their ties')),
      h('h3', {}, `People (${o.people.length})`),
      o.people.length === 0 ? h('p', { class: 'hint' }, 'Nobody on record works here.')
        : h('ul', { class: 'plain' }, o.people.map(m => h('li', {}, personButton(m.person), m.role ? ` — ${m.role}` : '',
          m.coalition ? h('span', { class: 'badge member after' }, 'member') : null))),
      h('h3', {}, `Partners (${o.partners.length})`),
      o.partners.length === 0 ? h('p', { class: 'hint' }, 'No partnerships on record.')
        : h('ul', { class: 'plain' }, o.partners.map(r => h('li', {},
          h('button', { type: 'button', class: 'linkish', onclick: () => map.select(r.organization.id) }, r.organization.name),
          r.strength ? ` — strength ${r.strength}` : '', r.context ? `, ${r.context}` : ''))),
    ].filter(Boolean));
    panel.dataset.organizationId = o.id;
    delete panel.dataset.personId;
  }

  function newPerson() {
    current = null;
    const sectors = [['', '— from their organization —'], ...map.sectors().map(s => [s.key, s.title])];
    const element = form('person-new', 'Add a person', [
      ...input('person-new', 'name', 'Name', '', { required: true }),
      ...input('person-new', 'role', 'Role', ''),
      ...select('person-new', 'sector', 'Own sector (a parent, a student)', sectors, ''),
      h('label', {}, h('input', { type: 'checkbox', name: 'coalition' }), ' Coalition member'),
      ...select('person-new', 'stage', 'Stage', [['', '— none —'], ...STAGES.map(s => [s, s])], ''),
      h('button', { type: 'submit', class: 'primary' }, 'Add person'),
    ], form => submit(form, () => api('/api/people', { method: 'POST', body: {
      name: field(form, 'name').value, role: field(form, 'role').value, sector: field(form, 'sector').value,
      coalition: field(form, 'coalition').checked, stage: field(form, 'stage').value } }),
    async created => { await map.changed(created.id); await map.select(created.id); }));
    panel.replaceChildren(h('h2', { id: 'panel-title' }, 'Add a person'),
      h('p', { class: 'hint' }, 'Add their ties and affiliations once they are on the map.'), element);
    field(element, 'name').focus();
  }

  return { show, newPerson };
}
