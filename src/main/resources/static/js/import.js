// The upload page: pick a workbook or two CSV files, check them (a dry run), then confirm. Both
// steps run as an import job (POST /api/import?async=true) polled until it ends; a job that takes
// more than a second shows its phase and rows. Nothing is written until the user confirms.
import { api, ApiProblem, h } from './api.js';

const POLL_MS = 300;
const SHOW_PROGRESS_AFTER_MS = 1000;
const number = new Intl.NumberFormat('en-GB');

const form = document.getElementById('import-form');
const sections = ['progress', 'summary', 'problems', 'result'].map(id => document.getElementById(id));
const [progress, summary, problems, result] = sections;
const pickError = document.getElementById('pick-error');
const check = document.getElementById('check');
const confirm = document.getElementById('confirm');

const PHASES = {
  queued: 'Waiting for another import to finish',
  reading: 'Reading the file',
  checking: 'Checking every row',
  writing: 'Writing',
  committing: 'Saving it all at once',
  done: 'Done',
};

function kind() {
  return form.querySelector('input[name=kind]:checked').value;
}

function showOnly(...visible) {
  sections.forEach(section => { section.hidden = !visible.includes(section); });
}

function busy(on) {
  check.disabled = on;
  confirm.disabled = on;
  form.querySelectorAll('input').forEach(input => { input.disabled = on; });
}

/** The files chosen, as the parts the API takes, or null with the reason shown. */
function chosenParts() {
  const parts = new FormData();
  const missing = [];
  const names = kind() === 'workbook' ? ['workbook'] : ['elements', 'connections'];
  for (const name of names) {
    const file = document.getElementById(name).files[0];
    if (file) parts.append(name, file, file.name);
    else missing.push(document.querySelector(`label[for=${name}]`).textContent);
  }
  pickError.hidden = missing.length === 0;
  pickError.textContent = missing.length ? `Choose a file for: ${missing.join('; ')}.` : '';
  return missing.length ? null : parts;
}

function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function showProgress(job) {
  document.getElementById('progress-title').textContent = job.dryRun ? 'Checking the file' : 'Importing';
  const bar = document.getElementById('progress-bar');
  const phase = PHASES[job.phase] || job.phase;
  let text = phase;
  if (job.rowsTotal) {
    bar.max = job.rowsTotal;
    bar.value = Math.min(job.rowsDone, job.rowsTotal);
    text += `: ${number.format(job.rowsDone)} of ${number.format(job.rowsTotal)} rows`;
  } else {
    bar.removeAttribute('value');
    if (job.rowsDone) text += `: ${number.format(job.rowsDone)} rows`;
  }
  progress.dataset.phase = job.phase;
  document.getElementById('progress-text').textContent = `${text}…`;
}

/** Starts a job and polls it to its end; shows its progress once it has taken a second. */
async function runJob(parts, dryRun) {
  const started = Date.now();
  let job = await api(`/api/import?async=true&dryRun=${dryRun}`, { method: 'POST', body: parts });
  const location = `/api/import/jobs/${encodeURIComponent(job.id)}`;
  while (job.state === 'running') {
    if (Date.now() - started >= SHOW_PROGRESS_AFTER_MS) {
      progress.hidden = false;
      showProgress(job);
    }
    await sleep(POLL_MS);
    job = await api(location);
  }
  return job;
}

const COUNTS = [
  ['People', 'people', 'person'],
  ['Organizations', 'organizations', 'organization'],
  ['Ties', 'ties', 'tie'],
  ['Affiliations', 'affiliations', 'affiliation'],
  ['Partnerships', 'partnerships', 'partnership'],
];

function showSummary(answer) {
  const changes = answer.changes;
  summary.querySelector('tbody').replaceChildren(...COUNTS.map(([title, key]) => h('tr', { 'data-kind': key },
    h('th', { scope: 'row' }, title),
    h('td', {}, number.format(answer[key])),
    h('td', {}, number.format(changes[`create${title}`])),
    h('td', {}, number.format(changes[`update${title}`])))));
  document.getElementById('renames').textContent = changes.renames === 0
    ? 'No label changes.'
    : `${number.format(changes.renames)} of the updated people and organizations get a new label (matched by ID).`;
  showOnly(summary);
}

function showProblems(status, error, dryRun) {
  const errors = error?.errors || [];
  const nothing = dryRun ? 'Nothing has been written.' : 'Nothing was written.';
  document.getElementById('problems-summary').textContent = `${error?.error || `The import failed (${status}).`} ${
    error?.error?.includes('nothing was imported') ? '' : nothing}`.trim();
  document.getElementById('errors-table').hidden = errors.length === 0;
  problems.querySelector('tbody').replaceChildren(...errors.map(e => h('tr', {},
    h('td', {}, e.sheet ?? ''),
    h('td', {}, e.row ? String(e.row) : 'the whole file'),
    h('td', {}, e.column ?? ''),
    h('td', {}, e.message ?? ''))));
  showOnly(problems);
}

function showResult(answer) {
  const parts = COUNTS.map(([, key, one]) => `${number.format(answer[key])} ${answer[key] === 1 ? one : key}`);
  document.getElementById('result-text').textContent = `The file is in: ${parts.join(', ')}.`;
  showOnly(result);
}

async function step(dryRun) {
  const parts = chosenParts();
  if (!parts) return;
  busy(true);
  showOnly();
  try {
    const job = await runJob(parts, dryRun);
    if (job.state === 'succeeded') {
      if (dryRun) showSummary(job.result);
      else showResult(job.result);
    } else {
      showProblems(job.status, job.error, dryRun);
    }
  } catch (problem) {
    if (problem instanceof ApiProblem) showProblems(problem.status, problem.body || { error: problem.message }, dryRun);
    else { showProblems(0, { error: 'Something went wrong in this page.' }, dryRun); console.warn(problem); }
  } finally {
    busy(false);
  }
}

form.addEventListener('change', () => {
  document.getElementById('workbook-fields').hidden = kind() !== 'workbook';
  document.getElementById('csv-fields').hidden = kind() !== 'csv';
  showOnly();
  pickError.hidden = true;
});
form.addEventListener('submit', event => {
  event.preventDefault();
  step(true);
});
confirm.addEventListener('click', () => step(false));
document.getElementById('start-over').addEventListener('click', () => {
  form.reset();
  form.dispatchEvent(new Event('change'));
});
document.getElementById('import-another').addEventListener('click', () => {
  form.reset();
  form.dispatchEvent(new Event('change'));
  document.getElementById('workbook').focus();
});
