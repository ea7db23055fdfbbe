package org.convene.network;

import java.util.List;
import java.util.Map;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Peer ties between people: undirected, one per pair, with strength and context. */
@Service
public class Ties {

    /** The strength of a tie created without one. */
    public static final int DEFAULT_STRENGTH = 3;

    private static final String VIEW = """
            RETURN k.id AS id, {id: a.id, name: a.name} AS from, {id: b.id, name: b.name} AS to,
                   k.strength AS strength, k.context AS context, k.since AS since, k.source AS source,
                   k.createdBy AS createdBy, k.createdAt AS createdAt, k.updatedBy AS updatedBy, k.updatedAt AS updatedAt
            """;

    private final Neo4jClient neo4j;
    private final Elements elements;
    private final GraphVersion version;
    private final AuditTrail audit;

    Ties(Neo4jClient neo4j, Elements elements, GraphVersion version, AuditTrail audit) {
        this.neo4j = neo4j;
        this.elements = elements;
        this.version = version;
        this.audit = audit;
    }

    /** The audit trail's name for a tie. */
    static final String TYPE = "tie";

    @Transactional(readOnly = true)
    public TieView get(String id) {
        return neo4j.query("MATCH (a:Person)-[k:KNOWS {id: $id}]->(b:Person)\n" + VIEW)
                .bind(id)
                .to("id")
                .fetch()
                .one()
                .map(Ties::view)
                .orElseThrow(() -> NotFoundException.of("tie", id));
    }

    /** The ties of one person, strongest first. */
    @Transactional(readOnly = true)
    public List<TieView> of(String personIdOrLabel) {
        ElementRef person = elements.find("Person", personIdOrLabel)
                .orElseThrow(() -> NotFoundException.of("person", personIdOrLabel));
        return List.copyOf(neo4j.query("""
                MATCH (a:Person {id: $id})-[k:KNOWS]-(b:Person)
                WITH a, k, b ORDER BY k.strength DESC, b.name
                """ + VIEW).bind(person.id()).to("id").fetch().all().stream()
                .map(Ties::view)
                .toList());
    }

    @Transactional
    public TieView create(TieRequest request) {
        ElementRef from = elements.require("Person", "from", request.from());
        ElementRef to = elements.require("Person", "to", request.to());
        if (from.id().equals(to.id())) {
            throw InvalidRequestException.field("to", "A person cannot have a tie with themselves.");
        }
        // the same pair created from both ends at once: the second waits here, then sees the first's tie
        elements.lockPair(from.id(), to.id());
        neo4j.query("MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b}) RETURN k.id AS id")
                .bindAll(Map.of("a", from.id(), "b", to.id()))
                .fetchAs(String.class)
                .one()
                .ifPresent(existing -> {
                    throw new ConflictException(from.name() + " and " + to.name() + " already have a tie (id "
                            + existing + "); change it with PUT /api/ties/" + existing + ".");
                });
        String id = java.util.UUID.randomUUID().toString();
        neo4j.query("""
                MATCH (a:Person {id: $a}), (b:Person {id: $b})
                CREATE (a)-[:KNOWS {id: $id, strength: $strength, context: $context, since: $since, source: $source,
                                    createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at}]->(b)
                """)
                .bindAll(Parameters.of(
                        "a",
                        from.id(),
                        "b",
                        to.id(),
                        "id",
                        id,
                        "strength",
                        request.strength() == null ? DEFAULT_STRENGTH : request.strength(),
                        "context",
                        RequestText.blankToNull(request.context()),
                        "since",
                        RequestText.date("since", request.since()),
                        "source",
                        RequestText.blankToNull(request.source()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        TieView created = get(id);
        audit.created(
                TYPE,
                id,
                label(created),
                audited(created),
                created.from().id(),
                created.to().id());
        return saved(created);
    }

    /**
     * Changes a tie's strength, context, since and source; a left-out field keeps the stored value,
     * a blank one clears it. A request that changes nothing writes nothing.
     */
    @Transactional
    public TieView update(String id, TieRequest request) {
        TieView current = get(id);
        Map<String, Object> before = audited(current);
        Map<String, Object> intended = AuditTrail.values(
                "strength",
                request.strength() == null ? current.strength() : request.strength(),
                "context",
                KeepOrClear.value(current.context(), KeepOrClear.text(request.context())),
                "since",
                KeepOrClear.value(current.since(), KeepOrClear.date("since", request.since())),
                "source",
                KeepOrClear.value(current.source(), KeepOrClear.text(request.source())));
        if (AuditTrail.differences(before, intended).isEmpty()) {
            return current;
        }
        neo4j.query("""
                MATCH ()-[k:KNOWS {id: $id}]->()
                SET k.strength = $strength, k.context = %s, k.since = %s, k.source = %s,
                    k.updatedBy = $by, k.updatedAt = $at
                """.formatted(
                                KeepOrClear.cypher("k.context", "$context"),
                                KeepOrClear.cypher("k.since", "$since"),
                                KeepOrClear.cypher("k.source", "$source")))
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "strength",
                        request.strength() == null ? current.strength() : request.strength(),
                        "context",
                        KeepOrClear.text(request.context()),
                        "since",
                        KeepOrClear.date("since", request.since()),
                        "source",
                        KeepOrClear.text(request.source()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        TieView updated = get(id);
        audit.changed(
                TYPE,
                id,
                label(updated),
                before,
                audited(updated),
                updated.from().id(),
                updated.to().id());
        return saved(updated);
    }

    @Transactional
    public void delete(String id) {
        TieView current = get(id);
        neo4j.query("MATCH ()-[k:KNOWS {id: $id}]->() DELETE k")
                .bind(id)
                .to("id")
                .run();
        audit.deleted(
                TYPE,
                id,
                label(current),
                audited(current),
                current.from().id(),
                current.to().id());
        version.bump(
                new NetworkChange.TieRemoved(current.from().id(), current.to().id()));
    }

    /** How the audit trail names a tie: its two people. */
    private static String label(TieView tie) {
        return tie.from().name() + " – " + tie.to().name();
    }

    /** A tie's fields as the audit trail compares them. */
    private static Map<String, Object> audited(TieView tie) {
        return AuditTrail.values(
                "strength", tie.strength(), "context", tie.context(), "since", tie.since(), "source", tie.source());
    }

    /** Raises the graph version with the tie as stored, so the analysis can update in place. */
    private TieView saved(TieView tie) {
        version.bump(new NetworkChange.TieSaved(tie.from().id(), tie.to().id(), tie.strength(), tie.context()));
        return tie;
    }

    static TieView view(Map<String, Object> row) {
        return new TieView(
                Rows.string(row, "id"),
                Rows.ref(Rows.map(row, "from")),
                Rows.ref(Rows.map(row, "to")),
                Rows.integer(row, "strength"),
                Rows.string(row, "context"),
                Rows.date(row, "since"),
                Rows.string(row, "source"),
                Rows.string(row, "createdBy"),
                Rows.time(row, "createdAt"),
                Rows.string(row, "updatedBy"),
                Rows.time(row, "updatedAt"));
    }
}
