/**
 * The network in the browser: the sign-in form, the map, coverage, bridge-builders and the people
 * list as pages, and the map's own read model of the graph for Cytoscape.js.
 */
package org.convene.map;
