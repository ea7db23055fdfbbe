package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.system.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The writer checks that every row of a plan was written: an element the plan found in the store
 * but that was removed before the write (reads are read-committed, planning takes no locks) makes
 * the whole file roll back with a 409-kind error instead of a silently shorter import.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Writer ")
class ImportWriterIT {

    private static final ImportPlan.Counts ONE_TIE = new ImportPlan.Counts(0, 0, 1, 0, 0);

    @Autowired
    ImportWriter writer;

    @Autowired
    Neo4jClient neo4j;

    String ada;
    String bo;
    String boElement;

    @BeforeEach
    void twoStoredPeople() {
        ada = create("Zz Writer Ada");
        bo = create("Zz Writer Bo");
        boElement = neo4j.query("MATCH (p:Person {id: $id}) RETURN elementId(p)")
                .bind(bo)
                .to("id")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    @Test
    void aPlannedEndRemovedBeforeTheWriteRollsTheFileBack() {
        String adaElement = neo4j.query("MATCH (p:Person {id: $id}) RETURN elementId(p)")
                .bind(ada)
                .to("id")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        ImportPlan plan = new ImportPlan(
                List.of(),
                List.of(),
                List.of(),
                List.of(new ImportPlan.Tie(ada, bo, 4, "neighbours")),
                List.of(),
                ONE_TIE,
                Map.of(ada, adaElement, bo, boElement));
        neo4j.query("MATCH (p:Person {id: $id}) DETACH DELETE p")
                .bind(bo)
                .to("id")
                .run();

        assertThatThrownBy(() -> writer.write(plan, "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("nothing was imported");

        assertThat(ties(ada)).isZero();
    }

    @Test
    void aStoredEndThatIsGoneWhenLookedUpRollsTheFileBack() {
        ImportPlan plan = new ImportPlan(
                List.of(),
                List.of(),
                List.of(),
                List.of(new ImportPlan.Tie(ada, bo, 4, "neighbours")),
                List.of(),
                ONE_TIE,
                Map.of());
        neo4j.query("MATCH (p:Person {id: $id}) DETACH DELETE p")
                .bind(bo)
                .to("id")
                .run();

        assertThatThrownBy(() -> writer.write(plan, "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(bo);

        assertThat(ties(ada)).isZero();
    }

    @Test
    void aPlanWhoseEndsAreStoredIsWrittenWhole() {
        ImportPlan plan = new ImportPlan(
                List.of(),
                List.of(),
                List.of(),
                List.of(new ImportPlan.Tie(ada, bo, 4, "neighbours")),
                List.of(),
                ONE_TIE,
                Map.of(bo, boElement));

        writer.write(plan, "test");

        assertThat(ties(ada)).isOne();
    }

    private String create(String name) {
        return neo4j.query("""
                CREATE (p:Element:Person {id: randomUUID(), name: $name, coalition: false, tags: []})
                RETURN p.id
                """)
                .bind(name)
                .to("name")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    private long ties(String person) {
        return neo4j.query("MATCH (:Person {id: $id})-[k:KNOWS]-() RETURN count(k)")
                .bind(person)
                .to("id")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
    }
}
