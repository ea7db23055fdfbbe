package org.convene.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads which relationship types touch the application's own nodes (users, tokens, the audit
 * trail, the version counter), so the fence refuses a report that reaches them through those
 * types as well as through their labels. Read at most every {@value #TTL_MILLIS} ms.
 */
@Component
class AppNodes {

    static final long TTL_MILLIS = 10_000;

    private static final String QUERY = """
            CALL () {
              MATCH (a:User) RETURN a
              UNION MATCH (a:ApiToken) RETURN a
              UNION MATCH (a:AuditEntry) RETURN a
              UNION MATCH (a:GraphVersion) RETURN a
            }
            MATCH (a)-[r]-(b)
            RETURN DISTINCT type(r) AS type, none(l IN labels(b) WHERE l IN $labels) AS bridged
            """;

    private final Driver driver;
    private volatile ReadOnlyFence.AppNodes known;
    private volatile long readAt;

    AppNodes(Driver driver) {
        this.driver = driver;
    }

    ReadOnlyFence.AppNodes current() {
        long now = System.currentTimeMillis();
        ReadOnlyFence.AppNodes cached = known;
        if (cached != null && now - readAt < TTL_MILLIS) {
            return cached;
        }
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            List<Map<String, Object>> rows =
                    session.executeRead(tx -> tx.run(QUERY, Map.of("labels", List.copyOf(ReadOnlyFence.APP_LABELS)))
                            .list(record -> record.asMap(Value::asObject)));
            Set<String> types = new HashSet<>();
            boolean bridged = false;
            for (Map<String, Object> row : rows) {
                types.add((String) row.get("type"));
                bridged |= Boolean.TRUE.equals(row.get("bridged"));
            }
            ReadOnlyFence.AppNodes read = new ReadOnlyFence.AppNodes(types, bridged);
            known = read;
            readAt = now;
            return read;
        }
    }
}
