package org.convene.analysis;

/**
 * One person's value on one measure.
 *
 * @param vertex the person
 * @param value  the measured value
 */
record VertexScore<V>(V vertex, double value) {}
