package org.convene.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.convene.system.PersonalData;
import org.convene.system.Today;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the network: search, read, write, stage history and complete removal. */
@Service
public class People {

    /** The most people one page of a search may hold. */
    public static final int MAX_LIMIT = 10_000;

    private static final String SUMMARY = ListedPerson.ORGANIZATION_AND_SECTOR + """
            RETURN p.id AS id, p.name AS name, p.role AS role, organization, sector,
                   %s AS coalition, p.stage AS stage
            """.formatted(InForce.memberAt("p"));

    private static final String DETAIL =
            """
            MATCH (p:Person {id: $id})
            CALL (p) {
              OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
              OPTIONAL MATCH (o)-[:IN_SECTOR]->(os:Sector)
              WITH w, o, os ORDER BY %s
              RETURN collect(CASE WHEN o IS NULL THEN null ELSE {id: w.id, organization: {id: o.id, name: o.name},
                             sector: os.key, role: w.role, since: w.since, until: w.until, leads: w.leads,
                             rank: w.rank} END) AS affiliations
            }
            CALL (p) {
              OPTIONAL MATCH (p)-[k:KNOWS]-(q:Person)
              WITH k, q ORDER BY k.strength DESC, q.name
              RETURN collect(CASE WHEN q IS NULL THEN null ELSE {id: k.id, person: {id: q.id, name: q.name},
                             strength: k.strength, context: k.context, since: k.since, until: k.until,
                             source: k.source} END) AS ties
            }
            CALL (p) {
              OPTIONAL MATCH (p)-[:HAD_STAGE]->(c:StageChange)
              WITH c ORDER BY c.at
              RETURN collect(CASE WHEN c IS NULL THEN null ELSE {stage: c.stage, at: c.at, by: c.by, note: c.note} END) AS stages
            }
            %s
            RETURN p.id AS id, p.name AS name, p.role AS role, organization, sector, ownSector,
                   coalesce(p.coalition, false) AS coalition, p.joinedAt AS joinedAt, p.leftAt AS leftAt,
                   p.stage AS stage, p.description AS description, p.tags AS tags,
                   p.power AS power, p.urgency AS urgency, p.optimism AS optimism,
                   p.collaboration AS collaboration, p.openness AS openness, p.noResources AS noResources,
                   affiliations, ties, stages,
                   p.createdBy AS createdBy, p.createdAt AS createdAt, p.updatedBy AS updatedBy, p.updatedAt AS updatedAt
            """.formatted(ListedPerson.AFFILIATION_ORDER, ListedPerson.ORGANIZATION_AND_SECTOR);

    private final Neo4jClient neo4j;
    private final Sectors sectors;
    private final Elements elements;
    private final GraphVersion version;
    private final AuditTrail audit;
    private final ObjectProvider<PersonalData> personalData;
    private final Today today;

    People(
            Neo4jClient neo4j,
            Sectors sectors,
            Elements elements,
            GraphVersion version,
            AuditTrail audit,
            ObjectProvider<PersonalData> personalData,
            Today today) {
        this.neo4j = neo4j;
        this.sectors = sectors;
        this.elements = elements;
        this.version = version;
        this.audit = audit;
        this.personalData = personalData;
        this.today = today;
    }

    /** One page of the people whose name, role or organization contains {@code q}, by name. */
    @Transactional(readOnly = true)
    public Page search(String q, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.field("limit", "'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        if (offset < 0) {
            throw InvalidRequestException.field("offset", "'offset' must not be negative.");
        }
        String match = """
                MATCH (p:Person)
                WHERE $q IS NULL OR toLower(p.name) CONTAINS $q OR toLower(coalesce(p.role, '')) CONTAINS $q
                   OR EXISTS { MATCH (p)-[:WORKS_AT]->(o:Organization) WHERE toLower(o.name) CONTAINS $q }
                """;
        Map<String, Object> params = Parameters.of(
                "q",
                q == null || q.isBlank() ? null : q.strip().toLowerCase(),
                "limit",
                limit,
                "offset",
                offset,
                "date",
                today.date());
        long total = neo4j.query(match + "RETURN count(p) AS total")
                .bindAll(params)
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        List<PersonSummary> people = List.copyOf(neo4j
                .query(match + "WITH p ORDER BY p.name SKIP $offset LIMIT $limit\n" + SUMMARY + "ORDER BY name\n")
                .bindAll(params)
                .fetch()
                .all()
                .stream()
                .map(People::summary)
                .toList());
        return new Page(people, total);
    }

