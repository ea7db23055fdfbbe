package org.convene.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.convene.system.AuditTrail;
import org.convene.system.Auditor;
import org.convene.system.ConflictException;
import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sector taxonomy: the guide's outreach checklist, seeded at start-up, plus a community's own. */
@Service
@Order(10)
public class Sectors implements ApplicationRunner {

    /** The outreach checklist, in the guide's order. */
    public static final List<Sector> CHECKLIST = List.of(
            new Sector("district-schools", "Schools: district leadership"),
            new Sector("site-schools", "Schools: principals, teachers and staff"),
            new Sector("teachers-union", "Teachers' union"),
            new Sector("families", "Families and parent organizations"),
            new Sector("health", "Health"),
            new Sector("housing", "Housing"),
            new Sector("economic-development", "Economic development"),
            new Sector("workforce", "Workforce training"),
            new Sector("youth-development", "Youth development"),
            new Sector("family-support", "Family support"),
            new Sector("early-childhood", "Early childhood"),
            new Sector("service-learning", "Service learning"),
            new Sector("after-school", "After-school"),
            new Sector("philanthropy", "United Way and philanthropy"),
            new Sector("local-government", "Local government"),
            new Sector("higher-education", "Higher education"),
            new Sector("community-based", "Community-based organizations"),
            new Sector("faith", "Faith communities"),
            new Sector("business", "Business"),
            new Sector("students", "Students"));

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Neo4jClient neo4j;
    private final GraphVersion version;
    private final AuditTrail audit;

    Sectors(Neo4jClient neo4j, GraphVersion version, AuditTrail audit) {
        this.neo4j = neo4j;
        this.version = version;
        this.audit = audit;
    }

    /** The audit trail's name for a sector, which it names by key. */
    static final String TYPE = "sector";

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (int i = 0; i < CHECKLIST.size(); i++) {
            Sector sector = CHECKLIST.get(i);
            boolean created = neo4j.query("""
                    OPTIONAL MATCH (known:Sector {key: $key})
                    WITH known IS NULL AS created
                    MERGE (s:Sector {key: $key})
                    ON CREATE SET s.title = $title, s.position = $position, s.checklist = true,
                                  s.createdBy = $by, s.createdAt = $at, s.updatedBy = $by, s.updatedAt = $at
                    RETURN created
                    """)
                    .bindAll(Map.of(
                            "key",
                            sector.key(),
                            "title",
                            sector.title(),
                            "position",
                            i,
                            "by",
                            Auditor.SYSTEM,
                            "at",
                            Auditor.now()))
                    .fetchAs(Boolean.class)
                    .one()
                    .orElse(false);
            if (created) {
                audit.created(TYPE, sector.key(), sector.title(), audited(sector, true));
            }
        }
    }

    private static Map<String, Object> audited(Sector sector, boolean checklist) {
        return AuditTrail.values("key", sector.key(), "title", sector.title(), "checklist", checklist);
    }

    /** Every sector, the checklist first in its order, then the community's own by title. */
    public List<Sector> all() {
        return List.copyOf(neo4j.query("""
                MATCH (s:Sector)
                RETURN s.key AS key, s.title AS title
                ORDER BY coalesce(s.position, 1000000), toLower(s.title)
                """)
                .fetchAs(Sector.class)
                .mappedBy((types, record) -> new Sector(
                        record.get("key").asString(), record.get("title").asString()))
                .all());
    }

    /** Lower-case key and lower-case title, each to the key. */
    public Map<String, String> keysByKeyOrTitle() {
        Map<String, String> keys = new HashMap<>();
        for (Sector sector : all()) {
            keys.put(sector.key().toLowerCase(Locale.ROOT), sector.key());
            keys.put(sector.title().toLowerCase(Locale.ROOT), sector.key());
        }
        return keys;
    }

    /** The key of a sector named by key or title, in any case. */
    public Optional<String> resolve(String keyOrTitle) {
        if (keyOrTitle == null || keyOrTitle.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(keysByKeyOrTitle().get(keyOrTitle.strip().toLowerCase(Locale.ROOT)));
    }

    /** Resolves a sector given in a request, or fails naming the field. */
    public String require(String field, String keyOrTitle) {
        return resolve(keyOrTitle)
                .orElseThrow(() -> InvalidRequestException.field(
                        field, "'" + keyOrTitle + "' is not a known sector key or title."));
    }

    @Transactional
    public Sector add(String key, String title) {
        List<FieldError> errors = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches()) {
            errors.add(new FieldError(
                    "key", "must be lower-case letters and digits joined by hyphens, e.g. 'arts-culture'"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                    "'" + errors.get(0).field() + "' " + errors.get(0).message() + ".", errors);
        }
        Map<String, String> known = keysByKeyOrTitle();
        if (known.containsKey(key)) {
            throw new ConflictException("A sector with key '" + key + "' exists already.");
        }
        if (known.containsKey(title.strip().toLowerCase(Locale.ROOT))) {
            throw new ConflictException("A sector titled '" + title.strip() + "' exists already.");
        }
        neo4j.query("""
                CREATE (s:Sector {key: $key, title: $title, checklist: false,
                                  createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})
                """)
                .bindAll(Map.of("key", key, "title", title.strip(), "by", Auditor.currentUser(), "at", Auditor.now()))
                .run();
        Sector added = new Sector(key, title.strip());
        audit.created(TYPE, key, added.title(), audited(added, false));
        version.bump();
        return added;
    }
}
