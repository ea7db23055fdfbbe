/**
 * The benchmark command: a seeded synthetic network in a temporary store, each operation timed
 * with the analysis engine and with the nearest plain Cypher, one JSON line per operation.
 */
package org.convene.bench;
