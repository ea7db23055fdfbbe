package org.convene.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convene.network.GraphVersion;
import org.convene.network.Ties;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated import plan in one transaction, as batched {@code UNWIND} statements, so a
 * file is stored whole or not at all.
 */
@Component
class ImportWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportWriter.class);

    /** Rows per statement: large enough to amortise planning, small enough to keep each batch cheap. */
    static final int BATCH = 5_000;

    private final Neo4jClient neo4j;
    private final GraphVersion version;

    ImportWriter(Neo4jClient neo4j, GraphVersion version) {
        this.neo4j = neo4j;
        this.version = version;
    }

    @Transactional
    public void write(ImportPlan plan, String source) {
        write(plan, source, ImportProgress.untracked());
    }

    /** As {@link #write(ImportPlan, String)}, counting the rows written in {@code progress}. */
    @Transactional
    void write(ImportPlan plan, String source, ImportProgress progress) {
        progress.start(ImportProgress.Phase.WRITING, rows(plan));
        Map<String, Object> audit = Map.of("by", Auditor.currentUser(), "at", Auditor.now(), "source", source);
        // Stored id -> element id of every element this import links: affiliations and ties
        // find their ends by element id, a direct record read, instead of an index seek per end.
        Map<String, String> elements = new HashMap<>();
        Map<Boolean, List<ImportPlan.NewElement>> creates =
                plan.creates().stream().collect(Collectors.partitioningBy(e -> e.type() == ElementType.PERSON));
        batches(creates.get(true), ImportWriter::created, """
                UNWIND $rows AS row
                CREATE (e:Element:Person {id: row.id, name: row.label, role: row.role, description: row.description,
                        tags: coalesce(row.tags, []), coalition: coalesce(row.coalition, false), stage: row.stage,
                        joinedAt: CASE WHEN row.coalition THEN date() END,
                        createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})
                FOREACH (_ IN CASE WHEN row.stage IS NULL THEN [] ELSE [1] END |
                  CREATE (e)-[:HAD_STAGE]->(:StageChange {stage: row.stage, at: $at, by: $by, note: $source}))
                """ + IN_SECTOR, audit, elements, progress);
        batches(creates.get(false), ImportWriter::created, """
                UNWIND $rows AS row
                CREATE (e:Element:Organization {id: row.id, name: row.label, level: row.level,
                        description: row.description, tags: coalesce(row.tags, []),
                        createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})
                """ + IN_SECTOR, audit, elements, progress);
        batches(plan.updates(), ImportWriter::updated, """
                UNWIND $rows AS row
                MATCH (e:Element {id: row.id})
                SET e.name = row.label, e.role = coalesce(row.role, e.role), e.level = coalesce(row.level, e.level),
                    e.description = coalesce(row.description, e.description), e.tags = coalesce(row.tags, e.tags),
                    e.joinedAt = CASE WHEN row.coalition IS NULL THEN e.joinedAt
                                      WHEN row.coalition THEN coalesce(e.joinedAt, date()) END,
                    e.coalition = coalesce(row.coalition, e.coalition),
                    e.updatedBy = $by, e.updatedAt = $at
                """ + SECTOR_AND_STAGE + WRITTEN, audit, null, progress);
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
        batches(
                plan.affiliations(),
                a -> row("p", elements.get(a.personId()), "o", elements.get(a.organizationId()), "role", a.role()),
                """
                UNWIND $rows AS row
                MATCH (p:Person) WHERE elementId(p) = row.p
                MATCH (o:Organization) WHERE elementId(o) = row.o
                MERGE (p)-[w:WORKS_AT]->(o)
                ON CREATE SET w.id = randomUUID(), w.role = row.role, w.source = $source,
                              w.createdBy = $by, w.createdAt = $at, w.updatedBy = $by, w.updatedAt = $at
                ON MATCH SET w.role = coalesce(row.role, w.role), w.updatedBy = $by, w.updatedAt = $at
                """ + WRITTEN,
                audit,
                null,
                progress);
        // Two elements created by this import cannot be tied yet, so their ties need no MERGE.
        Set<String> created = new HashSet<>();
        plan.creates().forEach(e -> created.add(e.id()));
        Map<Boolean, List<ImportPlan.Tie>> ties = plan.ties().stream()
                .collect(Collectors.partitioningBy(
                        t -> created.contains(t.personIdA()) && created.contains(t.personIdB())));
        batches(
                ties.get(true),
                t -> tie(elements.get(t.personIdA()), elements.get(t.personIdB()), t.strength(), t.context()),
                newTie("Person", "KNOWS"),
                audit,
                null,
                progress);
        batches(
                ties.get(false),
                t -> tie(elements.get(t.personIdA()), elements.get(t.personIdB()), t.strength(), t.context()),
                undirected("Person", "KNOWS"),
                audit,
                null,
                progress);
        batches(
                plan.partnerships(),
                p -> tie(
                        elements.get(p.organizationIdA()),
                        elements.get(p.organizationIdB()),
                        p.strength(),
                        p.context()),
                undirected("Organization", "PARTNERS_WITH"),
                audit,
                null,
                progress);
        version.bump();
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
    private static final String WRITTEN = "RETURN count(*) AS written\n";

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

    /** Sets the row's own sector (replacing the stored one) and records a stage change. */
    private static final String SECTOR_AND_STAGE = """
            WITH e, row
            CALL (e, row) {
              WITH e, row WHERE row.sector IS NOT NULL
              OPTIONAL MATCH (e)-[old:IN_SECTOR]->(:Sector)
              DELETE old
              WITH DISTINCT e, row
              MATCH (s:Sector {key: row.sector})
              MERGE (e)-[:IN_SECTOR]->(s)
            }
            CALL (e, row) {
              WITH e, row WHERE row.stage IS NOT NULL AND row.stage <> coalesce(e.stage, '')
              CREATE (e)-[:HAD_STAGE]->(:StageChange {stage: row.stage, at: $at, by: $by, note: $source})
              SET e.stage = row.stage
            }
            """;

    private static String newTie(String label, String type) {
        return """
                UNWIND $rows AS row
                MATCH (a:%1$s) WHERE elementId(a) = row.a
                MATCH (b:%1$s) WHERE elementId(b) = row.b
                CREATE (a)-[:%2$s {id: randomUUID(), strength: coalesce(row.strength, %3$d), context: row.context,
                        source: $source, createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at}]->(b)
                """.formatted(label, type, Ties.DEFAULT_STRENGTH) + WRITTEN;
    }

    private static String undirected(String label, String type) {
        return """
                UNWIND $rows AS row
                MATCH (a:%1$s) WHERE elementId(a) = row.a
                MATCH (b:%1$s) WHERE elementId(b) = row.b
                MERGE (a)-[k:%2$s]-(b)
                ON CREATE SET k.id = randomUUID(), k.strength = coalesce(row.strength, %3$d), k.context = row.context,
                              k.source = $source, k.createdBy = $by, k.createdAt = $at, k.updatedBy = $by, k.updatedAt = $at
                ON MATCH SET k.strength = coalesce(row.strength, k.strength), k.context = coalesce(row.context, k.context),
                             k.updatedBy = $by, k.updatedAt = $at
                """.formatted(label, type, Ties.DEFAULT_STRENGTH) + WRITTEN;
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
     * added to it; otherwise it returns {@code written}, the rows it wrote.
     */
    private <T> void batches(
            List<T> items,
            Function<T, Map<String, Object>> row,
            String cypher,
            Map<String, Object> audit,
            Map<String, String> elements,
            ImportProgress progress) {
        long started = System.nanoTime();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>(Math.min(BATCH, items.size() - from));
            for (T item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                rows.add(row.apply(item));
            }
            Map<String, Object> params = new HashMap<>(audit);
            params.put("rows", rows);
            long written;
            if (elements == null) {
                written = neo4j.query(cypher)
                        .bindAll(params)
                        .fetchAs(Long.class)
                        .one()
                        .orElse(0L);
            } else {
                var found = neo4j.query(cypher).bindAll(params).fetch().all();
                found.forEach(e -> elements.put((String) e.get("id"), (String) e.get("element")));
                written = found.size();
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
    }

    private static Map<String, Object> created(ImportPlan.NewElement element) {
        Map<String, Object> row = fields(element.fields());
        row.put("id", element.id());
        row.put("label", element.label());
        row.put("person", element.type() == ElementType.PERSON);
        return row;
    }

    private static Map<String, Object> updated(ImportPlan.ElementUpdate element) {
        Map<String, Object> row = fields(element.fields());
        row.put("id", element.id());
        row.put("label", element.label());
        return row;
    }

    private static Map<String, Object> fields(ImportPlan.ElementFields fields) {
        Map<String, Object> row = new HashMap<>();
        row.put("sector", fields.sector());
        row.put("level", fields.level());
        row.put("role", fields.role());
        row.put("coalition", fields.coalition());
        row.put("stage", fields.stage());
        row.put("description", fields.description());
        row.put("tags", fields.tags());
        return row;
    }

    private static Map<String, Object> tie(String a, String b, Integer strength, String context) {
        return row("a", a, "b", b, "strength", strength, "context", context);
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
