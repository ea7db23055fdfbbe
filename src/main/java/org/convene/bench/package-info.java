/**
 * The benchmark command: a seeded synthetic network in a temporary store, each operation timed
 * with the analysis engine and with the nearest plain Cypher, one JSON line per operation.
 *
 * <p>{@link org.convene.bench.NetworkGenerator} draws the network, a {@link
 * org.convene.bench.SyntheticNetwork}, which the bench imports as CSV files ({@code SyntheticCsv})
 * and the JMH benchmarks and analysis tests read as a {@code CoalitionGraph}. {@code BenchRun}
 * runs the operations, {@code Timing} times them and {@code BenchReport} prints the JSON lines.
 */
package org.convene.bench;
