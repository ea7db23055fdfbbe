package org.convene.analysis;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person's bridge-builder score with everything needed to say why (see
 * {@link BridgeBuilders} for the formula).
 *
 * @param person       the person
 * @param score        the combined score, 0 to 1
 * @param parts        the four normalised parts the score combines
 * @param betweenness  raw betweenness (unnormalised, each pair once)
 * @param constraint   Burt's constraint; NaN for a person without ties
 * @param roles        the brokerage roles they play
 * @param sectors      the sectors of the people they connect across sectors, sorted
 * @param cutpoint     whether their departure would split the network
 * @param peopleCutOff how many people only they connect to the rest (0 unless a cutpoint)
 */
public record BridgeBuilder<V>(
        V person,
        double score,
        Parts parts,
        double betweenness,
        double constraint,
        BrokerageRoles roles,
        Set<String> sectors,
        boolean cutpoint,
        int peopleCutOff) {

    public BridgeBuilder {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(roles, "roles");
        sectors = Collections.unmodifiableSortedSet(new TreeSet<>(sectors));
    }

    /**
     * The score's parts, each 0 to 1.
     *
     * @param betweenness     betweenness over the highest in the network
     * @param brokerage       pairs brokered across sectors over the highest in the network
     * @param structuralHoles 1 - constraint, at least 0 (0 without ties)
     * @param separation      people cut off over the most any one person cuts off
     */
    public record Parts(double betweenness, double brokerage, double structuralHoles, double separation) {}
}
