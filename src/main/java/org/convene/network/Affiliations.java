package org.convene.network;

import java.util.Map;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where people work: one affiliation per person and organization, with role and since. */
@Service
class Affiliations {

    private final Neo4jClient neo4j;
    private final Elements elements;
    private final GraphVersion version;
    private final AuditTrail audit;

    Affiliations(Neo4jClient neo4j, Elements elements, GraphVersion version, AuditTrail audit) {
        this.neo4j = neo4j;
        this.elements = elements;
        this.version = version;
        this.audit = audit;
    }

    /** The audit trail's name for an affiliation. */
    static final String TYPE = "affiliation";

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
        AffiliationView created = get(id);
        audit.created(
                TYPE,
                id,
                label(created),
                audited(created),
                created.person().id(),
                created.organization().id());
        version.bump();
        return created;
    }

    /** Changes the role and since; a request that changes nothing writes nothing. */
    @Transactional
    public AffiliationView update(String id, AffiliationRequest request) {
        AffiliationView current = get(id);
        Map<String, Object> before = audited(current);
        Map<String, Object> intended = AuditTrail.values(
                "role",
                KeepOrClear.value(current.role(), KeepOrClear.text(request.role())),
                "since",
                KeepOrClear.value(current.since(), KeepOrClear.date("since", request.since())));
        if (AuditTrail.differences(before, intended).isEmpty()) {
            return current;
        }
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
        AffiliationView updated = get(id);
        audit.changed(
                TYPE,
                id,
                label(updated),
                before,
                audited(updated),
                updated.person().id(),
                updated.organization().id());
        version.bump();
        return updated;
    }

    @Transactional
    public void delete(String id) {
        AffiliationView current = get(id);
        neo4j.query("MATCH ()-[w:WORKS_AT {id: $id}]->() DELETE w")
                .bind(id)
                .to("id")
                .run();
        audit.deleted(
                TYPE,
                id,
                label(current),
                audited(current),
                current.person().id(),
                current.organization().id());
        version.bump();
    }

    /** How the audit trail names an affiliation: the person at the organization. */
    static String label(String person, String organization) {
        return person + " at " + organization;
    }

    private static String label(AffiliationView affiliation) {
        return label(affiliation.person().name(), affiliation.organization().name());
    }

    /** An affiliation's fields as the audit trail compares them. */
    static Map<String, Object> audited(String role, Object since) {
        return AuditTrail.values("role", role, "since", since);
    }

    private static Map<String, Object> audited(AffiliationView affiliation) {
        return audited(affiliation.role(), affiliation.since());
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
