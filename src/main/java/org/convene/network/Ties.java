package org.convene.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.convene.system.Today;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer ties between people: undirected, one per pair, with strength and context, and one interval
 * ({@code since}, {@code until}): adding a tie that ended re-opens it, keeping its first
 * {@code since}.
 */
@Service
public class Ties {

    /** The strength of a tie created without one. */
    public static final int DEFAULT_STRENGTH = 3;

    private static final String VIEW = """
            RETURN k.id AS id, {id: a.id, name: a.name} AS from, {id: b.id, name: b.name} AS to,
                   k.strength AS strength, k.context AS context, k.since AS since, k.until AS until,
                   %s AS inForce, k.source AS source,
                   k.createdBy AS createdBy, k.createdAt AS createdAt, k.updatedBy AS updatedBy, k.updatedAt AS updatedAt
            """.formatted(InForce.at("k"));

    private final Neo4jClient neo4j;
    private final Elements elements;
    private final GraphVersion version;
    private final AuditTrail audit;
    private final Today today;

    Ties(Neo4jClient neo4j, Elements elements, GraphVersion version, AuditTrail audit, Today today) {
        this.neo4j = neo4j;
        this.elements = elements;
        this.version = version;
        this.audit = audit;
        this.today = today;
    }

    /** The audit trail's name for a tie. */
    static final String TYPE = "tie";

    @Transactional(readOnly = true)
    public TieView get(String id) {
        return neo4j.query("MATCH (a:Person)-[k:KNOWS {id: $id}]->(b:Person)\n" + VIEW)
                .bindAll(Parameters.of("id", id, "date", today.date()))
                .fetch()
                .one()
                .map(Ties::view)
                .orElseThrow(() -> NotFoundException.of("tie", id));
    }

    /** The ties of one person, strongest first, those that ended too. */
    @Transactional(readOnly = true)
    public List<TieView> of(String personIdOrLabel) {
        ElementRef person = elements.find("Person", personIdOrLabel)
                .orElseThrow(() -> NotFoundException.of("person", personIdOrLabel));
        return List.copyOf(
                neo4j
                        .query("""
                MATCH (a:Person {id: $id})-[k:KNOWS]-(b:Person)
                WITH a, k, b ORDER BY k.strength DESC, b.name
                """ + VIEW)
                        .bindAll(Parameters.of("id", person.id(), "date", today.date()))
                        .fetch()
                        .all()
                        .stream()
                        .map(Ties::view)
                        .toList());
    }

