package org.convene.network;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A counter kept in the store and raised by every write the application makes, inside the write's
 * own transaction, so any instance on the same store can tell that its analysis is out of date.
 * A write whose effect is one simple change says what it was ({@link #bump(NetworkChange)}), so
 * this instance can update its analysis in place instead of reading the store again.
 */
@Component
public class GraphVersion {

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;

    GraphVersion(Neo4jClient neo4j, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.events = events;
    }

    /**
     * Raises the version; call inside the write's transaction.
     *
     * @return the version this write raised the store to
     */
    public long bump() {
        return neo4j.query("""
                MERGE (v:GraphVersion {name: 'graph'})
                SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
                RETURN v.version AS version
                """).fetchAs(Long.class).one().orElseThrow();
    }

    /**
     * Raises the version and publishes {@link NetworkChanged} with it: the write's whole effect
     * on the network must be this one change. Call inside the write's transaction, after the
     * change is written.
     */
    public long bump(NetworkChange change) {
        long version = bump();
        events.publishEvent(new NetworkChanged(version, change));
        return version;
    }

    public long current() {
        return neo4j.query("MATCH (v:GraphVersion {name: 'graph'}) RETURN v.version AS version")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }
}
