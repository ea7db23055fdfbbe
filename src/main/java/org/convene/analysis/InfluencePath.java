package org.convene.analysis;

import java.util.List;
import java.util.Objects;

import org.convene.analysis.CoalitionGraph.PersonRef;

/**
 * A chain of ties from a coalition member (the first person) to a target (the last person).
 *
 * @param probability the product of the ties' probabilities
 * @param hops the number of ties
 * @param people the people along the path, member first, target last ({@code hops + 1} of them)
 * @param ties the ties along the path, in order ({@code hops} of them)
 */
public record InfluencePath(double probability, int hops, List<PersonRef> people, List<Step> ties) {

    /** One tie of a path. */
    public record Step(int tie, int strength, String context) {}

    public InfluencePath {
        people = List.copyOf(people);
        ties = List.copyOf(ties);
        if (people.size() != hops + 1 || ties.size() != hops) {
            throw new IllegalArgumentException(
                    "a path of " + hops + " ties has " + (hops + 1) + " people and " + hops + " ties");
        }
    }

    /** The member the path starts from. */
    public PersonRef introducer() {
        return people.get(0);
    }

    /** The person the path reaches. */
    public PersonRef target() {
        return people.get(hops);
    }

    /** The path's length, {@code -ln(probability)}. */
    public double length() {
        return -Math.log(probability);
    }

    /** Builds the path over these people of the graph, looking up the ties between them. */
    static InfluencePath of(CoalitionGraph graph, int[] people) {
        Objects.requireNonNull(graph, "graph");
        PersonRef[] refs = new PersonRef[people.length];
        Step[] steps = new Step[people.length - 1];
        double probability = 1;
        for (int i = 0; i < people.length; i++) {
            refs[i] = graph.ref(people[i]);
            if (i > 0) {
                int tie = graph.tieBetween(people[i - 1], people[i]).orElseThrow();
                steps[i - 1] = new Step(tie, graph.strength(tie), graph.context(tie));
                probability *= graph.probability(tie);
            }
        }
        return new InfluencePath(probability, steps.length, List.of(refs), List.of(steps));
    }
}
