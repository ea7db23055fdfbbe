// A report's page: a person type-ahead for person parameters, a table sorted by a click on a
// column's heading (again for the other direction), and a Chart.js chart of the result when the
// report's header hints at one or its columns suit one.
import { typeahead } from './typeahead.js';

document.querySelectorAll('input[data-typeahead="person"]').forEach(input => {
  typeahead(input, { onPick: (person, field) => { field.value = person.name; } });
});

const table = document.getElementById('report-table');
if (table) {
  const headings = [...table.tHead.rows[0].cells];
  headings.forEach((heading, column) => {
    heading.querySelector('button.sort')?.addEventListener('click', () => sortBy(column));
  });

  function sortBy(column) {
    const heading = headings[column];
    const ascending = heading.getAttribute('aria-sort') !== 'ascending';
    headings.forEach(h => h.setAttribute('aria-sort', 'none'));
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    const rows = [...body.rows];
    const numeric = rows.every(row => row.cells[column].classList.contains('num') || row.cells[column].dataset.sort === '');
    rows.sort((a, b) => {
      const x = a.cells[column].dataset.sort ?? '';
      const y = b.cells[column].dataset.sort ?? '';
      if (x === '' && y !== '') return 1;
      if (y === '' && x !== '') return -1;
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' });
      return ascending ? order : -order;
    });
    body.replaceChildren(...rows);
  }
}

const canvas = document.getElementById('report-chart');
if (canvas && window.Chart) {
  const chart = JSON.parse(canvas.dataset.chart);
  const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  const horizontal = chart.kind === 'bar';
  new window.Chart(canvas, {
    type: chart.kind,
    data: {
      labels: chart.labels,
      datasets: chart.series.map((series, i) => ({
        label: series.name,
        data: series.values,
        backgroundColor: chart.kind === 'pie' ? chart.labels.map((_, j) => palette[j % palette.length])
          : chart.series.length === 1 && chart.kind === 'bar' ? palette[0] : palette[i % palette.length],
        borderColor: chart.kind === 'line' ? palette[i % palette.length] : undefined,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x', responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { display: chart.kind === 'pie' || chart.series.length > 1 } },
      scales: chart.kind === 'pie' ? {} : {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  });
  canvas.dataset.ready = 'true';
}
