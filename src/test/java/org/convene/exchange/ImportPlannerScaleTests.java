package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * docs/import.md promises files of 100,000 rows. What would make planning them slow is a round trip
 * to the store per row, or work that grows faster than the rows; neither depends on how busy the
 * machine is, so these tests count them rather than time them.
 */
class ImportPlannerScaleTests {

    @Test
    void aHundredThousandRowsArePlannedWithOneStoreLookupOfEachKind() {
        // given
        Network network = new Network(10_000);

        // when
        ImportPlan plan = network.plan();

        // then
        assertThat(network.rows()).isEqualTo(100_000);
        assertThat(plan.counts().people()).isEqualTo(network.people());
        assertThat(plan.counts().organizations()).isEqualTo(network.organizations());
        assertThat(plan.updates()).hasSize(network.updatedById());
        assertThat(network.store.idLookups).isEqualTo(1);
        assertThat(network.store.labelLookups).isEqualTo(1);
        assertThat(network.store.sectorLookups).isEqualTo(1);
        assertThat(network.store.idsAsked).as("only the file's ids").isEqualTo(network.updatedById());
        assertThat(network.store.labelsAsked)
                .as("the file's own labels, and the stored ones its connections name")
                .isBetween(network.elementRows(), network.elementRows() + network.tiesToStoredPeople());
    }

    @Test
    void readsOfTheStoresAnswersGrowLinearlyFromTenThousandToAHundredThousandRows() {
        // given
        Network small = new Network(1_000);
        Network large = new Network(10_000);

        // when
        small.plan();
        large.plan();

        // then
        double smallPerRow = (double) small.store.answerReads / small.rows();
        double largePerRow = (double) large.store.answerReads / large.rows();
        assertThat(smallPerRow).as("reads per row of 10,000").isPositive().isLessThanOrEqualTo(1.0);
        assertThat(largePerRow).as("reads per row of 100,000").isLessThanOrEqualTo(1.0);
        assertThat(largePerRow)
                .as("ten times the rows take ten times the reads, not a hundred")
                .isBetween(smallPerRow * 0.9, smallPerRow * 1.1);
    }

    /**
     * A file of {@code 10 * scale} rows: organizations, people (a tenth of them stored ones updated
     * by ID), ties (a tenth of them to stored people the file does not list) and affiliations.
     */
    private static final class Network {

        final int scale;
        final FakeStoredGraph store = new FakeStoredGraph();
        private final byte[] elements;
        private final byte[] connections;

        Network(int scale) {
            this.scale = scale;
            Random random = new Random(42);
            for (int i = 0; i < storedPeople(); i++) {
                store.person("stored-" + i, "Stored person " + i);
            }
            StringBuilder elements =
                    new StringBuilder("ID,Label,Type,Sector,Level,Organization,Role,Coalition,Stage,Tags\n");
            for (int i = 0; i < organizations(); i++) {
                elements.append(",Organization ").append(i).append(",Organization,Health,city,,,,,a;b\n");
            }
            for (int i = 0; i < updatedById(); i++) {
                elements.append("stored-").append(i).append(",Stored person ").append(i);
                elements.append(",Person,,,,Librarian,,,\n");
            }
            for (int i = 0; i < newPeople(); i++) {
                elements.append(",Person ")
                        .append(i)
                        .append(",Person,,,Organization ")
                        .append(random.nextInt(organizations()))
                        .append(",Teacher,")
                        .append(i % 2 == 0 ? "yes" : "no")
                        .append(",early adopter,\n");
            }
            StringBuilder connections = new StringBuilder("From,To,Type,Strength,Context\n");
            for (int i = 0; i < ties(); i++) {
                int from = random.nextInt(newPeople());
                int to = (from + 1 + random.nextInt(newPeople() - 1)) % newPeople();
                String toLabel = i % 10 == 0
                        ? "Stored person " + (updatedById() + random.nextInt(storedPeople() - updatedById()))
                        : "Person " + to;
                connections
                        .append("Person ")
                        .append(from)
                        .append(',')
                        .append(toLabel)
                        .append(",Knows,")
                        .append(1 + random.nextInt(5))
                        .append(",colleague\n");
            }
            for (int i = 0; i < worksAt(); i++) {
                connections
                        .append("Person ")
                        .append(random.nextInt(newPeople()))
                        .append(",Organization ")
                        .append(random.nextInt(organizations()))
                        .append(",Works at,,\n");
            }
            this.elements = elements.toString().getBytes(StandardCharsets.UTF_8);
            this.connections = connections.toString().getBytes(StandardCharsets.UTF_8);
        }

        int organizations() {
            return scale;
        }

        int storedPeople() {
            return scale / 2;
        }

        int updatedById() {
            return scale / 10;
        }

        int newPeople() {
            return 4 * scale - updatedById();
        }

        int people() {
            return newPeople() + updatedById();
        }

        int ties() {
            return 4 * scale;
        }

        int tiesToStoredPeople() {
            return (ties() + 9) / 10;
        }

        int worksAt() {
            return scale;
        }

        int elementRows() {
            return organizations() + people();
        }

        int rows() {
            return elementRows() + ties() + worksAt();
        }

        ImportPlan plan() {
            ImportOutcome outcome = new ImportPlanner()
                    .plan(
                            CsvTables.read(Sheet.ELEMENTS, elements),
                            CsvTables.read(Sheet.CONNECTIONS, connections),
                            store);
            if (outcome instanceof ImportOutcome.Rejected rejected) {
                throw new AssertionError("rejected: "
                        + rejected.errors()
                                .subList(0, Math.min(5, rejected.errors().size())));
            }
            return ((ImportOutcome.Planned) outcome).plan();
        }
    }
}