    /**
     * Adds the tie; when the two people have one that ended ({@code until} on or before today), re-opens
     * that one instead: its {@code until} becomes the request's (none when left out), its first
     * {@code since} stays (the request's fills one that is missing), and the other fields given replace
     * the stored ones.
     */
    @Transactional
    public TieView create(TieRequest request) {
        ElementRef from = elements.require("Person", "from", request.from());
        ElementRef to = elements.require("Person", "to", request.to());
        if (from.id().equals(to.id())) {
            throw InvalidRequestException.field("to", "A person cannot have a tie with themselves.");
        }
        LocalDate since = RequestText.date("since", request.since());
        LocalDate until = RequestText.date("until", request.until());
        RequestText.requireOrder("until", since, until);
        // the same pair created from both ends at once: the second waits here, then sees the first's tie
        elements.lockPair(from.id(), to.id());
        Map<String, Object> existing = neo4j.query("""
                MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b})
                RETURN k.id AS id, k.since AS since, coalesce(k.until <= $date, false) AS ended
                """)
                .bindAll(Map.of("a", from.id(), "b", to.id(), "date", today.date()))
                .fetch()
                .first()
                .orElse(null);
        if (existing != null) {
            String id = Rows.string(existing, "id");
            if (!Rows.bool(existing, "ended")) {
                throw new ConflictException(from.name() + " and " + to.name() + " already have a tie (id " + id
                        + "); change it with PUT /api/ties/" + id + ".");
            }
            LocalDate firstSince = Rows.date(existing, "since") != null ? Rows.date(existing, "since") : since;
            RequestText.requireOrder("until", firstSince, until);
            return reopen(id, request, since, until);
        }
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                MATCH (a:Person {id: $a}), (b:Person {id: $b})
                CREATE (a)-[:KNOWS {id: $id, strength: $strength, context: $context, since: $since, until: $until,
                                    source: $source, createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at}]->(b)
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
                        since,
                        "until",
                        until,
                        "source",
                        RequestText.blankToNull(request.source()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        TieView created = get(id);
        record(AuditTrail.CREATED, created, Map.of(), audited(created));
        return saved(created);
    }

    private TieView reopen(String id, TieRequest request, LocalDate since, LocalDate until) {
        Map<String, Object> before = audited(get(id));
        neo4j.query("""
                MATCH ()-[k:KNOWS {id: $id}]->()
                SET k.until = $until, k.since = coalesce(k.since, $since), k.strength = coalesce($strength, k.strength),
                    k.context = coalesce($context, k.context), k.source = coalesce($source, k.source),
                    k.updatedBy = $by, k.updatedAt = $at
                """)
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "since",
                        since,
                        "until",
                        until,
                        "strength",
                        request.strength(),
                        "context",
                        RequestText.blankToNull(request.context()),
                        "source",
                        RequestText.blankToNull(request.source()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        TieView reopened = get(id);
        record(AuditTrail.UPDATED, reopened, before, audited(reopened));
        return saved(reopened);
    }

    /**
     * Changes a tie's strength, context, since, until and source; a left-out field keeps the stored
     * value, a blank one clears it. A request that changes nothing writes nothing.
     */
    @Transactional
    public TieView update(String id, TieRequest request) {
        TieView current = get(id);
        Object since = KeepOrClear.date("since", request.since());
        Object until = KeepOrClear.date("until", request.until());
        RequestText.requireOrder(
                request.until() != null ? "until" : "since",
                since == null ? current.since() : since instanceof LocalDate date ? date : null,
                until == null ? current.until() : until instanceof LocalDate date ? date : null);
        Map<String, Object> before = audited(current);
        Map<String, Object> intended = AuditTrail.values(
                "strength",
                request.strength() == null ? current.strength() : request.strength(),
                "context",
                KeepOrClear.value(current.context(), KeepOrClear.text(request.context())),
                "since",
                KeepOrClear.value(current.since(), since),
                "until",
                KeepOrClear.value(current.until(), until),
                "source",
                KeepOrClear.value(current.source(), KeepOrClear.text(request.source())));
        if (AuditTrail.differences(before, intended).isEmpty()) {
            return current;
        }
        neo4j.query("""
                MATCH ()-[k:KNOWS {id: $id}]->()
                SET k.strength = $strength, k.context = %s, k.since = %s, k.until = %s, k.source = %s,
                    k.updatedBy = $by, k.updatedAt = $at
                """.formatted(
                                KeepOrClear.cypher("k.context", "$context"),
                                KeepOrClear.cypher("k.since", "$since"),
                                KeepOrClear.cypher("k.until", "$until"),
                                KeepOrClear.cypher("k.source", "$source")))
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "strength",
                        request.strength() == null ? current.strength() : request.strength(),
                        "context",
                        KeepOrClear.text(request.context()),
                        "since",
                        since,
                        "until",
                        until,
                        "source",
                        KeepOrClear.text(request.source()),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        TieView updated = get(id);
        record(AuditTrail.UPDATED, updated, before, audited(updated));
        return saved(updated);
    }

    @Transactional
    public void delete(String id) {
        TieView current = get(id);
        neo4j.query("MATCH ()-[k:KNOWS {id: $id}]->() DELETE k")
                .bind(id)
                .to("id")
                .run();
        record(AuditTrail.DELETED, current, audited(current), Map.of());
        version.bump(
                new NetworkChange.TieRemoved(current.from().id(), current.to().id()));
    }

    /** Records the write in the audit trail, naming the tie's two people too. */
    private void record(String action, TieView tie, Map<String, Object> before, Map<String, Object> after) {
        String label = label(tie);
        String[] ends = {tie.from().id(), tie.to().id()};
        switch (action) {
            case AuditTrail.CREATED -> audit.created(TYPE, tie.id(), label, after, ends);
            case AuditTrail.DELETED -> audit.deleted(TYPE, tie.id(), label, before, ends);
            default -> audit.changed(TYPE, tie.id(), label, before, after, ends);
        }
    }

    /** How the audit trail names a tie: its two people. */
    private static String label(TieView tie) {
        return tie.from().name() + " – " + tie.to().name();
    }

    /** A tie's fields as the audit trail compares them. */
    private static Map<String, Object> audited(TieView tie) {
        return AuditTrail.values(
                "strength",
                tie.strength(),
                "context",
                tie.context(),
                "since",
                tie.since(),
                "until",
                tie.until(),
                "source",
                tie.source());
    }

    /**
     * Raises the graph version with the tie as today's network sees it, so the analysis can update
     * in place: saved when in force today, else absent.
     */
    private TieView saved(TieView tie) {
        version.bump(
                tie.inForce()
                        ? new NetworkChange.TieSaved(tie.from().id(), tie.to().id(), tie.strength(), tie.context())
                        : new NetworkChange.TieRemoved(tie.from().id(), tie.to().id()));
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
                Rows.date(row, "until"),
                Rows.bool(row, "inForce"),
                Rows.string(row, "source"),
                Rows.string(row, "createdBy"),
                Rows.time(row, "createdAt"),
                Rows.string(row, "updatedBy"),
                Rows.time(row, "updatedAt"));
    }
}
