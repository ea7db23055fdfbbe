/**
 * The Spring side of the analysis: projects the stored network into the analysis engine, keeps
 * the projection current, and serves the outreach questions as the API.
 */
package org.convene.insight;
