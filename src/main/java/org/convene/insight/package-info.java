/**
 * The Spring side of the analysis: projects the stored network into the analysis engine, keeps
 * the projection current, and serves the outreach questions as the API.
 *
 * <p>Explanations are worded here and only here: the analysis returns facts (people, counts,
 * sector keys, statuses) and {@link org.convene.insight.Explanations} turns them into the
 * sentences the answers carry (a recruit's reasons, a bridge-builder's explanation, a path's
 * "who asks whom", why a reach found no path).
 */
package org.convene.insight;
