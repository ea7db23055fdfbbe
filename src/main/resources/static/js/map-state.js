// The state of the map view, kept in the URL's fragment so that a copied link restores it.

/** What the view shows: filters, size measure, focus, highlighted path and selection. */
export const state = {
  hiddenSectors: new Set(), hiddenStages: new Set(), hiddenLevels: new Set(), coalition: 'all', minStrength: 1,
  size: 'degree', focus: null, hops: 1, path: null, selected: null,
};

/** Reads the state from the URL's fragment, with defaults for what it does not say. */
export function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const list = key => new Set((params.get(key) || '').split(',').filter(Boolean));
  state.hiddenSectors = list('hideSectors');
  state.hiddenStages = list('hideStages');
  state.hiddenLevels = list('hideLevels');
  state.coalition = ['members', 'non-members'].includes(params.get('coalition')) ? params.get('coalition') : 'all';
  state.minStrength = Math.min(5, Math.max(1, Number(params.get('minStrength')) || 1));
  state.size = ['degree', 'betweenness', 'brokerage'].includes(params.get('size')) ? params.get('size') : 'degree';
  state.focus = params.get('focus') || null;
  state.hops = params.get('hops') === '2' ? 2 : 1;
  state.path = params.get('path') ? params.get('path').split(',').filter(Boolean) : null;
  state.selected = params.get('selected') || null;
}

/** Writes the state into the URL's fragment (leaving out defaults), without a history entry. */
export function writeHash() {
  const params = new URLSearchParams();
  const put = (key, value) => { if (value) params.set(key, value); };
  put('focus', state.focus);
  if (state.focus) put('hops', String(state.hops));
  put('path', state.path?.join(','));
  put('selected', state.selected);
  put('hideSectors', [...state.hiddenSectors].join(','));
  put('hideStages', [...state.hiddenStages].join(','));
  put('hideLevels', [...state.hiddenLevels].join(','));
  if (state.coalition !== 'all') put('coalition', state.coalition);
  if (state.minStrength > 1) put('minStrength', String(state.minStrength));
  if (state.size !== 'degree') put('size', state.size);
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

/** Copies the link to this view, or shows it for copying by hand where the clipboard is closed. */
export async function share() {
  writeHash();
  const status = document.getElementById('share-status');
  const field = document.getElementById('share-url');
  field.value = location.href;
  field.hidden = false;
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = 'The link to this view is copied.';
  } catch (e) {
    field.select();
    status.textContent = 'Copy the link below to share this view.';
  }
}
