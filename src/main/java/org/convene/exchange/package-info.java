/**
 * Import and export: turns the exchange formats (Kumu-style CSV and XLSX, later GraphML, GEXF
 * and JSON) into plans for the network and back, with no Spring and no Neo4j in the parsing.
 */
package org.convene.exchange;
