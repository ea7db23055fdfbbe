package org.convene.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * For a dry run: which of a plan's ties, affiliations and partnerships the store holds already
 * (the import would update them) rather than create. Only pairs of two stored elements can exist,
 * and those are asked in batches, one query per batch.
 */
@Component
class StoredLinks {

    private static final int BATCH = 5_000;

    /** How many of the plan's links are stored already, by kind. */
    record Existing(int ties, int affiliations, int partnerships) {}

    private final Neo4jClient neo4j;

    StoredLinks(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Existing existing(ImportPlan plan) {
        Set<String> created = new HashSet<>();
        plan.creates().forEach(e -> created.add(e.id()));
        List<List<String>> ties = new ArrayList<>();
        plan.ties().forEach(t -> pair(ties, created, t.personIdA(), t.personIdB()));
        List<List<String>> affiliations = new ArrayList<>();
        plan.affiliations().forEach(a -> pair(affiliations, created, a.personId(), a.organizationId()));
        List<List<String>> partnerships = new ArrayList<>();
        plan.partnerships().forEach(p -> pair(partnerships, created, p.organizationIdA(), p.organizationIdB()));
        return new Existing(
                count(ties, "(a:Person {id: pair[0]})-[:KNOWS]-(b:Person {id: pair[1]})"),
                count(affiliations, "(a:Person {id: pair[0]})-[:WORKS_AT]->(b:Organization {id: pair[1]})"),
                count(partnerships, "(a:Organization {id: pair[0]})-[:PARTNERS_WITH]-(b:Organization {id: pair[1]})"));
    }

    private static void pair(List<List<String>> pairs, Set<String> created, String a, String b) {
        if (!created.contains(a) && !created.contains(b)) {
            pairs.add(List.of(a, b));
        }
    }

    private int count(List<List<String>> pairs, String pattern) {
        long found = 0;
        for (int from = 0; from < pairs.size(); from += BATCH) {
            found += neo4j.query(
                            "UNWIND $pairs AS pair WITH pair WHERE EXISTS { MATCH " + pattern + " } RETURN count(pair)")
                    .bind(pairs.subList(from, Math.min(pairs.size(), from + BATCH)))
                    .to("pairs")
                    .fetchAs(Long.class)
                    .one()
                    .orElse(0L);
        }
        return (int) found;
    }
}
