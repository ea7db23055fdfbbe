package org.convene.network;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A counter kept in the store and raised by every write the application makes, inside the write's
 * own transaction, so any instance on the same store can tell that its analysis is out of date.
 */
@Component
public class GraphVersion {

    private final Neo4jClient neo4j;

    GraphVersion(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Raises the version; call inside the write's transaction. */
    public void bump() {
        neo4j.query("""
                MERGE (v:GraphVersion {name: 'graph'})
                SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
                """).run();
    }

    public long current() {
        return neo4j.query("MATCH (v:GraphVersion {name: 'graph'}) RETURN v.version AS version")
                .fetchAs(Long.class).one().orElse(0L);
    }
}
