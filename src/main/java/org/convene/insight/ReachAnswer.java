package org.convene.insight;

import java.util.List;

/**
 * Who in the coalition can reach the target, and through whom: the best introduction chains,
 * or, when there are none, a message and the nearest members.
 */
record ReachAnswer(
        Ref target,
        List<Path> paths,
        String message,
        List<Nearest> nearestMembers,
        int k,
        int maxHops,
        List<Ref> avoided) {

    /** One chain of ties from a member (first) to the target (last). */
    record Path(double probability, int hops, List<Ref> people, List<Step> ties, String explanation) {}

    /** One tie of a chain. */
    record Step(int strength, double probability, String context) {}

    /** A member and the fewest ties between them and the target. */
    record Nearest(Ref member, int hops) {}
}
