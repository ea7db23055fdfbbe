package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The contract promises files of 100,000 rows; planning them must stay far from the request timeout. */
class ImportPlannerScaleTests {

    private static final int PEOPLE = 40_000;
    private static final int ORGANIZATIONS = 10_000;
    private static final int STORED_PEOPLE = 5_000;
    private static final int TIES = 40_000;
    private static final int WORKS_AT = 10_000;

    @Test
    void plansAHundredThousandRows() {
        // given
        Random random = new Random(42);
        FakeStoredGraph store = new FakeStoredGraph();
        for (int i = 0; i < STORED_PEOPLE; i++) {
            store.person("stored-" + i, "Stored person " + i);
        }
        StringBuilder elements = new StringBuilder("Label,Type,Sector,Level,Organization,Role,Coalition,Stage,Tags\n");
        for (int i = 0; i < ORGANIZATIONS; i++) {
            elements.append("Organization ").append(i).append(",Organization,Health,city,,,,,a;b\n");
        }
        for (int i = 0; i < PEOPLE; i++) {
            elements.append("Person ")
                    .append(i)
                    .append(",Person,,,Organization ")
                    .append(random.nextInt(ORGANIZATIONS))
                    .append(",Teacher,")
                    .append(i % 2 == 0 ? "yes" : "no")
                    .append(",early adopter,\n");
        }
        StringBuilder connections = new StringBuilder("From,To,Type,Strength,Context\n");
        for (int i = 0; i < TIES; i++) {
            int from = random.nextInt(PEOPLE);
            int to = (from + 1 + random.nextInt(PEOPLE - 1)) % PEOPLE;
            String toLabel = i % 10 == 0 ? "Stored person " + random.nextInt(STORED_PEOPLE) : "Person " + to;
            connections
                    .append("Person ")
                    .append(from)
                    .append(',')
                    .append(toLabel)
                    .append(",Knows,")
                    .append(1 + random.nextInt(5))
                    .append(",colleague\n");
        }
        for (int i = 0; i < WORKS_AT; i++) {
            connections
                    .append("Person ")
                    .append(random.nextInt(PEOPLE))
                    .append(",Organization ")
                    .append(random.nextInt(ORGANIZATIONS))
                    .append(",Works at,,\n");
        }
        byte[] elementBytes = elements.toString().getBytes(StandardCharsets.UTF_8);
        byte[] connectionBytes = connections.toString().getBytes(StandardCharsets.UTF_8);
        int rows = ORGANIZATIONS + PEOPLE + TIES + WORKS_AT;

        // when
        long start = System.nanoTime();
        ImportOutcome outcome = new ImportPlanner()
                .plan(
                        CsvTables.read(Sheet.ELEMENTS, elementBytes),
                        CsvTables.read(Sheet.CONNECTIONS, connectionBytes),
                        store);
        long nanos = System.nanoTime() - start;

        // then
        assertThat(outcome).isInstanceOf(ImportOutcome.Planned.class);
        ImportPlan plan = ((ImportOutcome.Planned) outcome).plan();
        assertThat(plan.counts().people()).isEqualTo(PEOPLE);
        assertThat(plan.counts().organizations()).isEqualTo(ORGANIZATIONS);
        assertThat(store.labelLookups).isEqualTo(1);
        System.out.printf(
                "ImportPlannerScaleTests: read and planned %,d rows in %,d ms (%,.0f rows/s)%n",
                rows, nanos / 1_000_000, rows / (nanos / 1e9));
    }
}
