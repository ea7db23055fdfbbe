// How the map draws people, organizations, ties and what is emphasised: the Cytoscape.js style.

/** The width organizations are drawn at (people are sized by the chosen measure). */
export const ORGANIZATION_SIZE = 30;

export const mapStyle = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
    'font-size': 9, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': 7,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
    'text-wrap': 'wrap', 'text-max-width': 70, 'border-width': 1, 'border-color': '#ffffff',
    'overlay-shape': 'ellipse' } },
  { selector: 'node[type = "organization"]', style: {
    shape: 'round-rectangle', width: ORGANIZATION_SIZE * 1.3, height: ORGANIZATION_SIZE * 0.8, 'overlay-shape': 'round-rectangle',
    'font-size': 9, 'background-opacity': 0.9, 'border-color': '#52606d', 'border-width': 1 } },
  { selector: 'node[?coalition]', style: { 'border-width': 4, 'border-color': '#111827' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#9aa5b1', opacity: 0.55, 'curve-style': 'haystack' } },
  { selector: 'edge[type = "knows"]', style: { width: 'mapData(strength, 1, 5, 0.5, 5)', 'line-color': '#7b8794' } },
  { selector: 'edge[type = "works-at"]', style: { 'line-color': '#c3cdd8', 'line-style': 'dashed', 'curve-style': 'straight', width: 1 } },
  { selector: 'edge[type = "partners"]', style: { 'line-color': '#a0aec0', 'line-style': 'dotted', 'curve-style': 'straight', width: 2 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'node.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'edge.faded', style: { opacity: 0.05 } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
  { selector: 'node.root', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.2, 'overlay-padding': 8, 'font-size': 12, 'z-index': 9 } },
  { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#d97706', 'z-index': 10, color: '#000000', 'text-background-opacity': 0 } },
  { selector: 'edge.on-path', style: {
    'line-color': '#d97706', opacity: 1, width: 'mapData(strength, 1, 5, 2, 8)', 'curve-style': 'straight',
    label: 'data(pathLabel)', 'font-size': 10, 'text-background-color': '#fffaeb', 'text-background-opacity': 1,
    'text-rotation': 'autorotate', 'text-margin-y': -8,
    'text-background-padding': 2, 'z-index': 10 } },
];
