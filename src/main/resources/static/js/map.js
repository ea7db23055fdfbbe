// The network map: Cytoscape.js with the fCoSE layout, filters, focus, paths, and the state of the
// view kept in the URL so a link restores it. This module wires the parts together: the style
// (map-style.js), the state in the URL (map-state.js), the filters and legend (map-filters.js),
// the side panel (panel.js) and who-can-reach (reach.js).
import { api, showProblem, h } from './api.js';
import { sectorColour } from './sectors.js';
import { typeahead } from './typeahead.js';
import { createPanel } from './panel.js';
import { createReach } from './reach.js';
import { mapStyle, ORGANIZATION_SIZE } from './map-style.js';
import { state, readHash, writeHash, share } from './map-state.js';
import { createFilters } from './map-filters.js';

const canEdit = document.body.dataset.canEdit === 'true';
const container = document.getElementById('map');
const countLabel = document.getElementById('map-count');
const notice = document.getElementById('map-notice');
const mapError = document.getElementById('map-error');
const banner = document.getElementById('path-banner');

let view = null;          // the last answer of /api/map
let sectors = [];         // [{key, title}]
let metric = null;        // id -> value for the chosen size measure (degree comes with the map)
let laidOut = false;

cytoscape.use(cytoscapeFcose);
const cy = cytoscape({
  container,
  wheelSensitivity: 0.3,
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: false,
  style: mapStyle,
});
window.cy = cy; // for the browser console and the browser tests
new ResizeObserver(() => cy.resize()).observe(container);
const filters = createFilters({
  cy,
  sectors: () => sectors,
  changed: () => {
    applyEmphasis();
    updateCount();
    writeHash();
  },
});

/** Fits the view to some elements without zooming in further than labels need. */
function fitTo(elements, padding = 50) {
  if (elements.empty()) return;
  cy.fit(elements, padding);
  if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center(elements);
  }
}

// ---- loading --------------------------------------------------------------------------------

function mapQuery(extra = {}) {
  const params = new URLSearchParams();
  if (view && !view.complete && state.focus) {
    params.set('focus', state.focus);
    params.set('hops', String(state.hops));
  }
  const include = new Set([...(state.path || []), ...(extra.include || [])]);
  if (state.selected) include.add(state.selected);
  if (include.size) params.set('include', [...include].join(','));
  const query = params.toString();
  return `/api/map${query ? `?${query}` : ''}`;
}

async function load(url) {
  const answer = await api(url);
  view = answer;
  applyElements(answer);
  return answer;
}

/** Merges an answer into the graph: updates what is there, adds what is new, drops what is gone. */
function applyElements(answer) {
  const wanted = new Set();
  const add = [];
  cy.batch(() => {
    for (const group of ['nodes', 'edges']) {
      for (const element of answer[group]) {
        const data = { ...element.data };
        wanted.add(data.id);
        if (group === 'nodes') data.colour = sectorColour(data.sector);
        const existing = cy.getElementById(data.id);
        if (existing.nonempty()) existing.data(data);
        else add.push({ group, data });
      }
    }
    cy.elements().filter(e => !wanted.has(e.id())).remove();
  });
  const added = cy.add(add.filter(e => e.group === 'nodes'));
  cy.add(add.filter(e => e.group === 'edges' && cy.getElementById(e.data.source).nonempty()
    && cy.getElementById(e.data.target).nonempty()));
  applySizes();
  filters.apply();
  if (!laidOut || added.length > 0) layout(!laidOut);
  laidOut = true;
  showNotice(answer);
  filters.renderLegend();
  filters.renderSectorFilter();
}

