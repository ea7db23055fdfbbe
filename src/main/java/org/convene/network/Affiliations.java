package org.convene.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.NotFoundException;
import org.convene.system.Today;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where people work: one affiliation per person and organization, with role, leadership and one
 * interval ({@code since}, {@code until}); adding one that ended re-opens it, keeping its first
 * {@code since}. A new affiliation comes last in the person's order ({@code rank}).
 */
@Service
class Affiliations {

    private final Neo4jClient neo4j;
    private final Elements elements;
    private final GraphVersion version;
    private final AuditTrail audit;
    private final Today today;

    Affiliations(Neo4jClient neo4j, Elements elements, GraphVersion version, AuditTrail audit, Today today) {
        this.neo4j = neo4j;
        this.elements = elements;
        this.version = version;
        this.audit = audit;
        this.today = today;
    }

    /** The audit trail's name for an affiliation. */
    static final String TYPE = "affiliation";

    @Transactional(readOnly = true)
    public AffiliationView get(String id) {
        return neo4j.query("""
                MATCH (p:Person)-[w:WORKS_AT {id: $id}]->(o:Organization)
                RETURN w.id AS id, {id: p.id, name: p.name} AS person, {id: o.id, name: o.name} AS organization,
                       w.role AS role, w.since AS since, w.until AS until, %s AS inForce,
                       coalesce(w.leads, false) AS leads, w.rank AS rank, w.createdBy AS createdBy,
                       w.createdAt AS createdAt, w.updatedBy AS updatedBy, w.updatedAt AS updatedAt
                """.formatted(InForce.at("w")))
                .bindAll(Parameters.of("id", id, "date", today.date()))
                .fetch()
                .one()
                .map(Affiliations::view)
                .orElseThrow(() -> NotFoundException.of("affiliation", id));
    }

