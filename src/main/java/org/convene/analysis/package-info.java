/**
 * The analysis engine in plain Java on JGraphT: {@link org.convene.analysis.CoalitionGraph},
 * the immutable projection of the coalition network, and one class per question asked of it
 * ({@link org.convene.analysis.InfluencePaths}, {@link org.convene.analysis.Introducers},
 * {@link org.convene.analysis.SectorCoverage}, {@link org.convene.analysis.RecruitNext}, and
 * the metrics); no Spring, no Neo4j.
 *
 * <p>Answers here are facts, never sentences for people to read: who, how many, which sector
 * keys, and a status where there is no answer. The words people read are chosen in
 * {@code org.convene.insight} (its {@code Explanations}), so what is found can be tested apart
 * from how it is said.
 */
package org.convene.analysis;
