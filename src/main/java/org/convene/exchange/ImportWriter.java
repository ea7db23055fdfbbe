package org.convene.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convene.network.GraphVersion;
import org.convene.network.Membership;
import org.convene.network.Ties;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.InvalidRequestException;
import org.convene.system.Today;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated import plan in one transaction, as batched {@code UNWIND} statements, so a
 * file is stored whole or not at all.
 *
 * <p>The planner checks every row on its own; what only the store can tell (a file's Until before
 * the Since already stored for that tie, a Stage since before a later stored stage change) is
 * checked here, on the values as written, and rejects the import with those rows, rolling it back.
 */
@Component
class ImportWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportWriter.class);

    /** Rows per statement: large enough to amortise planning, small enough to keep each batch cheap. */
    static final int BATCH = 5_000;

    private final Neo4jClient neo4j;
    private final GraphVersion version;
    private final Today today;

    ImportWriter(Neo4jClient neo4j, GraphVersion version, Today today) {
        this.neo4j = neo4j;
        this.version = version;
        this.today = today;
    }

    @Transactional
    public void write(ImportPlan plan, String source) {
        write(plan, source, ImportProgress.untracked());
    }

    /**
     * As {@link #write(ImportPlan, String)}, counting the rows written in {@code progress}.
     *
     * @return how many of the stored elements the file names it changed
     */
    @Transactional
    long write(ImportPlan plan, String source, ImportProgress progress) {
        progress.start(ImportProgress.Phase.WRITING, rows(plan));
        Map<String, Object> audit =
                Map.of("by", Auditor.currentUser(), "at", Auditor.now(), "source", source, "today", today.date());
        ZoneId zone = today.zone();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        // rows that created or changed something: none, and the network's version stays, so every
        // instance keeps its projection and cached answers
        long changed = 0;
        // Stored id -> element id of every element this import links: affiliations and ties
        // find their ends by element id, a direct record read, instead of an index seek per end.
        Map<String, String> elements = new HashMap<>();
        Map<Boolean, List<ImportPlan.NewElement>> creates =
                plan.creates().stream().collect(Collectors.partitioningBy(e -> e.type() == ElementType.PERSON));
        changed += batches(
                creates.get(true),
                e -> created(e, zone),
                """
                UNWIND $rows AS row
                CREATE (e:Element:Person {id: row.id, name: row.label, role: row.role, description: row.description,
                        tags: coalesce(row.tags, []), coalition: false, stage: row.stage,
                        power: row.power, urgency: row.urgency, optimism: row.optimism,
                        collaboration: row.collaboration, openness: row.openness, noResources: row.noResources,
                        createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})
                WITH e, row
                """ + membership("") + """
                FOREACH (_ IN CASE WHEN row.stage IS NULL THEN [] ELSE [1] END |
                  CREATE (e)-[:HAD_STAGE]->(:StageChange {stage: row.stage, at: coalesce(row.stageAt, $at), by: $by,
                                                          note: $source}))
                """ + IN_SECTOR,
                audit,
                elements,
                conflicts,
                progress);
        changed += batches(
                creates.get(false), e -> created(e, zone), """
                UNWIND $rows AS row
                CREATE (e:Element:Organization {id: row.id, name: row.label, level: row.level,
                        description: row.description, tags: coalesce(row.tags, []), resources: row.resources,
                        createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})
                """ + IN_SECTOR, audit, elements, conflicts, progress);
        long beforeUpdates = changed;
        Map<Boolean, List<ImportPlan.ElementUpdate>> updates =
                plan.updates().stream().collect(Collectors.partitioningBy(e -> e.type() == ElementType.PERSON));
        changed += batches(
                updates.get(true),
                e -> updated(e, zone),
                """
                UNWIND $rows AS row
                MATCH (e:Element {id: row.id})
                """ + "WITH e, row, " + BEFORE + " AS before\n" + """
                SET e.name = row.label, e.role = coalesce(row.role, e.role),
                    e.description = coalesce(row.description, e.description), e.tags = coalesce(row.tags, e.tags),
                    e.power = coalesce(row.power, e.power), e.urgency = coalesce(row.urgency, e.urgency),
                    e.optimism = coalesce(row.optimism, e.optimism),
                    e.collaboration = coalesce(row.collaboration, e.collaboration),
                    e.openness = coalesce(row.openness, e.openness),
                    e.noResources = coalesce(row.noResources, e.noResources)
                WITH e, row, before
                """ + membership(", before") + SECTOR + STAGE
                        + stamped(", latest") + """
                RETURN count(*) AS written, sum(CASE WHEN e.updatedAt = $at THEN 1 ELSE 0 END) AS changed,
                       collect(CASE WHEN coalesce(e.leftAt < e.joinedAt, false)
                                    THEN {line: row.line, kind: 'membership', leftGiven: row.left IS NOT NULL,
                                          since: e.joinedAt, until: e.leftAt} END)
                       + collect(CASE WHEN row.stage IS NOT NULL AND coalesce(latest.stage <> row.stage, false)
                                      THEN {line: row.line, kind: 'stage', stageSince: row.stageSince,
                                            stage: latest.stage, at: latest.at} END) AS conflicts
                """,
                audit,
                null,
                conflicts,
                progress);
        changed += batches(
                updates.get(false),
                e -> updated(e, zone),
                """
                UNWIND $rows AS row
                MATCH (e:Element {id: row.id})
                """ + "WITH e, row, " + BEFORE + " AS before\n" + """
                SET e.name = row.label, e.level = coalesce(row.level, e.level),
                    e.description = coalesce(row.description, e.description), e.tags = coalesce(row.tags, e.tags),
                    e.resources = coalesce(row.resources, e.resources)
                WITH e, row, before
                """ + SECTOR + "WITH e, row, before\n" + stamped("")
                        + CHANGED,
                audit,
                null,
                conflicts,
                progress);
        long changedElements = changed - beforeUpdates;
        Set<String> linked = new HashSet<>();
        plan.affiliations().forEach(a -> {
            linked.add(a.personId());
            linked.add(a.organizationId());
        });
        plan.ties().forEach(t -> {
            linked.add(t.personIdA());
            linked.add(t.personIdB());
        });
        plan.partnerships().forEach(p -> {
            linked.add(p.organizationIdA());
            linked.add(p.organizationIdB());
        });
        plan.storedElementIds().forEach(elements::putIfAbsent);
        linked.removeAll(elements.keySet());
        lookUpElements(linked, elements);
        changed += batches(
                plan.affiliations(),
                a -> row(
                        "p",
                        elements.get(a.personId()),
                        "o",
                        elements.get(a.organizationId()),
                        "role",
                        a.role(),
                        "since",
                        a.since(),
                        "until",
                        a.until(),
                        "leads",
                        a.leads(),
                        "source",
                        a.source(),
                        "rank",
                        a.rank(),
                        "line",
                        a.line()),
                """
                UNWIND $rows AS row
                MATCH (p:Person) WHERE elementId(p) = row.p
                MATCH (o:Organization) WHERE elementId(o) = row.o
                MERGE (p)-[w:WORKS_AT]->(o)
                ON CREATE SET w.id = randomUUID(), w.role = row.role, w.since = row.since, w.until = row.until,
                              w.leads = coalesce(row.leads, false), w.rank = row.rank,
                              w.source = coalesce(row.source, $source),
                              w.createdBy = $by, w.createdAt = $at, w.updatedBy = $by, w.updatedAt = $at
                ON MATCH SET %1$s, w.role = coalesce(row.role, w.role), w.since = %2$s, w.until = %3$s,
                             w.leads = coalesce(row.leads, w.leads), w.rank = row.rank,
                             w.source = coalesce(row.source, w.source)
                """.formatted(
                                        stampedIfChanged(
                                                "w",
                                                differs("w.role", "coalesce(row.role, w.role)") + " OR "
                                                        + differs("w.since", KEPT_SINCE.formatted("w")) + " OR "
                                                        + differs("w.until", REOPENED_UNTIL.formatted("w")) + " OR "
                                                        + differs("w.leads", "coalesce(row.leads, w.leads)") + " OR "
                                                        + differs("w.rank", "row.rank") + " OR "
                                                        + differs("w.source", "coalesce(row.source, w.source)")),
                                        KEPT_SINCE.formatted("w"),
                                        REOPENED_UNTIL.formatted("w"))
                        + conflictsOf("w", "affiliation"),
                audit,
                null,
                conflicts,
                progress);
        // Two elements created by this import cannot be tied yet, so their ties need no MERGE.
        Set<String> created = new HashSet<>();
        plan.creates().forEach(e -> created.add(e.id()));
        Map<Boolean, List<ImportPlan.Tie>> ties = plan.ties().stream()
                .collect(Collectors.partitioningBy(
                        t -> created.contains(t.personIdA()) && created.contains(t.personIdB())));
        Function<ImportPlan.Tie, Map<String, Object>> tieRow = t -> tie(
                elements.get(t.personIdA()),
                elements.get(t.personIdB()),
                t.strength(),
                t.context(),
                t.since(),
                t.until(),
                t.source(),
                t.line());
        changed += batches(ties.get(true), tieRow, newTie("Person", "KNOWS"), audit, null, conflicts, progress);
        changed += batches(
                ties.get(false), tieRow, undirected("Person", "KNOWS", "tie"), audit, null, conflicts, progress);
        changed += batches(
                plan.partnerships(),
                p -> tie(
                        elements.get(p.organizationIdA()),
                        elements.get(p.organizationIdB()),
                        p.strength(),
                        p.context(),
                        p.since(),
                        p.until(),
                        p.source(),
                        p.line()),
                undirected("Organization", "PARTNERS_WITH", "partnership"),
                audit,
                null,
                conflicts,
                progress);
        if (!conflicts.isEmpty()) {
            List<ImportError> errors = conflicts.stream()
                    .map(ImportWriter::error)
                    .sorted(Comparator.comparing(ImportError::sheet, Comparator.reverseOrder())
                            .thenComparingInt(ImportError::row))
                    .toList();
            ImportOutcome.Rejected rejected = new ImportOutcome.Rejected(errors, errors.size());
            // thrown inside the transaction, so everything written so far rolls back
            throw new InvalidRequestException(rejected.summary(), rejected.errors());
        }
        if (changed > 0) {
            version.bump();
        }
        return changedElements;
    }

    /** The rows a plan writes, one per element, affiliation, tie and partnership. */
    private static long rows(ImportPlan plan) {
        return (long) plan.creates().size()
                + plan.updates().size()
                + plan.affiliations().size()
                + plan.ties().size()
                + plan.partnerships().size();
    }

    /** Ends a statement that returns nothing else: how many rows it wrote, checked by {@link #batches}. */
    private static final String WRITTEN = "RETURN count(*) AS written, [] AS conflicts\n";

    /**
     * Ends an update of the element {@code e}: how many rows it wrote, and how many of them changed
     * it (stamped by this write, whose time is its own).
     */
    private static final String CHANGED = """
            RETURN count(*) AS written, sum(CASE WHEN e.updatedAt = $at THEN 1 ELSE 0 END) AS changed,
                   [] AS conflicts
            """;

    /**
     * The membership of the person {@code e} from the row ({@link Membership}), keeping
     * {@code carried} (", before", or nothing) in scope after it.
     */
    private static String membership(String carried) {
        return Membership.update("e", "e, row", "row.coalition", "row.joined", "row.left") + "WITH e, row" + carried
                + "\n";
    }

    /**
     * What an element's update compares to decide whether it changed anything: its properties, its
     * own sectors and its stage history, bound as {@code before} before the statement writes.
     */
    private static final String BEFORE = "{properties: properties(e), sectors: [(e)-[:IN_SECTOR]->(s:Sector) | s.key],"
            + " stages: COLLECT { MATCH (e)-[:HAD_STAGE]->(c:StageChange) RETURN [c.stage, c.at] ORDER BY c.at }}";

    /**
     * Stamps an updated element with who and when only when the row changed it (its properties or
     * its sector against {@code before}), so a re-import of unchanged rows leaves {@code updatedBy}
     * and {@code updatedAt} as they were; keeps {@code carried} (", latest", or nothing) in scope.
     */
    private static String stamped(String carried) {
        return "WITH e, row, before" + carried + ", " + BEFORE + " <> before AS changed\n" + """
                SET e.updatedBy = CASE WHEN changed THEN $by ELSE e.updatedBy END,
                    e.updatedAt = CASE WHEN changed THEN $at ELSE e.updatedAt END
                """ + "WITH e, row"
                + carried + "\n";
    }

    /**
     * The {@code SET} items that stamp the connection {@code r} with who and when only when
     * {@code changed} (a disjunction of {@link #differs}) holds; listed before the fields' own
     * items, so the condition reads the stored values.
     */
    private static String stampedIfChanged(String r, String changed) {
        return "%1$s.updatedBy = CASE WHEN %2$s THEN $by ELSE %1$s.updatedBy END, %1$s.updatedAt = CASE WHEN %2$s THEN $at ELSE %1$s.updatedAt END"
                .formatted(r, changed);
    }

    /** Whether the stored property will change to the value, {@code null} counting as a value. */
    private static String differs(String stored, String value) {
        return "NOT coalesce((%2$s) = %1$s, (%2$s) IS NULL AND %1$s IS NULL)".formatted(stored, value);
    }

    /**
     * Re-adding a connection that ended (its {@code until} on or before today) with a blank Until
     * re-opens it; a given Until replaces the stored one; otherwise the stored one stays.
     */
    private static final String REOPENED_UNTIL =
            "CASE WHEN row.until IS NOT NULL THEN row.until WHEN %1$s.until <= $today THEN null ELSE %1$s.until END";

    /**
     * A row re-opening a connection that ended (a blank Until, the stored one on or before today)
     * keeps its first {@code since}: the earlier of the stored one and the row's. Otherwise a given
     * Since replaces the stored one. Set before {@link #REOPENED_UNTIL}, which clears the Until it reads.
     */
    private static final String KEPT_SINCE = """
            CASE WHEN row.until IS NULL AND %1$s.until <= $today AND %1$s.since IS NOT NULL
                      THEN CASE WHEN row.since < %1$s.since THEN row.since ELSE %1$s.since END
                 ELSE coalesce(row.since, %1$s.since) END""";

    /** Links a created element to its sector, and returns its element id. */
    private static final String IN_SECTOR = """
            WITH e, row
            CALL (e, row) {
              WITH e, row WHERE row.sector IS NOT NULL
              MATCH (s:Sector {key: row.sector})
              CREATE (e)-[:IN_SECTOR]->(s)
            }
            RETURN row.id AS id, elementId(e) AS element
            """;

    /** Sets the row's own sector, replacing the stored one. */
    private static final String SECTOR = """
            CALL (e, row) {
              WITH e, row WHERE row.sector IS NOT NULL AND [(e)-[:IN_SECTOR]->(s:Sector) | s.key] <> [row.sector]
              OPTIONAL MATCH (e)-[old:IN_SECTOR]->(:Sector)
              DELETE old
              WITH DISTINCT e, row
              MATCH (s:Sector {key: row.sector})
              MERGE (e)-[:IN_SECTOR]->(s)
            }
            """;

    /**
     * Records a stage change (dated the row's Stage since, else now) when the stage differs, or
     * when the person has no history yet; with the same stage and a Stage since on another day,
     * re-dates the change that began it. The current stage is then the latest change's, bound as
     * {@code latest} for the conflict check.
     */
    private static final String STAGE = """
            CALL (e, row) {
              WITH e, row WHERE row.stage IS NOT NULL
                               AND (row.stage <> coalesce(e.stage, '')
                                    OR (row.stageAt IS NOT NULL AND NOT EXISTS { (e)-[:HAD_STAGE]->(:StageChange) }))
              CREATE (e)-[:HAD_STAGE]->(:StageChange {stage: row.stage, at: coalesce(row.stageAt, $at), by: $by,
                                                      note: $source})
            }
            CALL (e, row) {
              WITH e, row WHERE row.stageAt IS NOT NULL AND row.stage = e.stage
              MATCH (e)-[:HAD_STAGE]->(c:StageChange)
              WITH row, c ORDER BY c.at DESC LIMIT 1
              WITH row, c WHERE c.stage = row.stage AND NOT (c.at >= row.stageAt AND c.at < row.stageEnd)
              SET c.at = row.stageAt
            }
            WITH e, row, before,
                 COLLECT { MATCH (e)-[:HAD_STAGE]->(c:StageChange) RETURN c ORDER BY c.at DESC LIMIT 1 }[0] AS latest
            SET e.stage = CASE WHEN row.stage IS NULL OR latest IS NULL THEN e.stage ELSE latest.stage END
            """;

    /** The rows whose connection {@code r}, as written, ends before it begins. */
    private static String conflictsOf(String r, String kind) {
        return """
                RETURN count(*) AS written, sum(CASE WHEN %1$s.updatedAt = $at THEN 1 ELSE 0 END) AS changed,
                       collect(CASE WHEN coalesce(%1$s.until < %1$s.since, false)
                                    THEN {line: row.line, kind: '%2$s', untilGiven: row.until IS NOT NULL,
                                          since: %1$s.since, until: %1$s.until} END) AS conflicts
                """.formatted(r, kind);
    }

    private static String newTie(String label, String type) {
        return """
                UNWIND $rows AS row
                MATCH (a:%1$s) WHERE elementId(a) = row.a
                MATCH (b:%1$s) WHERE elementId(b) = row.b
                CREATE (a)-[:%2$s {id: randomUUID(), strength: coalesce(row.strength, %3$d), context: row.context,
                        since: row.since, until: row.until, source: coalesce(row.source, $source),
                        createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at}]->(b)
                """.formatted(label, type, Ties.DEFAULT_STRENGTH) + WRITTEN;
    }

    private static String undirected(String label, String type, String kind) {
        return """
                UNWIND $rows AS row
                MATCH (a:%1$s) WHERE elementId(a) = row.a
                MATCH (b:%1$s) WHERE elementId(b) = row.b
                MERGE (a)-[k:%2$s]-(b)
                ON CREATE SET k.id = randomUUID(), k.strength = coalesce(row.strength, %3$d), k.context = row.context,
                              k.since = row.since, k.until = row.until, k.source = coalesce(row.source, $source),
                              k.createdBy = $by, k.createdAt = $at, k.updatedBy = $by, k.updatedAt = $at
                ON MATCH SET %6$s,
                             k.strength = coalesce(row.strength, k.strength), k.context = coalesce(row.context, k.context),
                             k.since = %5$s, k.until = %4$s, k.source = coalesce(row.source, k.source)
                """.formatted(
                                label,
                                type,
                                Ties.DEFAULT_STRENGTH,
                                REOPENED_UNTIL.formatted("k"),
                                KEPT_SINCE.formatted("k"),
                                stampedIfChanged(
                                        "k",
                                        differs("k.strength", "coalesce(row.strength, k.strength)") + " OR "
                                                + differs("k.context", "coalesce(row.context, k.context)") + " OR "
                                                + differs("k.since", KEPT_SINCE.formatted("k")) + " OR "
                                                + differs("k.until", REOPENED_UNTIL.formatted("k")) + " OR "
                                                + differs("k.source", "coalesce(row.source, k.source)")))
                + conflictsOf("k", kind);
    }

    /** A conflict a statement found, as the row error it is. */
    private static ImportError error(Map<String, Object> conflict) {
        int line = ((Number) conflict.get("line")).intValue();
        String kind = (String) conflict.get("kind");
        Object since = conflict.get("since");
        Object until = conflict.get("until");
        return switch (kind) {
            case "membership" ->
                Boolean.TRUE.equals(conflict.get("leftGiven"))
                        ? new ImportError(
                                Sheet.ELEMENTS.key(),
                                line,
                                "Left",
                                "Left %s is before the stored Joined %s; a membership cannot end before it begins."
                                        .formatted(until, since))
                        : new ImportError(
                                Sheet.ELEMENTS.key(),
                                line,
                                "Joined",
                                "Joined %s is after the stored Left %s; a membership cannot end before it begins."
                                        .formatted(since, until));
            case "stage" -> {
                ZonedDateTime at = (ZonedDateTime) conflict.get("at");
                yield new ImportError(
                        Sheet.ELEMENTS.key(),
                        line,
                        "Stage since",
                        "Stage since %s is before the stored change to %s on %s, which would stay the current stage."
                                .formatted(
                                        conflict.get("stageSince"),
                                        conflict.get("stage"),
                                        at.withZoneSameInstant(ZoneOffset.UTC).toLocalDate()));
            }
            default ->
                Boolean.TRUE.equals(conflict.get("untilGiven"))
                        ? new ImportError(
                                Sheet.CONNECTIONS.key(),
                                line,
                                "Until",
                                "Until %s is before the stored Since %s of this %s; a connection cannot end before it begins."
                                        .formatted(until, since, kind))
                        : new ImportError(
                                Sheet.CONNECTIONS.key(),
                                line,
                                "Since",
                                "Since %s is after the stored Until %s of this %s; a connection cannot end before it begins."
                                        .formatted(since, until, kind));
        };
    }

    /** Adds the element id of each stored element named by id. */
    private void lookUpElements(Set<String> ids, Map<String, String> elements) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            neo4j.query("UNWIND $ids AS id MATCH (e:Element {id: id}) RETURN id, elementId(e) AS element")
                    .bind(all.subList(from, Math.min(all.size(), from + BATCH)))
                    .to("ids")
                    .fetch()
                    .all()
                    .forEach(found -> elements.put((String) found.get("id"), (String) found.get("element")));
        }
        if (elements.keySet().containsAll(ids)) {
            return;
        }
        throw storeChanged("an element it names, "
                + ids.stream()
                        .filter(id -> !elements.containsKey(id))
                        .findFirst()
                        .orElseThrow() + ", was removed meanwhile");
    }

    /**
     * Reads are read-committed and planning takes no locks, so an element the plan found may be
     * gone or changed by the time it is written; the import then fails whole (and rolls back)
     * rather than writing less than it reports.
     */
    private static ConflictException storeChanged(String what) {
        return new ConflictException("The store changed while this file was being imported (" + what
                + "), so nothing was imported. Send the file again.");
    }

    /**
     * Runs the statement once per batch of rows and checks that it wrote every row: when {@code
     * elements} is given, the statement returns {@code id} and {@code element} per row, which are
     * added to it; otherwise it returns {@code written}, the rows it wrote, and {@code conflicts},
     * the rows whose values clash with what was stored, which are added to {@code conflicts}.
     */
    private <T> long batches(
            List<T> items,
            Function<T, Map<String, Object>> row,
            String cypher,
            Map<String, Object> audit,
            Map<String, String> elements,
            List<Map<String, Object>> conflicts,
            ImportProgress progress) {
        long started = System.nanoTime();
        long changed = 0;
        for (int from = 0; from < items.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>(Math.min(BATCH, items.size() - from));
            for (T item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                rows.add(row.apply(item));
            }
            Map<String, Object> params = new HashMap<>(audit);
            params.put("rows", rows);
            long written;
            if (elements == null) {
                Map<String, Object> result =
                        neo4j.query(cypher).bindAll(params).fetch().one().orElse(Map.of("written", 0L));
                written = ((Number) result.get("written")).longValue();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> found =
                        (List<Map<String, Object>>) result.getOrDefault("conflicts", List.of());
                conflicts.addAll(found);
                changed += ((Number) result.getOrDefault("changed", written)).longValue();
            } else {
                var found = neo4j.query(cypher).bindAll(params).fetch().all();
                found.forEach(e -> elements.put((String) e.get("id"), (String) e.get("element")));
                written = found.size();
                changed += written;
            }
            if (written != rows.size()) {
                throw storeChanged("an element it names was removed or changed meanwhile");
            }
            progress.advance(rows.size());
        }
        if (log.isDebugEnabled() && !items.isEmpty()) {
            log.debug(
                    "Wrote {} rows in {} ms: {}",
                    items.size(),
                    (System.nanoTime() - started) / 1_000_000,
                    cypher.lines().skip(1).findFirst().orElse("").strip());
        }
        return changed;
    }

    private static Map<String, Object> created(ImportPlan.NewElement element, ZoneId zone) {
        Map<String, Object> row = fields(element.fields(), zone);
        row.put("id", element.id());
        row.put("label", element.label());
        row.put("person", element.type() == ElementType.PERSON);
        return row;
    }

    private static Map<String, Object> updated(ImportPlan.ElementUpdate element, ZoneId zone) {
        Map<String, Object> row = fields(element.fields(), zone);
        row.put("id", element.id());
        row.put("label", element.label());
        row.put("line", element.line());
        return row;
    }

    private static Map<String, Object> fields(ImportPlan.ElementFields fields, ZoneId zone) {
        Map<String, Object> row = new HashMap<>();
        row.put("sector", fields.sector());
        row.put("level", fields.level());
        row.put("role", fields.role());
        row.put("coalition", fields.coalition());
        row.put("stage", fields.stage());
        row.put("description", fields.description());
        row.put("tags", fields.tags());
        row.put("joined", fields.joined());
        row.put("left", fields.left());
        row.put("power", fields.power());
        row.put("urgency", fields.urgency());
        row.put("optimism", fields.optimism());
        row.put("collaboration", fields.collaboration());
        row.put("openness", fields.openness());
        row.put("noResources", fields.noResources());
        row.put("resources", fields.resources());
        LocalDate stageSince = fields.stageSince();
        row.put("stageSince", stageSince);
        // a back-dated stage change is stored at the start of its day in the application's zone
        row.put("stageAt", stageSince == null ? null : startOf(stageSince, zone));
        row.put("stageEnd", stageSince == null ? null : startOf(stageSince.plusDays(1), zone));
        return row;
    }

    private static ZonedDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC);
    }

    private static Map<String, Object> tie(
            String a,
            String b,
            Integer strength,
            String context,
            LocalDate since,
            LocalDate until,
            String source,
            int line) {
        return row(
                "a",
                a,
                "b",
                b,
                "strength",
                strength,
                "context",
                context,
                "since",
                since,
                "until",
                until,
                "source",
                source,
                "line",
                line);
    }

    /** A parameter row whose values may be null. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
