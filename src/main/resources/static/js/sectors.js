// Sector colours: each checklist sector has its own, related sectors in related hues; a sector a
// community adds gets one from its key.

const COLOURS = {
  'district-schools': '#1f4e9c',
  'site-schools': '#4a90d9',
  'teachers-union': '#8fb8ea',
  'families': '#e07a1f',
  'health': '#2e9e5b',
  'housing': '#7bc47f',
  'economic-development': '#0e7c7b',
  'workforce': '#4fb3a9',
  'youth-development': '#c9a227',
  'family-support': '#f2c14e',
  'early-childhood': '#f28482',
  'service-learning': '#a3c4bc',
  'after-school': '#e9b872',
  'philanthropy': '#8e44ad',
  'local-government': '#5d6d7e',
  'higher-education': '#b05b8c',
  'community-based': '#c0392b',
  'faith': '#6c5b7b',
  'business': '#3d3d3d',
  'students': '#d35400',
};

export const NO_SECTOR = 'none';

export function sectorColour(key) {
  if (!key) return '#b8c2cc';
  if (COLOURS[key]) return COLOURS[key];
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360} 55% 50%)`;
}
