package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.exchange.CsvImports.NO_CONNECTIONS;
import static org.convene.exchange.CsvImports.planned;

import org.convene.exchange.ImportPlan.Affiliation;
import org.convene.exchange.ImportPlan.ElementFields;
import org.convene.exchange.ImportPlan.ElementUpdate;
import org.convene.exchange.ImportPlan.Tie;
import org.junit.jupiter.api.Test;

/** Rows that match stored elements: on an update a blank cell keeps the stored value. */
class ImportPlannerUpdateTests {

    private final FakeStoredGraph store = new FakeStoredGraph();

    @Test
    void aRowMatchingAStoredLabelChangesOnlyItsNonBlankCells() {
        // given
        store.person("p1", "Ana Ruiz");

        // when
        ImportPlan plan = planned("""
                ID,Label,Type,Sector,Organization,Role,Coalition,Stage,Description,Tags
                ,Ana Ruiz,person,,,,,Skeptic,,
                """, NO_CONNECTIONS, store);

        // then
        assertThat(plan.creates()).isEmpty();
        assertThat(plan.updates())
                .containsExactly(new ElementUpdate(
                        "p1",
                        ElementType.PERSON,
                        "Ana Ruiz",
                        null,
                        new ElementFields(null, null, null, null, "skeptic", null, null),
                        2));
        assertThat(plan.counts().people()).isEqualTo(1);
    }

    @Test
    void anIdThatIsNotStoredFallsBackToTheLabelAndIsKeptByTheElementItCreates() {
        // given an export from another instance, whose ids this store has never seen
        store.person("p1", "Ana Ruiz");

        // when
        ImportPlan plan = planned("""
                ID,Label,Type,Role
                elsewhere-42,Ana Ruiz,Person,Principal
                elsewhere-43,Ben Cole,Person,
                """, NO_CONNECTIONS, store);

        // then the known label is updated and the unknown one created with the file's id
        assertThat(plan.updates()).extracting(ElementUpdate::id).containsExactly("p1");
        assertThat(plan.creates()).singleElement().satisfies(created -> {
            assertThat(created.label()).isEqualTo("Ben Cole");
            assertThat(created.id()).isEqualTo("elsewhere-43");
        });
    }

    @Test
    void aRowWithAStoredIdRenamesTheElement() {
        // given
        store.organization("o1", "Halvern USD");

        // when
        ImportPlan plan = planned("""
                ID,Label,Type,Level
                o1,Halvern Unified,Organization,county
                """, NO_CONNECTIONS, store);

        // then
        assertThat(plan.updates())
                .containsExactly(new ElementUpdate(
                        "o1",
                        ElementType.ORGANIZATION,
                        "Halvern Unified",
                        "Halvern USD",
                        new ElementFields(null, "county", null, null, null, null, null),
                        2));
    }

    @Test
    void aPersonMayWorkAtAStoredOrganization() {
        // given
        store.organization("o1", "Halvern Unified");

        // when
        ImportPlan plan = planned("""
                Label,Type,Organization
                Ana Ruiz,Person,Halvern Unified
                """, NO_CONNECTIONS, store);

        // then
        assertThat(plan.affiliations())
                .containsExactly(new Affiliation(plan.creates().get(0).id(), "o1", null, null, null, null, null, 0, 0));
    }

    @Test
    void aConnectionMayJoinTwoStoredPeople() {
        // given
        store.person("p1", "Ana Ruiz").person("p2", "Ben Cole");

        // when
        ImportPlan plan = planned("Label,Type\n", "From,To,Strength\nAna Ruiz,Ben Cole,5\n", store);

        // then
        assertThat(plan.ties()).containsExactly(new Tie("p1", "p2", 5, null, null, null, null, 2));
        assertThat(plan.counts()).isEqualTo(new ImportPlan.Counts(0, 0, 1, 0, 0));
    }
}
