package org.convene.system;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail, newest first: every entry, or those of one entity (its own and every
 * entry that names it, such as an import's), one user, or a span of days in the application's
 * time zone.
 */
@Service
public class AuditLog {

    /** The most entries one page may hold. */
    public static final int MAX_LIMIT = 1_000;

    public static final int DEFAULT_LIMIT = 100;

    private static final String MATCH = """
            MATCH (a:AuditEntry)
            WHERE ($entity IS NULL OR $entity IN a.mentions)
              AND ($user IS NULL OR a.user = $user)
              AND ($from IS NULL OR a.at >= $from)
              AND ($to IS NULL OR a.at < $to)
            """;

    private final Neo4jClient neo4j;
    private final Today today;

    AuditLog(Neo4jClient neo4j, Today today) {
        this.neo4j = neo4j;
        this.today = today;
    }

    /**
     * What to read: each of {@code entity}, {@code user}, {@code from} and {@code to} may be
     * {@code null} for any; {@code from} and {@code to} are whole days, both included.
     */
    public record Query(String entity, String user, LocalDate from, LocalDate to, int limit, int offset) {

        /** A query from request parameters as sent; 400 naming the parameter that is not valid. */
        public static Query parse(String entity, String user, String from, String to, String limit, String offset) {
            LocalDate fromDate = date("from", from);
            LocalDate toDate = date("to", to);
            if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
                throw InvalidRequestException.field("to", "'to' (" + toDate + ") is before 'from' (" + fromDate + ").");
            }
            return new Query(
                    blankToNull(entity),
                    blankToNull(user),
                    fromDate,
                    toDate,
                    number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                    number("offset", offset, 0, 0, Integer.MAX_VALUE));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        private static LocalDate date(String name, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw InvalidRequestException.field(
                        name, "'" + name + "' must be a date like 2026-09-01, not '" + text + "'.");
            }
        }

        private static int number(String name, String text, int fallback, int min, int max) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            String range = max == Integer.MAX_VALUE
                    ? "a whole number of at least " + min
                    : "a whole number from " + min + " to " + max;
            throw InvalidRequestException.field(name, "'" + name + "' must be " + range + ", not '" + text + "'.");
        }
    }

    /** A page of entries, newest first, and how many match in all. */
    public record Page(List<AuditEntry> entries, long total) {}

    @Transactional(readOnly = true)
    public Page find(Query query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("entity", query.entity());
        parameters.put("user", query.user());
        parameters.put("from", query.from() == null ? null : startOf(query.from()));
        parameters.put("to", query.to() == null ? null : startOf(query.to().plusDays(1)));
        parameters.put("limit", query.limit());
        parameters.put("offset", query.offset());
        long total = neo4j.query(MATCH + "RETURN count(a) AS total")
                .bindAll(parameters)
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        List<AuditEntry> entries = neo4j.query(MATCH + """
                        RETURN a.id AS id, a.at AS at, a.user AS user, a.action AS action, a.entityType AS entityType,
                               a.entityId AS entityId, a.label AS label, a.changes AS changes
                        ORDER BY a.at DESC, a.id DESC
                        SKIP $offset LIMIT $limit
                        """).bindAll(parameters).fetch().all().stream()
                .map(row -> new AuditEntry(
                        (String) row.get("id"),
                        (ZonedDateTime) row.get("at"),
                        (String) row.get("user"),
                        (String) row.get("action"),
                        (String) row.get("entityType"),
                        (String) row.get("entityId"),
                        (String) row.get("label"),
                        AuditTrail.read((String) row.get("changes"))))
                .toList();
        return new Page(entries, total);
    }

    private ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(today.zone());
    }
}
