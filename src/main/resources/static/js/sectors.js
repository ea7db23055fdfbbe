// Sector colours: each checklist sector has its own, related sectors in related hues; a sector a
// community adds gets one from its key.

// The palette's one home is sector-colours.json, which the GEXF export reads too.
const COLOURS = await fetch(new URL('./sector-colours.json', import.meta.url)).then((answer) => answer.json());

export const NO_SECTOR = 'none';

export function sectorColour(key) {
  if (!key) return '#b8c2cc';
  if (COLOURS[key]) return COLOURS[key];
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360} 55% 50%)`;
}
