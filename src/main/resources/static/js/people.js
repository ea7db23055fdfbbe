// The people table for the keyboard: one row is in the tab order at a time (roving tabindex);
// the arrow keys, Home and End move between rows and Enter opens the person's page.

function rows() {
  return [...document.querySelectorAll('#people-table tbody tr')];
}

function moveTo(row) {
  if (!row) return;
  rows().forEach(r => r.setAttribute('tabindex', r === row ? '0' : '-1'));
  row.focus();
}

document.addEventListener('keydown', event => {
  const row = event.target.closest?.('#people-table tbody tr');
  if (!row) return;
  const all = rows();
  const index = all.indexOf(row);
  const targets = {
    ArrowDown: all[index + 1], ArrowUp: all[index - 1], Home: all[0], End: all[all.length - 1],
  };
  if (event.key in targets) {
    event.preventDefault();
    moveTo(targets[event.key]);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    window.location.assign(row.dataset.href);
  }
});

document.addEventListener('click', event => {
  const row = event.target.closest?.('#people-table tbody tr');
  if (row && !event.target.closest('a')) window.location.assign(row.dataset.href);
});

// htmx reports failed requests as events; say so where the results go.
document.body.addEventListener('htmx:responseError', event => {
  const results = document.getElementById('results');
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.textContent = `The search failed (${event.detail.xhr.status}). Reload the page to try again.`;
  results.prepend(message);
});
document.body.addEventListener('htmx:sendError', () => {
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.textContent = 'The server cannot be reached. Check the connection and try again.';
  document.getElementById('results').prepend(message);
});
