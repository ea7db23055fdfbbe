package org.convene.analysis;

/**
 * How many pairs of unconnected contacts a person brokers, by Gould and Fernandez's roles in
 * their undirected form (the broker b is tied to a and c, and a and c are not tied).
 *
 * @param coordinator all three in one group
 * @param gatekeeper  exactly one of a, c in b's group: gatekeeper and representative, which
 *                    only direction tells apart, are one role here
 * @param consultant  a and c in one group, b in another (the itinerant broker)
 * @param liaison     all three in different groups
 */
public record BrokerageRoles(long coordinator, long gatekeeper, long consultant, long liaison) {

    public static final BrokerageRoles NONE = new BrokerageRoles(0, 0, 0, 0);

    /** Every brokered pair. */
    public long total() {
        return coordinator + gatekeeper + consultant + liaison;
    }

    /** Brokered pairs that span groups: all but the coordinator's. */
    public long acrossSectors() {
        return gatekeeper + consultant + liaison;
    }
}
