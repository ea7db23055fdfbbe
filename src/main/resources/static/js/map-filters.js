// The map's filters (coalition, weakest tie, stage, level, sector) and its legend.
import { h } from './api.js';
import { sectorColour, NO_SECTOR } from './sectors.js';
import { state } from './map-state.js';
import { STAGES, LEVELS } from './vocabulary.js';

/**
 * The filters and legend of one map.
 *
 * @param cy the Cytoscape instance
 * @param sectors the sectors known, [{key, title}], as a function (they load after the filters are built)
 * @param changed called after the filters have hidden or shown elements
 */
export function createFilters({ cy, sectors, changed }) {
  function passes(node) {
    const d = node.data();
    if (state.hiddenSectors.has(d.sector || NO_SECTOR)) return false;
    if (d.type === 'person') {
      if (state.hiddenStages.has(d.stage || NO_SECTOR)) return false;
      if (state.coalition === 'members' && !d.coalition) return false;
      if (state.coalition === 'non-members' && d.coalition) return false;
      return true;
    }
    return !state.hiddenLevels.has(d.level || NO_SECTOR);
  }

  /** Hides what the filters leave out, and the ties of what is hidden. */
  function apply() {
    cy.batch(() => {
      cy.nodes('[type = "person"]').forEach(n => n.toggleClass('hidden', !passes(n)));
      cy.nodes('[type = "organization"]').forEach(n => {
        let show = passes(n);
        if (show && state.coalition !== 'all') {
          // Only the organizations where someone shown works, so "members only" shows members' organizations.
          show = n.connectedEdges('[type = "works-at"]').connectedNodes('[type = "person"]').some(p => !p.hasClass('hidden'));
        }
        n.toggleClass('hidden', !show);
      });
      cy.edges().forEach(e => e.toggleClass('hidden', e.source().hasClass('hidden') || e.target().hasClass('hidden')
        || (e.data('type') === 'knows' && (e.data('strength') || 3) < state.minStrength)));
    });
    changed();
  }

  function checkbox(name, value, label, checked, onChange, swatch, count) {
    return h('label', {}, h('input', { type: 'checkbox', name, value, checked, onchange: onChange }),
      swatch ? h('span', { class: 'swatch', style: { background: swatch }, 'aria-hidden': 'true' }) : null,
      label, count !== undefined ? h('span', { class: 'count' }, String(count)) : null);
  }

  function toggle(set, value, shown) {
    if (shown) set.delete(value); else set.add(value);
    apply();
  }

  /** The sector checklist, with how many drawn elements are in each sector. */
  function renderSectorFilter() {
    const counts = new Map();
    cy.nodes().forEach(n => counts.set(n.data('sector') || NO_SECTOR, (counts.get(n.data('sector') || NO_SECTOR) || 0) + 1));
    const known = sectors().map(s => ({ key: s.key, title: s.title }));
    if (counts.has(NO_SECTOR)) known.push({ key: NO_SECTOR, title: 'No sector' });
    document.getElementById('sector-list').replaceChildren(...known.map(s => checkbox('sector', s.key, s.title,
      !state.hiddenSectors.has(s.key), e => toggle(state.hiddenSectors, s.key, e.target.checked),
      s.key === NO_SECTOR ? '#b8c2cc' : sectorColour(s.key), counts.get(s.key) || 0)));
  }

  /** Builds the controls from the state read from the URL and listens to them. */
  function build() {
    document.getElementById('stage-filter').append(...[...STAGES, NO_SECTOR].map(stage => checkbox('stage', stage,
      stage === NO_SECTOR ? 'no stage recorded' : stage, !state.hiddenStages.has(stage),
      e => toggle(state.hiddenStages, stage, e.target.checked))));
    document.getElementById('level-filter').append(...[...LEVELS, NO_SECTOR].map(level => checkbox('level', level,
      level === NO_SECTOR ? 'no level recorded' : level, !state.hiddenLevels.has(level),
      e => toggle(state.hiddenLevels, level, e.target.checked))));
    for (const radio of document.querySelectorAll('input[name=coalition]')) {
      radio.checked = radio.value === state.coalition;
      radio.addEventListener('change', () => { state.coalition = radio.value; apply(); });
    }
    const strength = document.getElementById('min-strength');
    const strengthValue = document.getElementById('min-strength-value');
    strength.value = String(state.minStrength);
    strengthValue.textContent = String(state.minStrength);
    strength.addEventListener('input', () => {
      state.minStrength = Number(strength.value);
      strengthValue.textContent = strength.value;
      apply();
    });
    document.getElementById('sectors-all').addEventListener('click', () => { state.hiddenSectors.clear(); renderSectorFilter(); apply(); });
    document.getElementById('sectors-none').addEventListener('click', () => {
      cy.nodes().forEach(n => state.hiddenSectors.add(n.data('sector') || NO_SECTOR));
      sectors().forEach(s => state.hiddenSectors.add(s.key));
      renderSectorFilter();
      apply();
    });
  }

  /** The legend: shapes, ties, and the colours of the sectors drawn. */
  function renderLegend() {
    const present = new Set(cy.nodes().map(n => n.data('sector')).filter(Boolean));
    const shownSectors = sectors().filter(s => present.has(s.key));
    const tie = width => h('span', { class: 'tie', style: { height: `${width}px` }, 'aria-hidden': 'true' });
    document.getElementById('legend').replaceChildren(
      h('h2', { class: 'visually-hidden' }, 'Legend'),
      h('div', { class: 'keys' },
        h('span', { class: 'key' }, h('span', { class: 'shape-person', 'aria-hidden': 'true' }), 'person (size: ' + sizeName() + ')'),
        h('span', { class: 'key' }, h('span', { class: 'shape-org', 'aria-hidden': 'true' }), 'organization'),
        h('span', { class: 'key' }, h('span', { class: 'shape-member', 'aria-hidden': 'true' }), 'coalition member'),
        h('span', { class: 'key' }, tie(1), 'weak tie', tie(5), 'strong tie'),
        h('span', { class: 'key' }, h('span', { class: 'tie tie-path', 'aria-hidden': 'true' }), 'highlighted path')),
      h('div', { class: 'sectors' }, shownSectors.map(s => h('span', { class: 'key', title: s.title },
        h('span', { class: 'swatch', style: { background: sectorColour(s.key) }, 'aria-hidden': 'true' }), s.title))));
  }

  function sizeName() {
    return { degree: 'number of ties', betweenness: 'betweenness', brokerage: 'brokerage' }[state.size];
  }

  return { apply, build, renderSectorFilter, renderLegend };
}
