package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.convene.exchange.CsvImports.assertError;
import static org.convene.exchange.CsvImports.table;

import java.time.LocalDate;
import java.util.List;

import org.convene.exchange.ImportPlan.Affiliation;
import org.convene.exchange.ImportPlan.ElementFields;
import org.convene.exchange.ImportPlan.NewElement;
import org.convene.exchange.ImportPlan.Partnership;
import org.convene.exchange.ImportPlan.Tie;
import org.junit.jupiter.api.Test;

/**
 * The dated columns: Since, Until, Source, Role and Leads on Connections; Joined, Left, Stage since
 * and the ratings on Elements. Each bad cell is reported on its sheet, row and canonical column;
 * good ones reach the plan. The planner's today is fixed, 2026-06-15.
 */
class DatedHistoryImportTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final String PEOPLE_AND_ORGANIZATIONS = """
            Label,Type
            Ana Ruiz,Person
            Ben Cole,Person
            Halvern Unified,Organization
            Grace Church,Organization
            """;

    private final FakeStoredGraph store = new FakeStoredGraph();

    private ImportOutcome plan(String elements, String connections) {
        return new ImportPlanner(TODAY)
                .plan(table(Sheet.ELEMENTS, elements), table(Sheet.CONNECTIONS, connections), store);
    }

    private ImportPlan planned(String elements, String connections) {
        ImportOutcome outcome = plan(elements, connections);
        assertThat(outcome).isInstanceOf(ImportOutcome.Planned.class);
        return ((ImportOutcome.Planned) outcome).plan();
    }

    private ImportError onlyError(String elements, String connections) {
        ImportOutcome outcome = plan(elements, connections);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        List<ImportError> errors = ((ImportOutcome.Rejected) outcome).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private ImportError onlyElementError(String elements) {
        return onlyError(elements, CsvImports.NO_CONNECTIONS);
    }

    private ImportError onlyConnectionError(String connections) {
        return onlyError(PEOPLE_AND_ORGANIZATIONS, connections);
    }

    private static NewElement created(ImportPlan plan, String label) {
        return plan.creates().stream()
                .filter(e -> e.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    // ---- Elements: good cells reach the plan ----

    @Test
    void everyDatedAndRatedPersonCellReachesThePlan() {
        ImportPlan plan = planned("""
                Label,Type,Coalition,Joined,Stage,Stage since,Power,Urgency,Optimism,Collaboration,Openness,No resources
                Ana Ruiz,Person,yes,2024-09-01,Early majority,2026-03-01,4,5,3,2,1,yes
                """, CsvImports.NO_CONNECTIONS);

        ElementFields fields = created(plan, "Ana Ruiz").fields();
        assertThat(fields.coalition()).isTrue();
        assertThat(fields.joined()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(fields.left()).isNull();
        assertThat(fields.stage()).isEqualTo("early majority");
        assertThat(fields.stageSince()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(List.of(
                        fields.power(), fields.urgency(), fields.optimism(), fields.collaboration(), fields.openness()))
                .containsExactly(4, 5, 3, 2, 1);
        assertThat(fields.noResources()).isTrue();
    }

    @Test
    void anOrganizationsResourcesReachThePlan() {
        ImportPlan plan = planned("Label,Type,Resources\nHalvern Unified,Organization,5\n", CsvImports.NO_CONNECTIONS);

        assertThat(created(plan, "Halvern Unified").fields().resources()).isEqualTo(5);
    }

    @Test
    void aLeftDateWithABlankCoalitionMeansTheyAreNoLongerAMember() {
        ImportPlan plan = planned("""
                Label,Type,Joined,Left
                Ana Ruiz,Person,2024-09-01,2026-01-31
                """, CsvImports.NO_CONNECTIONS);

        ElementFields fields = created(plan, "Ana Ruiz").fields();
        assertThat(fields.coalition()).isFalse();
        assertThat(fields.joined()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(fields.left()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void aStageSinceOfTodayIsAccepted() {
        ImportPlan plan = planned("Label,Type,Stage,Stage since\nAna Ruiz,Person,skeptic,2026-06-15\n", "From,To\n");

        assertThat(created(plan, "Ana Ruiz").fields().stageSince()).isEqualTo(TODAY);
    }

    @Test
    void aSheetThatSaysNoForNoResourcesOnEveryRowIsAcceptedOnAnOrganization() {
        ImportPlan plan = planned("Label,Type,No resources\nHalvern Unified,Organization,no\n", "From,To\n");

        assertThat(created(plan, "Halvern Unified").fields().noResources()).isNull();
    }

    @Test
    void blankDatedCellsOnAStoredPersonKeepTheStoredValues() {
        store.person("p1", "Ana Ruiz");

        ImportPlan plan = planned("""
                Label,Type,Joined,Left,Stage since,Power,No resources
                Ana Ruiz,Person,,,,,
                """, CsvImports.NO_CONNECTIONS);

        assertThat(plan.updates()).singleElement().satisfies(update -> {
            assertThat(update.fields()).isEqualTo(new ElementFields(null, null, null, null, null, null, null));
            assertThat(update.line()).isEqualTo(2);
        });
    }

    // ---- Elements: each bad cell on its row and column ----

    @Test
    void aJoinedThatIsNotADateIsReportedOnJoined() {
        ImportError error = onlyElementError("Label,Type,Joined\nAna Ruiz,Person,last spring\n");

        assertError(error, "elements", 2, "Joined", "\"last spring\"");
    }

    @Test
    void aLeftBeforeJoinedIsReportedOnLeft() {
        ImportError error = onlyElementError("Label,Type,Joined,Left\nAna Ruiz,Person,2025-05-01,2025-04-30\n");

        assertError(error, "elements", 2, "Left", "2025-04-30");
    }

    @Test
    void aLeftOnARowThatSaysTheyAreAMemberIsReportedOnLeft() {
        ImportError error = onlyElementError("Label,Type,Coalition,Left\nAna Ruiz,Person,yes,2025-04-30\n");

        assertError(error, "elements", 2, "Left", "\"2025-04-30\"");
    }

    @Test
    void aLeftAfterTodayIsReportedOnLeft() {
        ImportError error = onlyElementError("Label,Type,Left\nAna Ruiz,Person,2026-06-16\n");

        assertError(error, "elements", 2, "Left", "2026-06-16");
    }

    @Test
    void aStageSinceAfterTodayIsReportedOnStageSince() {
        ImportError error = onlyElementError("Label,Type,Stage,Stage since\nAna Ruiz,Person,skeptic,2026-06-16\n");

        assertError(error, "elements", 2, "Stage since", "2026-06-16");
    }

    @Test
    void aStageSinceWithoutAStageIsReportedOnStageSince() {
        ImportError error = onlyElementError("Label,Type,Stage since\nAna Ruiz,Person,2026-01-01\n");

        assertError(error, "elements", 2, "Stage since", "\"2026-01-01\"");
    }

    @Test
    void aStageSinceThatIsNotADateIsReportedOnStageSince() {
        ImportError error = onlyElementError("Label,Type,Stage,Stage since\nAna Ruiz,Person,skeptic,01/03/2026\n");

        assertError(error, "elements", 2, "Stage since", "\"01/03/2026\"");
    }

    @Test
    void aPowerAboveFiveIsReportedOnPower() {
        ImportError error = onlyElementError("Label,Type,Power\nAna Ruiz,Person,6\n");

        assertError(error, "elements", 2, "Power", "\"6\"");
    }

    @Test
    void eachQualityOutsideOneToFiveIsReportedOnItsOwnColumn() {
        ImportOutcome outcome = plan("""
                Label,Type,Urgency,Optimism,Collaboration,Openness
                Ana Ruiz,Person,0,high,3.5,-1
                """, CsvImports.NO_CONNECTIONS);

        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) outcome).errors())
                .extracting(ImportError::sheet, ImportError::row, ImportError::column)
                .containsExactly(
                        tuple("elements", 2, "Urgency"),
                        tuple("elements", 2, "Optimism"),
                        tuple("elements", 2, "Collaboration"),
                        tuple("elements", 2, "Openness"));
    }

    @Test
    void aNoResourcesThatIsNotYesOrNoIsReportedOnNoResources() {
        ImportError error = onlyElementError("Label,Type,No resources\nAna Ruiz,Person,maybe\n");

        assertError(error, "elements", 2, "No resources", "\"maybe\"");
    }

    @Test
    void resourcesOnAPersonIsReportedOnResources() {
        ImportError error = onlyElementError("Label,Type,Resources\nAna Ruiz,Person,3\n");

        assertError(error, "elements", 2, "Resources", "\"3\"");
    }

    @Test
    void resourcesOutsideOneToFiveIsReportedOnResources() {
        ImportError error = onlyElementError("Label,Type,Resources\nHalvern Unified,Organization,7\n");

        assertError(error, "elements", 2, "Resources", "\"7\"");
    }

    @Test
    void aPersonOnlyDatedOrRatedCellOnAnOrganizationIsReportedOnItsColumn() {
        for (String column : List.of("Joined", "Left", "Stage since", "Power", "Urgency", "No resources")) {
            String value = column.equals("No resources")
                    ? "yes"
                    : column.equals("Power") || column.equals("Urgency") ? "3" : "2025-01-01";
            ImportError error =
                    onlyElementError("Label,Type," + column + "\nHalvern Unified,Organization," + value + "\n");

            assertError(error, "elements", 2, column, "\"Halvern Unified\"");
        }
    }

    // ---- IDs ----

    @Test
    void twoRowsCreatingElementsWithTheSameIdAreReportedOnTheLaterRow() {
        ImportError error = onlyElementError("""
                ID,Label,Type
                elsewhere-1,Ana Ruiz,Person
                elsewhere-1,Ben Cole,Person
                """);

        assertError(error, "elements", 3, "ID", "row 2");
    }

    @Test
    void anIdLongerThanTwoHundredCharactersIsReportedOnId() {
        ImportError error = onlyElementError("ID,Label,Type\n" + "x".repeat(201) + ",Ana Ruiz,Person\n");

        assertThat(error.column()).isEqualTo("ID");
        assertThat(error.row()).isEqualTo(2);
    }

    // ---- Connections: good cells reach the plan ----

    @Test
    void aTiesDatesAndSourceReachThePlan() {
        ImportPlan plan = planned(PEOPLE_AND_ORGANIZATIONS, """
                From,To,Type,Strength,Since,Until,Source
                Ana Ruiz,Ben Cole,Knows,4,2024-02-01,2026-01-15,intake interview
                Halvern Unified,Grace Church,Partners with,,2025-01-01,,MOU
                """);

        String ana = created(plan, "Ana Ruiz").id();
        String ben = created(plan, "Ben Cole").id();
        assertThat(plan.ties())
                .containsExactly(new Tie(
                        ana, ben, 4, null, LocalDate.of(2024, 2, 1), LocalDate.of(2026, 1, 15), "intake interview", 2));
        assertThat(plan.partnerships())
                .containsExactly(new Partnership(
                        created(plan, "Halvern Unified").id(),
                        created(plan, "Grace Church").id(),
                        null,
                        null,
                        LocalDate.of(2025, 1, 1),
                        null,
                        "MOU",
                        3));
    }

    @Test
    void aWorksAtRowCarriesRoleLeadsAndDatesTheElementsRoleWinning() {
        ImportPlan plan = planned("""
                Label,Type,Organization,Role
                Halvern Unified,Organization,,
                Grace Church,Organization,,
                Ana Ruiz,Person,Halvern Unified,Superintendent
                Ben Cole,Person,,
                """, """
                From,To,Type,Role,Leads,Since,Until,Source
                Ana Ruiz,Halvern Unified,Works at,Teacher,yes,2020-08-01,,HR list
                Ben Cole,Grace Church,Works at,Deacon,no,2019-01-01,2025-12-31,
                """);

        String ana = created(plan, "Ana Ruiz").id();
        String ben = created(plan, "Ben Cole").id();
        assertThat(plan.affiliations())
                .containsExactly(
                        new Affiliation(
                                ana,
                                created(plan, "Halvern Unified").id(),
                                "Superintendent",
                                LocalDate.of(2020, 8, 1),
                                null,
                                true,
                                "HR list",
                                0,
                                2),
                        new Affiliation(
                                ben,
                                created(plan, "Grace Church").id(),
                                "Deacon",
                                LocalDate.of(2019, 1, 1),
                                LocalDate.of(2025, 12, 31),
                                false,
                                null,
                                0,
                                3));
    }

    @Test
    void affiliationsAreRankedInTheFilesOrderPerPersonTheOrganizationCellFirst() {
        ImportPlan plan = planned("""
                Label,Type,Organization
                Halvern Unified,Organization,
                Grace Church,Organization,
                Lakeside Clinic,Organization,
                Ana Ruiz,Person,Lakeside Clinic
                Ben Cole,Person,
                """, """
                From,To,Type
                Ana Ruiz,Grace Church,Works at
                Ben Cole,Halvern Unified,Works at
                Ana Ruiz,Halvern Unified,Works at
                Ana Ruiz,Lakeside Clinic,Works at
                """);

        assertThat(plan.affiliations())
                .extracting(
                        a -> created(plan, "Ana Ruiz").id().equals(a.personId()) ? "Ana" : "Ben",
                        a -> plan.creates().stream()
                                .filter(e -> e.id().equals(a.organizationId()))
                                .findFirst()
                                .orElseThrow()
                                .label(),
                        Affiliation::rank)
                .containsExactly(
                        tuple("Ana", "Lakeside Clinic", 0),
                        tuple("Ana", "Grace Church", 1),
                        tuple("Ben", "Halvern Unified", 0),
                        tuple("Ana", "Halvern Unified", 2));
    }

    // ---- Connections: each bad cell on its row and column ----

    @Test
    void aSinceThatIsNotADateIsReportedOnSince() {
        ImportError error = onlyConnectionError("From,To,Since\nAna Ruiz,Ben Cole,2025-02-30\n");

        assertError(error, "connections", 2, "Since", "\"2025-02-30\"");
    }

    @Test
    void anUntilThatIsNotADateIsReportedOnUntil() {
        ImportError error = onlyConnectionError("From,To,Until\nAna Ruiz,Ben Cole,soon\n");

        assertError(error, "connections", 2, "Until", "\"soon\"");
    }

    @Test
    void anUntilBeforeSinceIsReportedOnUntil() {
        ImportError error = onlyConnectionError("From,To,Since,Until\nAna Ruiz,Ben Cole,2025-03-01,2025-02-28\n");

        assertError(error, "connections", 2, "Until", "2025-02-28");
    }

    @Test
    void anUntilOnItsSinceDayIsAccepted() {
        ImportPlan plan =
                planned(PEOPLE_AND_ORGANIZATIONS, "From,To,Since,Until\nAna Ruiz,Ben Cole,2025-03-01,2025-03-01\n");

        assertThat(plan.ties())
                .singleElement()
                .satisfies(t -> assertThat(t.until()).isEqualTo(t.since()));
    }

    @Test
    void aRoleOnAKnowsRowIsReportedOnRole() {
        ImportError error = onlyConnectionError("From,To,Type,Role\nAna Ruiz,Ben Cole,Knows,Mentor\n");

        assertError(error, "connections", 2, "Role", "\"Mentor\"");
    }

    @Test
    void leadsOnAPartnersWithRowIsReportedOnLeads() {
        ImportError error = onlyConnectionError("From,To,Type,Leads\nHalvern Unified,Grace Church,Partners with,yes\n");

        assertError(error, "connections", 2, "Leads", "\"yes\"");
    }

    @Test
    void aSheetThatSaysNoForLeadsOnAKnowsRowIsAccepted() {
        ImportPlan plan = planned(PEOPLE_AND_ORGANIZATIONS, "From,To,Type,Leads\nAna Ruiz,Ben Cole,Knows,no\n");

        assertThat(plan.ties()).hasSize(1);
    }

    @Test
    void aLeadsThatIsNotYesOrNoIsReportedOnLeads() {
        ImportError error = onlyConnectionError("From,To,Type,Leads\nAna Ruiz,Halvern Unified,Works at,boss\n");

        assertError(error, "connections", 2, "Leads", "\"boss\"");
    }
}