    /** A page of people and how many match in all. */
    public record Page(List<PersonSummary> people, long total) {}

    @Transactional(readOnly = true)
    public PersonDetail get(String id) {
        Map<String, Object> row = neo4j.query(DETAIL)
                .bindAll(Parameters.of("id", id, "date", today.date()))
                .fetch()
                .one()
                .orElseThrow(() -> NotFoundException.of("person", id));
        List<PersonDetail.Affiliation> affiliations = Rows.maps(row, "affiliations").stream()
                .map(a -> new PersonDetail.Affiliation(
                        Rows.string(a, "id"),
                        Rows.ref(Rows.map(a, "organization")),
                        Rows.string(a, "sector"),
                        Rows.string(a, "role"),
                        Rows.date(a, "since"),
                        Rows.date(a, "until"),
                        Rows.bool(a, "leads"),
                        Rows.integer(a, "rank")))
                .toList();
        return new PersonDetail(
                Rows.string(row, "id"),
                Rows.string(row, "name"),
                Rows.string(row, "role"),
                Rows.string(row, "organization"),
                Rows.string(row, "sector"),
                Rows.string(row, "ownSector"),
                Rows.bool(row, "coalition"),
                Rows.date(row, "joinedAt"),
                Rows.date(row, "leftAt"),
                Rows.string(row, "stage"),
                Rows.string(row, "description"),
                Rows.strings(row, "tags"),
                Rows.integer(row, "power"),
                Rows.integer(row, "urgency"),
                Rows.integer(row, "optimism"),
                Rows.integer(row, "collaboration"),
                Rows.integer(row, "openness"),
                Rows.bool(row, "noResources"),
                affiliations,
                Rows.maps(row, "ties").stream()
                        .map(t -> new PersonDetail.Tie(
                                Rows.string(t, "id"),
                                Rows.ref(Rows.map(t, "person")),
                                Rows.integer(t, "strength"),
                                Rows.string(t, "context"),
                                Rows.date(t, "since"),
                                Rows.date(t, "until"),
                                Rows.string(t, "source")))
                        .toList(),
                Rows.maps(row, "stages").stream()
                        .map(c -> new PersonDetail.StageChange(
                                Rows.string(c, "stage"),
                                Rows.time(c, "at"),
                                Rows.string(c, "by"),
                                Rows.string(c, "note")))
                        .toList(),
                Rows.string(row, "createdBy"),
                Rows.time(row, "createdAt"),
                Rows.string(row, "updatedBy"),
                Rows.time(row, "updatedAt"));
    }

