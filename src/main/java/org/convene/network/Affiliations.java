package org.convene.network;

import java.util.Map;

import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where people work: one affiliation per person and organization, with role and since. */
@Service
public class Affiliations {

    private final Neo4jClient neo4j;
    private final Elements elements;
    private final GraphVersion version;

    Affiliations(Neo4jClient neo4j, Elements elements, GraphVersion version) {
        this.neo4j = neo4j;
        this.elements = elements;
        this.version = version;
    }

    @Transactional(readOnly = true)
    public AffiliationView get(String id) {
        return neo4j.query("""
                MATCH (p:Person)-[w:WORKS_AT {id: $id}]->(o:Organization)
                RETURN w.id AS id, {id: p.id, name: p.name} AS person, {id: o.id, name: o.name} AS organization,
                       w.role AS role, w.since AS since, w.createdBy AS createdBy, w.createdAt AS createdAt,
                       w.updatedBy AS updatedBy, w.updatedAt AS updatedAt
                """)
                .bind(id)
                .to("id")
                .fetch()
                .one()
                .map(Affiliations::view)
                .orElseThrow(() -> NotFoundException.of("affiliation", id));
    }

    @Transactional
    public AffiliationView create(AffiliationRequest request) {
        ElementRef person = elements.require("Person", "person", request.person());
        ElementRef organization = elements.require("Organization", "organization", request.organization());
        // the same affiliation created twice at once: the second waits here, then sees the first's
        elements.lockPair(person.id(), organization.id());
        neo4j.query("MATCH (:Person {id: $p})-[w:WORKS_AT]->(:Organization {id: $o}) RETURN w.id AS id")
                .bindAll(Map.of("p", person.id(), "o", organization.id()))
                .fetchAs(String.class)
                .one()
                .ifPresent(existing -> {
                    throw new ConflictException(person.name() + " already works at " + organization.name()
                            + " (affiliation " + existing + ").");
                });
        String id = java.util.UUID.randomUUID().toString();
        neo4j.query("""
                MATCH (p:Person {id: $p}), (o:Organization {id: $o})
                CREATE (p)-[:WORKS_AT {id: $id, role: $role, since: $since,
                                       createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at}]->(o)
                """)
                .bindAll(Parameters.of(
                        "p",
                        person.id(),
                        "o",
                        organization.id(),
                        "id",
                        id,
                        "role",
                        RequestText.blankToNull(request.role()),
                        "since",
                        RequestText.date("since", request.since()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        version.bump();
        return get(id);
    }

    @Transactional
    public AffiliationView update(String id, AffiliationRequest request) {
        get(id);
        neo4j.query("""
                MATCH ()-[w:WORKS_AT {id: $id}]->()
                SET w.role = %s, w.since = %s, w.updatedBy = $by, w.updatedAt = $at
                """.formatted(KeepOrClear.cypher("w.role", "$role"), KeepOrClear.cypher("w.since", "$since")))
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "role",
                        KeepOrClear.text(request.role()),
                        "since",
                        KeepOrClear.date("since", request.since()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        version.bump();
        return get(id);
    }

    @Transactional
    public void delete(String id) {
        long removed = neo4j.query("MATCH ()-[w:WORKS_AT {id: $id}]->() DELETE w RETURN count(*) AS removed")
                .bind(id)
                .to("id")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (removed == 0) {
            throw NotFoundException.of("affiliation", id);
        }
        version.bump();
    }

    static AffiliationView view(Map<String, Object> row) {
        return new AffiliationView(
                Rows.string(row, "id"),
                Rows.ref(Rows.map(row, "person")),
                Rows.ref(Rows.map(row, "organization")),
                Rows.string(row, "role"),
                Rows.date(row, "since"),
                Rows.string(row, "createdBy"),
                Rows.time(row, "createdAt"),
                Rows.string(row, "updatedBy"),
                Rows.time(row, "updatedAt"));
    }
}