function layout(fresh) {
  const nodes = cy.nodes().length;
  if (!fresh) {
    // Place newcomers beside a neighbour, then let fCoSE settle them without moving the rest far.
    cy.nodes().filter(n => n.position().x === 0 && n.position().y === 0).forEach(n => {
      const anchor = n.neighborhood('node').filter(m => m.position().x !== 0 || m.position().y !== 0).first();
      const base = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      n.position({ x: base.x + 40 * (Math.random() - 0.5), y: base.y + 40 * (Math.random() - 0.5) });
    });
  }
  cy.layout({
    name: 'fcose', quality: nodes > 1500 ? 'draft' : 'default', randomize: fresh, animate: false,
    nodeDimensionsIncludeLabels: false, packComponents: true, nodeRepulsion: () => 20000,
    idealEdgeLength: edge => edge.data('type') === 'knows' ? 150 - 12 * (edge.data('strength') || 3) : 60,
    edgeElasticity: edge => edge.data('type') === 'knows' ? 0.45 : 0.2, numIter: nodes > 1500 ? 1200 : 2500,
    fit: true, padding: 40,
  }).run();
}

function showNotice(answer) {
  if (answer.complete) {
    notice.hidden = true;
    notice.textContent = '';
    return;
  }
  notice.hidden = false;
  notice.replaceChildren(answer.notice, ' ',
    answer.focus ? h('button', { type: 'button', class: 'small', onclick: () => clearFocus() }, 'Back to the coalition view') : null);
}

// ---- sizes and counts -------------------------------------------------------------------

async function chooseSize(measure) {
  state.size = measure;
  metric = null;
  if (measure !== 'degree') {
    try {
      const scores = await api(`/api/metrics?measure=${encodeURIComponent(measure)}`);
      metric = new Map(scores.map(s => [s.id, s.value]));
    } catch (problem) {
      showProblem(mapError, problem, 'Sizes by ' + measure + ' are not available: ');
      state.size = 'degree';
      document.getElementById('size-by').value = 'degree';
    }
  }
  applySizes();
  writeHash();
}

function applySizes() {
  const people = cy.nodes('[type = "person"]');
  const value = n => state.size === 'degree' || !metric ? (n.data('degree') || 0) : (metric.get(n.id()) || 0);
  let max = 0;
  people.forEach(n => { max = Math.max(max, value(n)); });
  cy.batch(() => {
    people.forEach(n => n.data('size', 12 + 34 * Math.sqrt(max > 0 ? value(n) / max : 0)));
    cy.nodes('[type = "organization"]').forEach(n => n.data('size', ORGANIZATION_SIZE));
  });
}

function updateCount() {
  const shown = cy.nodes().not('.hidden');
  const people = shown.filter('[type = "person"]').length;
  const organizations = shown.length - people;
  container.dataset.nodeCount = String(shown.length);
  container.dataset.totalCount = String(view ? view.total.people + view.total.organizations : 0);
  const total = view ? view.total.people + view.total.organizations : 0;
  countLabel.textContent = `${shown.length.toLocaleString('en')} shown (${people.toLocaleString('en')} people, `
    + `${organizations.toLocaleString('en')} organizations) of ${total.toLocaleString('en')} in the network`;
}

// ---- focus, selection and paths ----------------------------------------------------------------

function neighbourhood(root, hops) {
  const visible = c => c.not('.hidden');
  let hood = root;
  let steps = hops;
  if (root.data('type') === 'organization') {
    hood = hood.union(visible(root.connectedEdges('[type = "works-at"]').connectedNodes('[type = "person"]')));
    steps -= 1;
  }
  for (let i = 0; i < steps; i++) {
    const people = hood.filter('[type = "person"]');
    hood = hood.union(visible(visible(people.connectedEdges('[type = "knows"]')).connectedNodes()));
  }
  const people = hood.filter('[type = "person"]');
  hood = hood.union(visible(visible(people.connectedEdges('[type = "works-at"]')).connectedNodes('[type = "organization"]')));
  return visible(hood.union(hood.edgesWith(hood)));
}