    @Transactional
    public PersonDetail create(PersonRequest request) {
        Validated valid = validate(request, null);
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                CREATE (p:Element:Person {id: $id, coalition: false, tags: [], createdBy: $by, createdAt: $at})
                """)
                .bindAll(Parameters.of("id", id, "by", Auditor.currentUser(), "at", Auditor.now()))
                .run();
        write(id, request, valid);
        PersonDetail created = get(id);
        Map<String, Object> values = audited(created);
        values.put("stageNote", created.stage() == null ? null : RequestText.blankToNull(request.stageNote()));
        audit.created(TYPE, id, created.name(), values);
        version.bump(new NetworkChange.PersonSaved(id));
        return created;
    }

    /** Changes what the request asks for; a request that changes nothing writes nothing. */
    @Transactional
    public PersonDetail update(String id, PersonRequest request) {
        PersonDetail current = get(id);
        Validated valid = validate(request, id);
        Map<String, Object> before = audited(current);
        if (AuditTrail.differences(before, intended(before, request, valid)).isEmpty()) {
            return current;
        }
        write(id, request, valid);
        PersonDetail updated = get(id);
        Map<String, Object> after = audited(updated);
        if (!Objects.equals(current.stage(), updated.stage())) {
            after.put("stageNote", RequestText.blankToNull(request.stageNote()));
        }
        audit.changed(TYPE, id, updated.name(), before, after);
        version.bump(new NetworkChange.PersonSaved(id));
        return updated;
    }

    /**
     * Records a stage change with its reason, dated now or, with {@code at}, at the start of that
     * past day; the latest change by date is the current stage, so a change back-dated before
     * another one goes into the history without changing the current stage.
     */
    @Transactional
    public PersonDetail changeStage(String id, StageRequest request) {
        PersonDetail current = get(id);
        Stage stage = Stage.require("stage", request.stage());
        LocalDate day = RequestText.date("at", request.at());
        if (day != null && day.isAfter(today.date())) {
            throw InvalidRequestException.field(
                    "at",
                    "'at' is " + day + ", after today (" + today.date() + "); a stage change cannot be dated ahead.");
        }
        recordStage(id, stage.label(), request.note(), day == null ? Auditor.now() : startOf(day));
        PersonDetail changed = get(id);
        audit.event(
                AuditTrail.UPDATED,
                TYPE,
                id,
                current.name(),
                AuditTrail.values(
                        "stage",
                        new AuditTrail.Change(current.stage(), changed.stage()),
                        "stageChange",
                        stage.label(),
                        "stageAt",
                        day == null ? null : day.toString(),
                        "stageNote",
                        RequestText.blankToNull(request.note())),
                List.of());
        version.bump(new NetworkChange.PersonSaved(id));
        return get(id);
    }

    /** The start of the day in the application's zone, as a UTC time like every other stored time. */
    private ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(today.zone()).withZoneSameInstant(ZoneOffset.UTC);
    }

    /**
     * Removes the person completely, in one transaction: what every feature stores about them
     * ({@link PersonalData}), their stage history, ties, affiliations, steering seats and the node,
     * and redacts them from the audit trail. The entry it records says that a person was removed,
     * when and by whom, and names neither them nor their id.
     */
    @Transactional
    public void delete(String id) {
        PersonDetail person = get(id);
        personalData.orderedStream().forEach(data -> data.remove(id));
        Map<String, Object> removed =
                neo4j.query("""
                MATCH (p:Person {id: $id})
                OPTIONAL MATCH (p)-[:HAD_STAGE]->(c:StageChange)
                WITH p, collect(c) AS stages
                FOREACH (c IN stages | DETACH DELETE c)
                WITH p, size(stages) AS stages, COUNT { (p)-[:KNOWS]-() } AS ties,
                     COUNT { (p)-[:WORKS_AT]->() } AS affiliations
                DETACH DELETE p
                RETURN stages, ties, affiliations
                """).bind(id).to("id").fetch().one().orElseThrow(() -> NotFoundException.of("person", id));
        int redacted = audit.redact(id, person.name());
        audit.event(
                REMOVED,
                TYPE,
                null,
                "a person, removed on request",
                AuditTrail.values(
                        "ties",
                        removed.get("ties"),
                        "affiliations",
                        removed.get("affiliations"),
                        "stageChanges",
                        removed.get("stages"),
                        "auditEntriesRedacted",
                        redacted),
                List.of());
        version.bump(new NetworkChange.PersonRemoved(id));
    }

    /** The audit trail's action for a complete removal. */
    static final String REMOVED = "removed";

    private record Validated(String sector, String stage) {}

    /** The audit trail's name for a person. */
    static final String TYPE = "person";

    /** A person's fields as the audit trail compares them. */
    private static Map<String, Object> audited(PersonDetail person) {
        return AuditTrail.values(
                "name",
                person.name(),
                "role",
                person.role(),
                "sector",
                person.ownSector(),
                "coalition",
                person.coalition(),
                "joinedAt",
                person.joinedAt(),
                "stage",
                person.stage(),
                "description",
                person.description(),
                "tags",
                person.tags(),
                "leftAt",
                person.leftAt(),
                "power",
                person.power(),
                "urgency",
                person.urgency(),
                "optimism",
                person.optimism(),
                "collaboration",
                person.collaboration(),
                "openness",
                person.openness(),
                "noResources",
                person.noResources());
    }

    /**
     * What {@link #write} would leave in the audited fields, worked out beforehand so that a
     * request that changes nothing is not written ({@code joinedAt} follows {@code coalition}).
     */
    private static Map<String, Object> intended(Map<String, Object> stored, PersonRequest request, Validated valid) {
        Map<String, Object> after = new LinkedHashMap<>(stored);
        after.put("name", request.name().strip());
        after.put("role", KeepOrClear.value(stored.get("role"), KeepOrClear.text(request.role())));
        after.put("description", KeepOrClear.value(stored.get("description"), KeepOrClear.text(request.description())));
        after.put("sector", KeepOrClear.value(stored.get("sector"), valid.sector()));
        if (request.tags() != null) {
            after.put("tags", RequestText.cleanTags(request.tags()));
        }
        if (request.coalition() != null) {
            after.put("coalition", request.coalition());
        }
        if (valid.stage() != null) {
            after.put("stage", valid.stage());
        }
        after.put("power", KeepOrClear.ratingValue(stored.get("power"), request.power()));
        after.put("urgency", KeepOrClear.ratingValue(stored.get("urgency"), request.urgency()));
        after.put("optimism", KeepOrClear.ratingValue(stored.get("optimism"), request.optimism()));
        after.put("collaboration", KeepOrClear.ratingValue(stored.get("collaboration"), request.collaboration()));
        after.put("openness", KeepOrClear.ratingValue(stored.get("openness"), request.openness()));
        if (request.noResources() != null) {
            after.put("noResources", request.noResources());
        }
        return after;
    }

    private Validated validate(PersonRequest request, String id) {
        // null keeps the stored sector, "" clears it, a key or title sets it
        String sector = request.sector() == null
                ? null
                : request.sector().isBlank() ? "" : sectors.require("sector", request.sector());
        String stage = request.stage() == null || request.stage().isBlank()
                ? null
                : Stage.require("stage", request.stage()).label();
        elements.requireFreeName(request.name().strip(), id);
        return new Validated(sector, stage);
    }

    /** Writes the request's fields: a left-out field keeps the stored value, a blank one clears it. */
    private void write(String id, PersonRequest request, Validated valid) {
        String previousStage = neo4j.query("MATCH (p:Person {id: $id}) RETURN p.stage AS stage")
                .bind(id)
                .to("id")
                .fetchAs(String.class)
                .one()
                .orElse(null);
        neo4j.query("""
                MATCH (p:Person {id: $id})
                SET p.name = $name, p.role = %s, p.description = %s, p.tags = coalesce($tags, p.tags, []),
                    p.power = %s, p.urgency = %s, p.optimism = %s, p.collaboration = %s, p.openness = %s,
                    p.noResources = coalesce($noResources, p.noResources),
                    p.updatedBy = $by, p.updatedAt = $at
                WITH p
                %s
                WITH p WHERE $sector IS NOT NULL
                OPTIONAL MATCH (p)-[old:IN_SECTOR]->(:Sector)
                DELETE old
                WITH DISTINCT p
                OPTIONAL MATCH (s:Sector {key: $sector})
                FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (p)-[:IN_SECTOR]->(s))
                """.formatted(
                                KeepOrClear.cypher("p.role", "$role"),
                                KeepOrClear.cypher("p.description", "$description"),
                                KeepOrClear.rating("p.power", "$power"),
                                KeepOrClear.rating("p.urgency", "$urgency"),
                                KeepOrClear.rating("p.optimism", "$optimism"),
                                KeepOrClear.rating("p.collaboration", "$collaboration"),
                                KeepOrClear.rating("p.openness", "$openness"),
                                Membership.update("p", "p", "$coalition", "null", "null")))
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "name",
                        request.name().strip(),
                        "role",
                        KeepOrClear.text(request.role()),
                        "description",
                        KeepOrClear.text(request.description()),
                        "tags",
                        request.tags() == null ? null : RequestText.cleanTags(request.tags()),
                        "coalition",
                        request.coalition(),
                        "today",
                        today.date(),
                        "power",
                        request.power(),
                        "urgency",
                        request.urgency(),
                        "optimism",
                        request.optimism(),
                        "collaboration",
                        request.collaboration(),
                        "openness",
                        request.openness(),
                        "noResources",
                        request.noResources(),
                        "sector",
                        valid.sector(),
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
        if (valid.stage() != null && !valid.stage().equals(previousStage)) {
            recordStage(id, valid.stage(), request.stageNote(), Auditor.now());
        }
    }

    /** Adds a stage change dated {@code at}; the current stage becomes the latest change's. */
    private void recordStage(String id, String stage, String note, ZonedDateTime at) {
        neo4j.query("""
                MATCH (p:Person {id: $id})
                CREATE (p)-[:HAD_STAGE]->(:StageChange {stage: $stage, at: $changedAt, by: $by, note: $note})
                WITH p
                CALL (p) {
                  MATCH (p)-[:HAD_STAGE]->(c:StageChange)
                  RETURN c.stage AS current ORDER BY c.at DESC LIMIT 1
                }
                SET p.stage = current, p.updatedBy = $by, p.updatedAt = $at
                """)
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "stage",
                        stage,
                        "note",
                        RequestText.blankToNull(note),
                        "changedAt",
                        at,
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
    }

    static PersonSummary summary(Map<String, Object> row) {
        return new PersonSummary(
                Rows.string(row, "id"),
                Rows.string(row, "name"),
                Rows.string(row, "role"),
                Rows.string(row, "organization"),
                Rows.string(row, "sector"),
                Rows.bool(row, "coalition"),
                Rows.string(row, "stage"));
    }
}
