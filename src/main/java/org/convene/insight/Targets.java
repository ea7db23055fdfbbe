package org.convene.insight;

import java.util.ArrayList;
import java.util.List;

import org.convene.analysis.CoalitionGraph;
import org.convene.system.ConflictException;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;

/** Finds the person a query names: by id, by label, or {@code role:TEXT} for a target preset. */
final class Targets {

    private Targets() {}

    /** A candidate when a role matches several people. */
    record Candidate(String id, String name, String organization) {}

    static int resolve(CoalitionGraph graph, String idOrLabel, String parameter) {
        if (idOrLabel == null || idOrLabel.isBlank()) {
            throw InvalidRequestException.field(parameter, "'" + parameter + "' is required.");
        }
        String key = idOrLabel.strip();
        if (key.regionMatches(true, 0, "role:", 0, 5)) {
            String role = key.substring(5).strip();
            List<Integer> matches = graph.peopleWithRole(role);
            if (matches.isEmpty()) {
                throw new NotFoundException("Nobody's role matches '" + role + "'.");
            }
            if (matches.size() > 1) {
                List<Candidate> candidates = new ArrayList<>();
                for (int person : matches) {
                    var p = graph.person(person);
                    candidates.add(new Candidate(p.id(), p.name(), p.organization()));
                }
                throw new ConflictException(
                        matches.size() + " people's roles match '" + role + "'; pick one of the candidates by id.",
                        candidates);
            }
            return matches.get(0);
        }
        List<Integer> found = graph.lookup(key);
        if (found.isEmpty()) {
            throw NotFoundException.of("person", key);
        }
        return found.get(0);
    }
}
