/**
 * The analysis engine in plain Java on JGraphT: {@link org.convene.analysis.CoalitionGraph},
 * the immutable projection of the coalition network, and one class per question asked of it
 * ({@link org.convene.analysis.InfluencePaths}, {@link org.convene.analysis.Introducers},
 * {@link org.convene.analysis.SectorCoverage}, {@link org.convene.analysis.RecruitNext}, and
 * the metrics); no Spring, no Neo4j.
 */
package org.convene.analysis;
