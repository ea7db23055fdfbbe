// Sector coverage: the outreach checklist as a chart and a table, the gaps first.
import { api, showProblem, h, mapLink } from './api.js';
import { sectorColour } from './sectors.js';

const errorBox = document.getElementById('coverage-error');

function entryPoint(e) {
  return h('li', {}, mapLink(e.person),
    e.via ? ` — via ${e.via.name} (strength ${e.strength})` : ' — no member knows them yet');
}

function render(coverage) {
  const gaps = coverage.filter(c => c.engaged === 0);
  const gapBox = document.getElementById('gaps');
  if (gaps.length) {
    gapBox.hidden = false;
    document.getElementById('gap-list').replaceChildren(...gaps.map(c => h('li', { 'data-sector': c.sector },
      h('strong', {}, c.title), c.entryPoints.length ? ': start with ' : ': nobody in this sector is on record yet.',
      c.entryPoints.length ? h('ul', {}, c.entryPoints.slice(0, 3).map(entryPoint)) : null)));
  }
  const rows = coverage.map(c => h('tr', { class: c.engaged === 0 ? 'unengaged' : null, 'data-sector': c.sector },
    h('th', { scope: 'row' }, c.title, c.engaged === 0 ? h('span', { class: 'badge warn after' }, 'nobody yet') : null),
    h('td', {}, String(c.engaged),
      c.levels?.length ? h('div', { class: 'hint' }, c.levels.map(l => `${l.level}: ${l.engaged}`).join(', ')) : null),
    h('td', {}, c.members.length ? c.members.map((m, i) => [i ? ', ' : '', mapLink(m)]) : '—'),
    h('td', {}, c.entryPoints.length ? h('ul', { class: 'plain' }, c.entryPoints.map(entryPoint)) : '—')));
  document.querySelector('#coverage-table tbody').replaceChildren(...rows);

  new Chart(document.getElementById('coverage-chart'), {
    type: 'bar',
    data: {
      labels: coverage.map(c => c.engaged === 0 ? `${c.title} — nobody yet` : c.title),
      datasets: [{
        label: 'Coalition members',
        data: coverage.map(c => c.engaged),
        backgroundColor: coverage.map(c => sectorColour(c.sector)),
        minBarLength: 0,
      }],
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { display: false }, title: { display: true, text: 'Coalition members per sector' } },
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'members' } },
        y: { ticks: { color: ctx => coverage[ctx.index]?.engaged === 0 ? '#b42318' : '#1f2933',
          font: ctx => ({ weight: coverage[ctx.index]?.engaged === 0 ? 'bold' : 'normal' }) } },
      },
    },
  });
}

api('/api/coverage').then(render).catch(problem => {
  showProblem(errorBox, problem, 'The coverage could not be loaded: ');
  document.querySelector('#coverage-table tbody').replaceChildren();
});
