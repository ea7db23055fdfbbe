package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.exchange.CsvImports.planned;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convene.exchange.ImportPlan.Affiliation;
import org.convene.exchange.ImportPlan.NewElement;
import org.convene.exchange.ImportPlan.Partnership;
import org.convene.exchange.ImportPlan.Tie;
import org.junit.jupiter.api.Test;

/** A valid file of new elements: a small network touching defaults, vocabularies and duplicates. */
class ImportPlannerTests {

    private static final String ELEMENTS = """
            ID,Label,Type,Sector,Level,Organization,Role,Coalition,Stage,Description,Tags
            ,Halvern Unified,Organization,Schools: district leadership,District,,,,,The district, schools; district ;;
            ,Grace Church,Organization,faith,,,,,,,
            ,Ana Ruiz,Person,,,Halvern Unified,Superintendent,yes,Early-Adopter,,
            ,Ben Cole,Person,FAMILIES,,,,,,,
            ,Cara Diaz,Person,,,Grace Church,Pastor,,LATE_majority,,
            """;
    private static final String CONNECTIONS = """
            From,To,Type,Strength,Context
            Ana Ruiz,Ben Cole,Knows,2,board
            Ben Cole,Ana Ruiz,,4,neighbour
            Ana Ruiz,Cara Diaz,knows,,
            Ana Ruiz,Halvern Unified,Works at,,
            Ben Cole,Grace Church,WORKS AT,,
            Halvern Unified,Grace Church,Partners with,5,joint programs
            Grace Church,Halvern Unified,partners with,3,
            Dee Stored,Ana Ruiz,Knows,3,
            """;

    private final FakeStoredGraph store = new FakeStoredGraph().person("stored-dee", "Dee Stored");

    private ImportPlan plan() {
        return planned(ELEMENTS, CONNECTIONS, store);
    }

    private static Map<String, NewElement> createdByLabel(ImportPlan plan) {
        return plan.creates().stream().collect(Collectors.toMap(NewElement::label, Function.identity()));
    }

    private static String idOf(ImportPlan plan, String label) {
        return createdByLabel(plan).get(label).id();
    }

    @Test
    void countsWhatTheFileHeld() {
        // when
        ImportPlan plan = plan();

        // then
        assertThat(plan.counts()).isEqualTo(new ImportPlan.Counts(3, 2, 3, 3, 1));
    }

    @Test
    void createsEveryNewElementWithAFreshId() {
        // when
        ImportPlan plan = plan();

        // then
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.creates())
                .extracting(NewElement::label)
                .containsExactly("Halvern Unified", "Grace Church", "Ana Ruiz", "Ben Cole", "Cara Diaz");
        assertThat(plan.creates())
                .extracting(NewElement::id)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id)).hasToString(id));
    }

    @Test
    void aNewPersonIsNotACoalitionMemberUnlessTheRowSaysSo() {
        // when
        Map<String, NewElement> created = createdByLabel(plan());

        // then
        assertThat(created.get("Ana Ruiz").fields().coalition()).isTrue();
        assertThat(created.get("Ben Cole").fields().coalition()).isFalse();
        assertThat(created.get("Grace Church").fields().coalition()).isNull();
    }

    @Test
    void tagsAreSplitOnSemicolonsTrimmedAndBlanksDropped() {
        // when
        Map<String, NewElement> created = createdByLabel(plan());

        // then
        assertThat(created.get("Halvern Unified").fields().tags()).containsExactly("schools", "district");
        assertThat(created.get("Grace Church").fields().tags()).isEmpty();
    }

    @Test
    void stageIsCanonicalisedWhateverItsCaseOrSeparator() {
        // when
        Map<String, NewElement> created = createdByLabel(plan());

        // then
        assertThat(created.get("Ana Ruiz").fields().stage()).isEqualTo("early adopter");
        assertThat(created.get("Cara Diaz").fields().stage()).isEqualTo("late majority");
        assertThat(created.get("Ben Cole").fields().stage()).isNull();
    }

    @Test
    void sectorIsResolvedFromItsKeyOrTitleInAnyCase() {
        // when
        Map<String, NewElement> created = createdByLabel(plan());

        // then
        assertThat(created.get("Halvern Unified").fields().sector()).isEqualTo("district-schools");
        assertThat(created.get("Grace Church").fields().sector()).isEqualTo("faith");
        assertThat(created.get("Ben Cole").fields().sector()).isEqualTo("families");
    }

    @Test
    void levelIsReadInAnyCase() {
        // when
        Map<String, NewElement> created = createdByLabel(plan());

        // then
        assertThat(created.get("Halvern Unified").fields().level()).isEqualTo("district");
    }

    @Test
    void aKnowsTieIsUndirectedAndTheLaterRowWins() {
        // when
        ImportPlan plan = plan();

        // then
        assertThat(plan.ties())
                .hasSize(3)
                .contains(
                        new Tie(idOf(plan, "Ben Cole"), idOf(plan, "Ana Ruiz"), 4, "neighbour", null, null, null, 3),
                        new Tie(idOf(plan, "Ana Ruiz"), idOf(plan, "Cara Diaz"), null, null, null, null, null, 4));
    }

    @Test
    void aPartnershipIsUndirectedAndTheLaterRowWins() {
        // when
        ImportPlan plan = plan();

        // then
        assertThat(plan.partnerships())
                .containsExactly(new Partnership(
                        idOf(plan, "Grace Church"), idOf(plan, "Halvern Unified"), 3, null, null, null, null, 8));
    }

    @Test
    void affiliationsFromTheOrganizationColumnAndWorksAtRowsAreCountedOnce() {
        // when
        ImportPlan plan = plan();

        // then
        assertThat(plan.affiliations())
                .containsExactlyInAnyOrder(
                        new Affiliation(
                                idOf(plan, "Ana Ruiz"),
                                idOf(plan, "Halvern Unified"),
                                "Superintendent",
                                null,
                                null,
                                null,
                                null,
                                0,
                                5),
                        new Affiliation(
                                idOf(plan, "Cara Diaz"),
                                idOf(plan, "Grace Church"),
                                "Pastor",
                                null,
                                null,
                                null,
                                null,
                                0,
                                0),
                        new Affiliation(
                                idOf(plan, "Ben Cole"),
                                idOf(plan, "Grace Church"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                0,
                                6));
    }

    @Test
    void aConnectionLabelNotInTheFileResolvesToTheStoredElement() {
        // when
        ImportPlan plan = plan();

        // then
        assertThat(plan.ties()).contains(new Tie("stored-dee", idOf(plan, "Ana Ruiz"), 3, null, null, null, null, 9));
    }

    @Test
    void asksTheStoreOnceForEachKindOfLookup() {
        // when
        plan();

        // then
        assertThat(store.labelLookups).isEqualTo(1);
        assertThat(store.sectorLookups).isEqualTo(1);
        assertThat(store.idLookups).isZero();
    }

    @Test
    void anOrganizationRowMayCarryCoalitionNoFromASheetThatFillsEveryRow() {
        ImportPlan plan = planned("""
                Label,Type,Sector,Coalition
                Grace Church,Organization,faith,no
                Ana Ruiz,Person,families,yes
                """, "From,To\n", new FakeStoredGraph());

        assertThat(plan.counts().organizations()).isEqualTo(1);
        assertThat(plan.counts().people()).isEqualTo(1);
    }
}
