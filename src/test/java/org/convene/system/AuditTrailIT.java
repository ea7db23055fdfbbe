package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ConveneIntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    private final String id = "audit-trail-it-" + UUID.randomUUID();

    @AfterEach
    void removeEntries() {
        neo4j.query("MATCH (a:AuditEntry) WHERE $id IN a.mentions DELETE a")
                .bind(id)
                .to("id")
                .run();
    }

    private List<Map<String, Object>> entries() {
        return List.copyOf(neo4j.query("""
                MATCH (a:AuditEntry) WHERE $id IN a.mentions
                RETURN a.action AS action, a.entityType AS entityType, a.entityId AS entityId, a.label AS label,
                       a.user AS user, a.changes AS changes, a.mentions AS mentions, a.at IS NOT NULL AS dated
                ORDER BY a.at
                """).bind(id).to("id").fetch().all());
    }

    @Test
    void anEntryIsStoredWithTheChangedFieldsAsJsonAndTheIdsItNames() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            audit.created("tie", id, "Ana – Ben", AuditTrail.values("strength", 3, "context", null), "ana", "ben");
            audit.changed(
                    "tie",
                    id,
                    "Ana – Ben",
                    AuditTrail.values("strength", 3, "context", null),
                    AuditTrail.values("strength", 4, "context", "church"));
        });

        var entries = entries();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0))
                .containsEntry("action", "created")
                .containsEntry("entityType", "tie")
                .containsEntry("entityId", id)
                .containsEntry("label", "Ana – Ben")
                .containsEntry("user", Auditor.SYSTEM)
                .containsEntry("changes", "{\"strength\":{\"before\":null,\"after\":3}}")
                .containsEntry("mentions", List.of(id, "ana", "ben"))
                .containsEntry("dated", true);
        assertThat(entries.get(1))
                .containsEntry("action", "changed")
                .containsEntry(
                        "changes",
                        "{\"strength\":{\"before\":3,\"after\":4},\"context\":{\"before\":null,\"after\":\"church\"}}");
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        boolean recorded = new TransactionTemplate(transactions)
                .execute(tx -> audit.changed(
                        "person", id, "Ana", AuditTrail.values("role", "Pastor"), AuditTrail.values("role", "Pastor")));

        assertThat(recorded).isFalse();
        assertThat(entries()).isEmpty();
    }

    @Test
    void anEntryRollsBackWithTheWriteItRecords() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            audit.deleted("person", id, "Ana", AuditTrail.values("role", "Pastor"));
            tx.setRollbackOnly();
        });

        assertThat(entries()).isEmpty();
    }

    @Test
    void recordingOutsideATransactionFails() {
        assertThatThrownBy(() -> audit.event("imported", "import", id, "a.csv", Map.of("people", 1), List.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(entries()).isEmpty();
    }
}
