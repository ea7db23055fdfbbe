// Bridge-builders and recruit-next, each person one click from the map.
import { api, showProblem, h, mapLink } from './api.js';

function renderBridges(bridges) {
  document.getElementById('bridges-list').replaceChildren(...bridges.map(b => h('li', { 'data-id': b.id },
    h('strong', {}, mapLink(b)), ` — score ${b.score.toFixed(2)}`,
    b.cutpoint ? h('span', { class: 'badge warn after' }, `cutpoint: ${b.peopleCutOff} cut off without them`) : null,
    h('p', { class: 'hint' }, b.explanation))));
}

function renderRecruits(recruits) {
  document.getElementById('recruit-list').replaceChildren(...recruits.map(r => h('li', { 'data-id': r.id },
    h('strong', {}, mapLink(r)), ` — score ${r.score.toFixed(2)}`,
    r.approachVia ? h('span', {}, ' · ask ', mapLink(r.approachVia)) : h('span', {}, ' · no member knows them yet'),
    r.reasons?.length ? h('ul', { class: 'hint' }, r.reasons.map(reason => h('li', {}, reason))) : null)));
}

function failed(listId, errorId, what) {
  return problem => {
    document.getElementById(listId).replaceChildren();
    showProblem(document.getElementById(errorId), problem, `The ${what} could not be loaded: `);
  };
}

api('/api/bridges?top=15').then(renderBridges).catch(failed('bridges-list', 'bridges-error', 'bridge-builders'));
api('/api/recruit?top=10').then(renderRecruits).catch(failed('recruit-list', 'recruit-error', 'recruits'));