    /**
     * Adds the affiliation; when the person has one at the organization that ended ({@code until}
     * on or before today), re-opens that one instead, as {@link Ties#create} does a tie.
     */
    @Transactional
    public AffiliationView create(AffiliationRequest request) {
        ElementRef person = elements.require("Person", "person", request.person());
        ElementRef organization = elements.require("Organization", "organization", request.organization());
        // the same affiliation created twice at once: the second waits here, then sees the first's
        elements.lockPair(person.id(), organization.id());
        LocalDate since = RequestText.date("since", request.since());
        LocalDate until = RequestText.date("until", request.until());
        RequestText.requireOrder("until", since, until);
        Map<String, Object> existing = neo4j.query("""
                MATCH (:Person {id: $p})-[w:WORKS_AT]->(:Organization {id: $o})
                RETURN w.id AS id, w.since AS since, coalesce(w.until <= $date, false) AS ended
                """)
                .bindAll(Map.of("p", person.id(), "o", organization.id(), "date", today.date()))
                .fetch()
                .first()
                .orElse(null);
        if (existing != null) {
            String id = Rows.string(existing, "id");
            if (!Rows.bool(existing, "ended")) {
                throw new ConflictException(
                        person.name() + " already works at " + organization.name() + " (affiliation " + id + ").");
            }
            LocalDate firstSince = Rows.date(existing, "since") != null ? Rows.date(existing, "since") : since;
            RequestText.requireOrder("until", firstSince, until);
            Map<String, Object> before = audited(get(id));
            neo4j.query("""
                    MATCH ()-[w:WORKS_AT {id: $id}]->()
                    SET w.until = $until, w.since = coalesce(w.since, $since), w.role = coalesce($role, w.role),
                        w.leads = coalesce($leads, w.leads), w.updatedBy = $by, w.updatedAt = $at
                    """)
                    .bindAll(Parameters.of(
                            "id",
                            id,
                            "since",
                            since,
                            "until",
                            until,
                            "role",
                            RequestText.blankToNull(request.role()),
                            "leads",
                            request.leads(),
                            "by",
                            Auditor.currentUser(),
                            "at",
                            Auditor.now()))
                    .run();
            AffiliationView reopened = get(id);
            record(AuditTrail.UPDATED, reopened, before, audited(reopened));
            version.bump();
            return reopened;
        }
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                MATCH (p:Person {id: $p}), (o:Organization {id: $o})
                WITH p, o, COLLECT { MATCH (p)-[w:WORKS_AT]->(:Organization) WHERE w.rank IS :: INTEGER NOT NULL
                                     RETURN w.rank ORDER BY w.rank DESC LIMIT 1 }[0] AS lastRank
                CREATE (p)-[:WORKS_AT {id: $id, role: $role, since: $since, until: $until, leads: $leads,
                                       rank: coalesce(lastRank + 1, 0),
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
                        since,
                        "until",
                        until,
                        "leads",
                        Boolean.TRUE.equals(request.leads()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        AffiliationView created = get(id);
        record(AuditTrail.CREATED, created, Map.of(), audited(created));
        version.bump();
        return created;
    }

    /**
     * Changes role, since, until and leads; a left-out field keeps the stored value, a blank one
     * clears it. A request that changes nothing writes nothing.
     */
    @Transactional
    public AffiliationView update(String id, AffiliationRequest request) {
        AffiliationView current = get(id);
        Object since = KeepOrClear.date("since", request.since());
        Object until = KeepOrClear.date("until", request.until());
        RequestText.requireOrder(
                request.until() != null ? "until" : "since",
                since == null ? current.since() : since instanceof LocalDate date ? date : null,
                until == null ? current.until() : until instanceof LocalDate date ? date : null);
        Map<String, Object> before = audited(current);
        Map<String, Object> intended = audited(
                KeepOrClear.value(current.role(), KeepOrClear.text(request.role())),
                KeepOrClear.value(current.since(), since),
                KeepOrClear.value(current.until(), until),
                request.leads() == null ? current.leads() : request.leads());
        if (AuditTrail.differences(before, intended).isEmpty()) {
            return current;
        }
        neo4j.query("""
                MATCH ()-[w:WORKS_AT {id: $id}]->()
                SET w.role = %s, w.since = %s, w.until = %s, w.leads = coalesce($leads, w.leads),
                    w.updatedBy = $by, w.updatedAt = $at
                """.formatted(
                                KeepOrClear.cypher("w.role", "$role"),
                                KeepOrClear.cypher("w.since", "$since"),
                                KeepOrClear.cypher("w.until", "$until")))
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "role",
                        KeepOrClear.text(request.role()),
                        "since",
                        since,
                        "until",
                        until,
                        "leads",
                        request.leads(),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        AffiliationView updated = get(id);
        record(AuditTrail.UPDATED, updated, before, audited(updated));
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
        record(AuditTrail.DELETED, current, audited(current), Map.of());
        version.bump();
    }

    /** Records the write in the audit trail, naming the affiliation's person and organization too. */
    private void record(
            String action, AffiliationView affiliation, Map<String, Object> before, Map<String, Object> after) {
        String id = affiliation.id();
        String label = label(affiliation);
        String[] ends = {affiliation.person().id(), affiliation.organization().id()};
        switch (action) {
            case AuditTrail.CREATED -> audit.created(TYPE, id, label, after, ends);
            case AuditTrail.DELETED -> audit.deleted(TYPE, id, label, before, ends);
            default -> audit.changed(TYPE, id, label, before, after, ends);
        }
    }

    /** How the audit trail names an affiliation: the person at the organization. */
    static String label(String person, String organization) {
        return person + " at " + organization;
    }

    private static String label(AffiliationView affiliation) {
        return label(affiliation.person().name(), affiliation.organization().name());
    }

    /** An affiliation's fields as the audit trail compares them. */
    static Map<String, Object> audited(Object role, Object since, Object until, Object leads) {
        return AuditTrail.values("role", role, "since", since, "until", until, "leads", leads);
    }

    private static Map<String, Object> audited(AffiliationView affiliation) {
        return audited(affiliation.role(), affiliation.since(), affiliation.until(), affiliation.leads());
    }

    static AffiliationView view(Map<String, Object> row) {
        return new AffiliationView(
                Rows.string(row, "id"),
                Rows.ref(Rows.map(row, "person")),
                Rows.ref(Rows.map(row, "organization")),
                Rows.string(row, "role"),
                Rows.date(row, "since"),
                Rows.date(row, "until"),
                Rows.bool(row, "inForce"),
                Rows.bool(row, "leads"),
                Rows.integer(row, "rank"),
                Rows.string(row, "createdBy"),
                Rows.time(row, "createdAt"),
                Rows.string(row, "updatedBy"),
                Rows.time(row, "updatedAt"));
    }
}
