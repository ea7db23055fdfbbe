package org.convene.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.convene.system.Today;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizations of the network: each belongs to one sector and works at one level. */
@Service
class Organizations {

    private final Neo4jClient neo4j;
    private final Sectors sectors;
    private final Elements elements;
    private final GraphVersion version;
    private final AuditTrail audit;
    private final Today today;

    Organizations(
            Neo4jClient neo4j,
            Sectors sectors,
            Elements elements,
            GraphVersion version,
            AuditTrail audit,
            Today today) {
        this.neo4j = neo4j;
        this.sectors = sectors;
        this.elements = elements;
        this.version = version;
        this.audit = audit;
        this.today = today;
    }

    /** The audit trail's names for an organization and a partnership. */
    static final String TYPE = "organization";

    static final String PARTNERSHIP = "partnership";

    /** Every organization with its sector and level, by name; {@code people}: who works there today. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> all() {
        return List.copyOf(neo4j.query("""
                MATCH (o:Organization)
                OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
                RETURN o.id AS id, o.name AS name, s.key AS sector, o.level AS level, o.resources AS resources,
                       COUNT { MATCH (o)<-[w:WORKS_AT]-(:Person) WHERE %s } AS people
                ORDER BY o.name
                """.formatted(InForce.at("w")))
                .bind(today.date())
                .to("date")
                .fetch()
                .all());
    }

    @Transactional(readOnly = true)
    public OrganizationDetail get(String id) {
        Map<String, Object> row = neo4j.query("""
                MATCH (o:Organization {id: $id})
                OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
                CALL (o) {
                  OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(o)
                  WITH w, p ORDER BY p.name
                  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {affiliationId: w.id, person: {id: p.id, name: p.name},
                                 role: w.role, since: w.since, until: w.until, leads: w.leads,
                                 coalition: %s} END) AS people
                }
                CALL (o) {
                  OPTIONAL MATCH (o)-[r:PARTNERS_WITH]-(other:Organization)
                  WITH r, other ORDER BY other.name
                  RETURN collect(CASE WHEN other IS NULL THEN null ELSE {id: r.id, organization: {id: other.id, name: other.name},
                                 strength: r.strength, context: r.context, since: r.since, until: r.until,
                                 source: r.source} END) AS partners
                }
                RETURN o.id AS id, o.name AS name, s.key AS sector, o.level AS level, o.description AS description,
                       o.tags AS tags, o.resources AS resources, people, partners, o.createdBy AS createdBy,
                       o.createdAt AS createdAt, o.updatedBy AS updatedBy, o.updatedAt AS updatedAt
                """.formatted(InForce.memberAt("p")))
                .bindAll(Parameters.of("id", id, "date", today.date()))
                .fetch()
                .one()
                .orElseThrow(() -> NotFoundException.of("organization", id));
        return new OrganizationDetail(
                Rows.string(row, "id"),
                Rows.string(row, "name"),
                Rows.string(row, "sector"),
                Rows.string(row, "level"),
                Rows.string(row, "description"),
                Rows.strings(row, "tags"),
                Rows.integer(row, "resources"),
                Rows.maps(row, "people").stream()
                        .map(m -> new OrganizationDetail.Member(
                                Rows.string(m, "affiliationId"),
                                Rows.ref(Rows.map(m, "person")),
                                Rows.string(m, "role"),
                                Rows.date(m, "since"),
                                Rows.date(m, "until"),
                                Rows.bool(m, "leads"),
                                Rows.bool(m, "coalition")))
                        .toList(),
                Rows.maps(row, "partners").stream()
                        .map(p -> new OrganizationDetail.Partner(
                                Rows.string(p, "id"),
                                Rows.ref(Rows.map(p, "organization")),
                                Rows.integer(p, "strength"),
                                Rows.string(p, "context"),
                                Rows.date(p, "since"),
                                Rows.date(p, "until"),
                                Rows.string(p, "source")))
                        .toList(),
                Rows.string(row, "createdBy"),
                Rows.time(row, "createdAt"),
                Rows.string(row, "updatedBy"),
                Rows.time(row, "updatedAt"));
    }

    @Transactional
    public OrganizationDetail create(OrganizationRequest request) {
        String sector = sectors.require("sector", request.sector());
        String level = level(request.level());
        elements.requireFreeName(request.name().strip(), null);
        String id = UUID.randomUUID().toString();
        neo4j.query("CREATE (o:Element:Organization {id: $id, createdBy: $by, createdAt: $at})")
                .bindAll(Parameters.of("id", id, "by", Auditor.currentUser(), "at", Auditor.now()))
                .run();
        write(id, request, sector, level);
        OrganizationDetail created = get(id);
        audit.created(TYPE, id, created.name(), audited(created));
        version.bump();
        return created;
    }

    /** Changes what the request asks for; a request that changes nothing writes nothing. */
    @Transactional
    public OrganizationDetail update(String id, OrganizationRequest request) {
        OrganizationDetail current = get(id);
        String sector = sectors.require("sector", request.sector());
        String level = level(request.level());
        elements.requireFreeName(request.name().strip(), id);
        Map<String, Object> before = audited(current);
        Map<String, Object> intended = AuditTrail.values(
                "name",
                request.name().strip(),
                "sector",
                sector,
                "level",
                KeepOrClear.value(current.level(), level),
                "description",
                KeepOrClear.value(current.description(), KeepOrClear.text(request.description())),
                "tags",
                request.tags() == null ? current.tags() : RequestText.cleanTags(request.tags()),
                "resources",
                KeepOrClear.ratingValue(current.resources(), request.resources()));
        if (AuditTrail.differences(before, intended).isEmpty()) {
            return current;
        }
        write(id, request, sector, level);
        OrganizationDetail updated = get(id);
        audit.changed(TYPE, id, updated.name(), before, audited(updated));
        version.bump();
        return updated;
    }

