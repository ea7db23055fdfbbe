package org.convene.network;

import java.util.List;
import java.util.Map;

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

    Ties(Neo4jClient neo4j, Elements elements, GraphVersion version) {
        this.neo4j = neo4j;
        this.elements = elements;
        this.version = version;
    }

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
        return saved(get(id));
    }

    /** Changes a tie's strength, context, since and source; a left-out field keeps the stored value, a blank one clears it. */
    @Transactional
    public TieView update(String id, TieRequest request) {
        TieView current = get(id);
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
        return saved(get(id));
    }

    @Transactional
    public void delete(String id) {
        Map<String, Object> ends =
                neo4j.query("""
                MATCH (a:Person)-[k:KNOWS {id: $id}]->(b:Person)
                WITH a.id AS a, b.id AS b, k
                DELETE k
                RETURN a, b
                """).bind(id).to("id").fetch().one().orElseThrow(() -> NotFoundException.of("tie", id));
        version.bump(new NetworkChange.TieRemoved(Rows.string(ends, "a"), Rows.string(ends, "b")));
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