function applyEmphasis() {
  cy.batch(() => {
    cy.elements().removeClass('faded on-path root');
    delete container.dataset.focus;
    delete container.dataset.focusCount;
    delete container.dataset.path;
    if (state.path) {
      const nodes = state.path.map(id => cy.getElementById(id));
      if (nodes.every(n => n.nonempty())) {
        let onPath = cy.collection();
        nodes.forEach((n, i) => {
          onPath = onPath.union(n);
          if (i > 0) onPath = onPath.union(nodes[i - 1].edgesWith(n).filter('[type = "knows"]'));
        });
        onPath.removeClass('hidden');
        onPath.edges().forEach(e => e.data('pathLabel', `${e.data('strength')}${e.data('context') ? ' · ' + e.data('context') : ''}`));
        cy.elements().not(onPath).addClass('faded');
        onPath.addClass('on-path');
        container.dataset.path = nodes.map(n => n.data('label')).join(' → ');
        return;
      }
    }
    if (state.focus) {
      const root = cy.getElementById(state.focus);
      if (root.nonempty()) {
        const hood = neighbourhood(root, state.hops);
        cy.elements().not(hood).addClass('faded');
        root.addClass('root');
        container.dataset.focus = state.focus;
        container.dataset.focusCount = String(hood.nodes().length);
      }
    }
  });
  renderBanner();
  const focusable = state.selected && cy.getElementById(state.selected).nonempty();
  document.getElementById('focus-1').disabled = !focusable;
  document.getElementById('focus-2').disabled = !focusable;
  document.getElementById('focus-clear').disabled = !state.focus && !state.path;
}

async function focusOn(id, hops) {
  state.focus = id;
  state.hops = hops;
  state.path = null;
  reach.unpress();
  if (view && !view.complete) {
    try {
      await load(mapQuery());
    } catch (problem) {
      showProblem(mapError, problem, 'The neighbourhood could not be loaded: ');
    }
  }
  applyEmphasis();
  const root = cy.getElementById(id);
  if (root.nonempty()) fitTo(cy.elements().not('.faded').not('.hidden'));
  writeHash();
}

async function clearFocus() {
  const wasPartialFocus = view && !view.complete && view.focus;
  state.focus = null;
  state.path = null;
  reach.unpress();
  if (wasPartialFocus) {
    try { await load(mapQuery()); } catch (problem) { showProblem(mapError, problem, 'The map could not be loaded: '); }
  }
  applyEmphasis();
  cy.fit(cy.elements().not('.hidden'), 40);
  writeHash();
}

/** Selects a person or organization: on the map if drawn (loading them into a part if not), and in the panel. */
async function select(id, { center = true } = {}) {
  state.selected = id;
  let node = cy.getElementById(id);
  if (node.empty() && view && !view.complete) {
    try {
      state.focus = id;
      await load(mapQuery());
    } catch (problem) {
      showProblem(mapError, problem, 'That person could not be loaded: ');
    }
    node = cy.getElementById(id);
  }
  cy.nodes(':selected').unselect();
  if (node.nonempty()) {
    node.select();
    if (center && !node.hasClass('hidden')) cy.animate({ center: { eles: node }, duration: 250 });
  }
  applyEmphasis();
  writeHash();
  const type = node.nonempty() ? node.data('type') : 'person';
  panel.show(type, id);
}

async function highlightPath(people) {
  const ids = people.map(p => p.id);
  state.path = ids;
  if (ids.some(id => cy.getElementById(id).empty()) && view && !view.complete) {
    try { await load(mapQuery({ include: ids })); } catch (problem) { showProblem(mapError, problem, 'The path could not be drawn: '); }
  }
  applyEmphasis();
  separate(cy.nodes('.on-path'));
  const onPath = cy.elements('.on-path');
  fitTo(onPath, 80);
  writeHash();
}

/** Moves a path's people apart where the layout put them on top of each other, so every name reads. */
function separate(nodes, gap = 90) {
  for (let round = 0; round < 3; round++) {
    nodes.forEach((a, i) => nodes.forEach((b, j) => {
      if (j <= i) return;
      const p = a.position();
      const q = b.position();
      let dx = q.x - p.x;
      let dy = q.y - p.y;
      const distance = Math.hypot(dx, dy);
      if (distance >= gap) return;
      if (distance < 1) { dx = 1; dy = 0.5; }
      const scale = (gap - distance) / Math.max(distance, 1) / 2;
      a.position({ x: p.x - dx * scale, y: p.y - dy * scale });
      b.position({ x: q.x + dx * scale, y: q.y + dy * scale });
    }));
  }
}

function clearPath() {
  state.path = null;
  reach.unpress();
  applyEmphasis();
  writeHash();
}

