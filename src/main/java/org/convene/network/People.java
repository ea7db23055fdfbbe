package org.convene.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.convene.system.Auditor;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.convene.system.Today;
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
    private final Today today;

    People(Neo4jClient neo4j, Sectors sectors, Elements elements, GraphVersion version, Today today) {
        this.neo4j = neo4j;
        this.sectors = sectors;
        this.elements = elements;
        this.version = version;
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
        String id = java.util.UUID.randomUUID().toString();
        neo4j.query("""
                CREATE (p:Element:Person {id: $id, coalition: false, tags: [], createdBy: $by, createdAt: $at})
                """)
                .bindAll(Parameters.of("id", id, "by", Auditor.currentUser(), "at", Auditor.now()))
                .run();
        write(id, request, valid);
        version.bump(new NetworkChange.PersonSaved(id));
        return get(id);
    }

    @Transactional
    public PersonDetail update(String id, PersonRequest request) {
        get(id);
        Validated valid = validate(request, id);
        write(id, request, valid);
        version.bump(new NetworkChange.PersonSaved(id));
        return get(id);
    }

    /**
     * Records a stage change with its reason, dated now or, with {@code at}, at the start of that
     * past day; the latest change by date is the current stage, so a change back-dated before
     * another one goes into the history without changing the current stage.
     */
    @Transactional
    public PersonDetail changeStage(String id, StageRequest request) {
        get(id);
        Stage stage = Stage.require("stage", request.stage());
        LocalDate day = RequestText.date("at", request.at());
        if (day != null && day.isAfter(today.date())) {
            throw InvalidRequestException.field(
                    "at",
                    "'at' is " + day + ", after today (" + today.date() + "); a stage change cannot be dated ahead.");
        }
        recordStage(id, stage.label(), request.note(), day == null ? Auditor.now() : startOf(day));
        version.bump(new NetworkChange.PersonSaved(id));
        return get(id);
    }

    /** The start of the day in the application's zone, as a UTC time like every other stored time. */
    private ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(today.zone()).withZoneSameInstant(ZoneOffset.UTC);
    }

    /** Removes the person and everything about them: ties, affiliations, stage history. */
    @Transactional
    public void delete(String id) {
        long removed =
                neo4j.query("""
                MATCH (p:Person {id: $id})
                OPTIONAL MATCH (p)-[:HAD_STAGE]->(c:StageChange)
                DETACH DELETE c
                WITH DISTINCT p
                DETACH DELETE p
                RETURN count(*) AS removed
                """).bind(id).to("id").fetchAs(Long.class).one().orElse(0L);
        if (removed == 0) {
            throw NotFoundException.of("person", id);
        }
        version.bump(new NetworkChange.PersonRemoved(id));
    }

    private record Validated(String sector, String stage) {}

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
