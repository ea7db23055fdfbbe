package org.convene.insight;

import org.convene.analysis.CoalitionGraph;

/** How answers name a person: id and label. */
record Ref(String id, String name) {

    static Ref of(CoalitionGraph.PersonRef person) {
        return person == null ? null : new Ref(person.id(), person.name());
    }
}
