package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;

/** The fence's reading of a plan, on plans made by hand (the ITs check plans the store makes). */
class ReadOnlyFenceTests {

    private static final ReadOnlyFence.AppNodes NONE = new ReadOnlyFence.AppNodes(Set.of(), false);

    private record Operator(String operatorType, Map<String, Value> arguments, List<Plan> children) implements Plan {

        @Override
        public List<String> identifiers() {
            return List.of();
        }
    }

    private static Plan op(String type, String details, Plan... children) {
        return new Operator(
                type, details == null ? Map.of() : Map.of("Details", Values.value(details)), List.of(children));
    }

    private static String clause(Plan plan, boolean admin, ReadOnlyFence.AppNodes app) {
        return ReadOnlyFence.check(QueryType.READ_ONLY, plan, admin, app)
                .map(ReadOnlyFence.Refusal::clause)
                .orElse(null);
    }

    @Test
    void operatorNamesLoseTheirDatabaseAndQualifier() {
        assertThat(ReadOnlyFence.baseName("Expand(All)@neo4j")).isEqualTo("Expand");
        assertThat(ReadOnlyFence.baseName("DoNothingIfExists(INDEX)@neo4j")).isEqualTo("DoNothingIfExists");
        assertThat(ReadOnlyFence.baseName("AdministrationCommand@system")).isEqualTo("AdministrationCommand");
        assertThat(ReadOnlyFence.baseName("NodeByLabelScan")).isEqualTo("NodeByLabelScan");
    }

    @Test
    void aLabelScanOfTheNetworkPasses() {
        Plan plan = op("ProduceResults@neo4j", "p", op("NodeByLabelScan@neo4j", "p:Person"));

        assertThat(clause(plan, false, NONE)).isNull();
    }

    @Test
    void theFirstRefusedOperatorFromTheTopIsNamed() {
        Plan plan = op(
                "ProduceResults@neo4j",
                null,
                op("TransactionForeach@neo4j", "IN TRANSACTIONS", op("SetProperty@neo4j", "p.x = 1")));

        assertThat(clause(plan, true, NONE)).isEqualTo("CALL { } IN TRANSACTIONS");
    }

    @Test
    void commandsAreNamedAsTheyAreWritten() {
        assertThat(clause(op("ShowIndexes@neo4j", "allIndexes"), true, NONE)).isEqualTo("SHOW INDEXES");
        assertThat(clause(op("TerminateTransactions@neo4j", "x"), true, NONE)).isEqualTo("TERMINATE TRANSACTIONS");
        assertThat(clause(op("CreateIndex@neo4j", "RANGE INDEX"), true, NONE)).isEqualTo("CREATE INDEX");
        assertThat(clause(op("AdministrationCommand@system", null), true, NONE)).isEqualTo("an administration command");
        assertThat(clause(op("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)"), true, NONE))
                .isEqualTo("CALL db.labels");
    }

    @Test
    void anAdminReportMayReadTheAppsLabelsButAViewersMayNot() {
        Plan users = op("NodeUniqueIndexSeek@neo4j", "UNIQUE u:User(username) WHERE username = $x");

        assertThat(clause(users, true, NONE)).isNull();
        assertThat(clause(users, false, NONE)).isEqualTo(":User");
        assertThat(clause(op("Filter@neo4j", "x:`AuditEntry`"), false, NONE)).isEqualTo(":AuditEntry");
        assertThat(clause(op("UnionNodeByLabelsScan@neo4j", "n:Person|ApiToken"), false, NONE))
                .isEqualTo(":ApiToken");
        assertThat(clause(op("Filter@neo4j", "n.name = 'Username' AND n:Person"), false, NONE))
                .isNull();
        assertThat(clause(op("Filter@neo4j", "n:Userish"), false, NONE)).isNull();
    }

    @Test
    void theRelationshipTypesThatReachAppNodesAreFencedToo() {
        var tokens = new ReadOnlyFence.AppNodes(Set.of("HAS_TOKEN"), false);
        Plan scan = op("DirectedRelationshipTypeScan@neo4j", "(u)-[r:HAS_TOKEN]->(t)");

        assertThat(clause(scan, false, NONE)).isNull();
        assertThat(clause(scan, false, tokens)).isEqualTo("[:HAS_TOKEN]");
    }

    @Test
    void anUntypedStepIsRefusedOnlyWhereAnAppNodeIsJoinedToTheNetwork() {
        Plan expand = op("Expand(All)@neo4j", "(p)-[anon_1]-(x)", op("NodeByLabelScan@neo4j", "p:Person"));

        assertThat(clause(expand, false, NONE)).isNull();
        assertThat(clause(expand, false, new ReadOnlyFence.AppNodes(Set.of("MENTIONS"), true)))
                .isEqualTo("a relationship pattern without a type");
    }

    @Test
    void aQueryThatIsNotReadOnlyIsRefusedEvenWithoutAWriteOperator() {
        assertThat(ReadOnlyFence.check(QueryType.READ_WRITE, op("ProduceResults@neo4j", null), true, NONE)
                        .orElseThrow()
                        .clause())
                .isEqualTo("a write");
    }
}