    /**
     * Removes the organization with its affiliations and partnerships; its people stay. Each
     * affiliation and partnership removed with it is recorded as deleted too, so each person's and
     * partner's own history shows it.
     */
    @Transactional
    public void delete(String id) {
        OrganizationDetail current = get(id);
        neo4j.query("MATCH (o:Organization {id: $id}) DETACH DELETE o")
                .bind(id)
                .to("id")
                .run();
        for (OrganizationDetail.Member member : current.people()) {
            audit.deleted(
                    Affiliations.TYPE,
                    member.affiliationId(),
                    Affiliations.label(member.person().name(), current.name()),
                    Affiliations.audited(member.role(), member.since(), member.until(), member.leads()),
                    member.person().id(),
                    id);
        }
        for (OrganizationDetail.Partner partner : current.partners()) {
            audit.deleted(
                    PARTNERSHIP,
                    partner.id(),
                    current.name() + " – " + partner.organization().name(),
                    AuditTrail.values(
                            "strength",
                            partner.strength(),
                            "context",
                            partner.context(),
                            "since",
                            partner.since(),
                            "until",
                            partner.until(),
                            "source",
                            partner.source()),
                    id,
                    partner.organization().id());
        }
        audit.deleted(TYPE, id, current.name(), audited(current));
        version.bump();
    }

    /** An organization's fields as the audit trail compares them. */
    private static Map<String, Object> audited(OrganizationDetail organization) {
        return AuditTrail.values(
                "name",
                organization.name(),
                "sector",
                organization.sector(),
                "level",
                organization.level(),
                "description",
                organization.description(),
                "tags",
                organization.tags(),
                "resources",
                organization.resources());
    }

    /** null keeps the stored level, "" clears it. */
    private static String level(String text) {
        if (text == null || text.isBlank()) {
            return text == null ? null : "";
        }
        return Level.parse(text)
                .map(Level::label)
                .orElseThrow(() -> InvalidRequestException.field(
                        "level", "'" + text + "' is not a level; use one of: " + Level.allowed() + "."));
    }

    private void write(String id, OrganizationRequest request, String sector, String level) {
        neo4j.query("""
                MATCH (o:Organization {id: $id})
                SET o.name = $name, o.level = %s, o.description = %s, o.tags = coalesce($tags, o.tags, []),
                    o.resources = %s, o.updatedBy = $by, o.updatedAt = $at
                WITH o
                OPTIONAL MATCH (o)-[old:IN_SECTOR]->(:Sector)
                DELETE old
                WITH DISTINCT o
                MATCH (s:Sector {key: $sector})
                MERGE (o)-[:IN_SECTOR]->(s)
                """.formatted(
                                KeepOrClear.cypher("o.level", "$level"),
                                KeepOrClear.cypher("o.description", "$description"),
                                KeepOrClear.rating("o.resources", "$resources")))
                .bindAll(Parameters.of(
                        "id",
                        id,
                        "name",
                        request.name().strip(),
                        "level",
                        level,
                        "description",
                        KeepOrClear.text(request.description()),
                        "tags",
                        request.tags() == null ? null : RequestText.cleanTags(request.tags()),
                        "resources",
                        request.resources(),
                        "sector",
                        sector,
                        "by",
                        Auditor.currentUser(),
                        "at",
                        Auditor.now()))
                .run();
    }
}