function renderBanner() {
  const path = container.dataset.path;
  if (!path) { banner.hidden = true; banner.replaceChildren(); return; }
  const nodes = state.path.map(id => cy.getElementById(id));
  const steps = nodes.slice(1).map((n, i) => {
    const edge = nodes[i].edgesWith(n).filter('[type = "knows"]').first();
    return h('li', {}, `${nodes[i].data('label')} → ${n.data('label')}: strength ${edge.data('strength')}`
      + (edge.data('context') ? `, ${edge.data('context')}` : ''));
  });
  banner.replaceChildren(
    h('strong', {}, 'Highlighted path: '), h('span', { id: 'path-names' }, path),
    h('ol', {}, steps),
    h('button', { type: 'button', class: 'small', onclick: clearPath }, 'Clear path'));
  banner.hidden = false;
}

// ---- saving the view --------------------------------------------------------------------------------

function exportPng() {
  try {
    const png = cy.png({ full: false, scale: 2, bg: '#ffffff', output: 'blob' });
    const url = URL.createObjectURL(png);
    const link = h('a', { href: url, download: 'convene-map.png' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    document.getElementById('share-status').textContent = 'Saved the view as convene-map.png.';
  } catch (e) {
    showProblem(document.getElementById('share-status'), e);
  }
}

// ---- wiring --------------------------------------------------------------------------------------

const panel = createPanel({
  canEdit,
  sectorTitle: key => sectors.find(s => s.key === key)?.title || key,
  sectors: () => sectors,
  select: id => select(id),
  focus: (id, hops) => { state.selected = id; return focusOn(id, hops); },
  reachTarget: person => reach.setTarget(person),
  changed: async selectedId => {
    try { await load(mapQuery({ include: selectedId ? [selectedId] : [] })); } catch (problem) { showProblem(mapError, problem, 'The map could not be refreshed: '); }
    if (state.size !== 'degree') await chooseSize(state.size);
    reach.rerun();
    if (selectedId) { state.selected = selectedId; cy.nodes(':selected').unselect(); cy.getElementById(selectedId).select(); }
  },
});

const reach = createReach({ highlight: highlightPath, clear: clearPath, select: (id, options) => select(id, options) });

cy.on('tap', 'node', event => select(event.target.id(), { center: false }));
cy.on('tap', event => { if (event.target === cy) { cy.nodes(':selected').unselect(); } });

typeahead(document.getElementById('search'), { onPick: (person, input) => { input.value = person.name; select(person.id); } });
document.getElementById('size-by').addEventListener('change', e => chooseSize(e.target.value).then(filters.renderLegend));
document.getElementById('focus-1').addEventListener('click', () => state.selected && focusOn(state.selected, 1));
document.getElementById('focus-2').addEventListener('click', () => state.selected && focusOn(state.selected, 2));
document.getElementById('focus-clear').addEventListener('click', clearFocus);
document.getElementById('fit').addEventListener('click', () => fitTo(cy.elements().not('.hidden').not('.faded'), 40));
document.getElementById('export-png').addEventListener('click', exportPng);
document.getElementById('share').addEventListener('click', share);
document.getElementById('add-person')?.addEventListener('click', () => panel.newPerson());

async function start() {
  readHash();
  document.getElementById('size-by').value = state.size;
  filters.build();
  try {
    sectors = await api('/api/sectors');
  } catch (problem) {
    showProblem(mapError, problem, 'The sectors could not be loaded: ');
  }
  try {
    let answer = await load('/api/map');
    if (!answer.complete && (state.focus || state.path || state.selected)) {
      answer = await load(mapQuery());
    }
  } catch (problem) {
    showProblem(mapError, problem, 'The network could not be loaded: ');
    countLabel.textContent = 'The network could not be loaded.';
    return;
  }
  if (state.size !== 'degree') await chooseSize(state.size);
  filters.renderLegend();
  applyEmphasis();
  if (state.path || state.focus) fitTo(cy.elements().not('.faded').not('.hidden'));
  if (state.path) reach.showRestored(state.path.map(id => ({ id, name: cy.getElementById(id).data('label') })));
  if (state.selected) select(state.selected, { center: !state.focus && !state.path });
  container.dataset.ready = 'true';
}

start();
