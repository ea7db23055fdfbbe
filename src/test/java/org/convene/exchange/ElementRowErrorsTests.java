package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.exchange.CsvImports.NO_CONNECTIONS;
import static org.convene.exchange.CsvImports.assertError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of bad Elements row is reported on its row and the column that would have to change,
 * in a CSV file and in a workbook alike.
 */
@ParameterizedClass
@EnumSource(SpreadsheetFormat.class)
class ElementRowErrorsTests {

    @Parameter
    SpreadsheetFormat format;

    private final FakeStoredGraph store = new FakeStoredGraph();

    private ImportError onlyError(String elements) {
        return format.onlyError(elements, NO_CONNECTIONS, store);
    }

    @Test
    void aMissingLabelIsReportedOnLabel() {
        ImportError error = onlyError("Label,Type\nAna Ruiz,Person\n,Person\n");

        assertError(error, "elements", 3, "Label", "Label is missing");
    }

    @Test
    void aDuplicateLabelIsReportedOnTheLaterRowNamingTheFirst() {
        ImportError error = onlyError("Label,Type\nAna Ruiz,Person\nBen Cole,Person\nAna Ruiz,Person\n");

        assertError(error, "elements", 4, "Label", "\"Ana Ruiz\"");
        assertThat(error.message()).contains("row 2");
    }

    @Test
    void anUnknownTypeIsReportedOnType() {
        ImportError error = onlyError("Label,Type\nAna Ruiz,Persn\n");

        assertError(error, "elements", 2, "Type", "\"Persn\"");
    }

    @Test
    void aMissingTypeIsReportedOnType() {
        ImportError error = onlyError("Label,Type\nAna Ruiz,\n");

        assertError(error, "elements", 2, "Type", "Type is missing");
    }

    @Test
    void anIdOfTheOtherTypeIsReportedOnType() {
        store.organization("o1", "Halvern Unified");

        ImportError error = onlyError("ID,Label,Type\no1,Halvern Unified,Person\n");

        assertError(error, "elements", 2, "Type", "\"Person\"");
    }

    @Test
    void renamingOntoAnotherStoredLabelIsReportedOnLabel() {
        store.person("p1", "Ana Ruiz").person("p2", "Ben Cole");

        ImportError error = onlyError("ID,Label,Type\np1,Ben Cole,Person\n");

        assertError(error, "elements", 2, "Label", "\"Ben Cole\"");
    }

    @Test
    void aLabelOfAStoredElementOfTheOtherTypeIsReportedOnType() {
        store.organization("o1", "Grace Church");

        ImportError error = onlyError("Label,Type\nGrace Church,Person\n");

        assertError(error, "elements", 2, "Type", "\"Grace Church\"");
    }

    @Test
    void twoRowsUpdatingOneStoredElementAreReportedOnTheLaterRow() {
        store.person("p1", "Ana Ruiz");

        ImportError error = onlyError("ID,Label,Type\np1,Ana Ruiz-Cole,Person\n,Ana Ruiz,Person\n");

        assertError(error, "elements", 3, "Label", "\"Ana Ruiz\"");
        assertThat(error.message()).contains("row 2");
    }

    @Test
    void anUnknownSectorIsReportedOnSector() {
        ImportError error = onlyError("Label,Type,Sector\nAna Ruiz,Person,Helth\n");

        assertError(error, "elements", 2, "Sector", "\"Helth\"");
    }

    @Test
    void anUnknownLevelIsReportedOnLevel() {
        ImportError error = onlyError("Label,Type,Level\nHalvern Unified,Organization,town\n");

        assertError(error, "elements", 2, "Level", "\"town\"");
    }

    @Test
    void aLevelOnAPersonIsReportedOnLevel() {
        ImportError error = onlyError("Label,Type,Level\nAna Ruiz,Person,city\n");

        assertError(error, "elements", 2, "Level", "\"city\"");
    }

    @Test
    void aPersonOnlyCellOnAnOrganizationIsReportedOnItsColumn() {
        ImportError error = onlyError("Label,Type,Stage\nGrace Church,Organization,skeptic\n");

        assertError(error, "elements", 2, "Stage", "\"skeptic\"");
    }

    @Test
    void aCoalitionValueThatIsNotYesOrNoIsReportedOnCoalition() {
        ImportError error = onlyError("Label,Type,Coalition\nAna Ruiz,Person,maybe\n");

        assertError(error, "elements", 2, "Coalition", "\"maybe\"");
    }

    @Test
    void anUnknownStageIsReportedOnStage() {
        ImportError error = onlyError("Label,Type,Stage\nAna Ruiz,Person,curious\n");

        assertError(error, "elements", 2, "Stage", "\"curious\"");
    }

    @Test
    void anUnknownOrganizationIsReportedOnOrganization() {
        ImportError error = onlyError("Label,Type,Organization\nAna Ruiz,Person,Acme Corp\n");

        assertError(error, "elements", 2, "Organization", "\"Acme Corp\"");
    }

    @Test
    void anOrganizationNamingAPersonIsReportedOnOrganization() {
        ImportError error = onlyError("Label,Type,Organization\nAna Ruiz,Person,Ben Cole\nBen Cole,Person,\n");

        assertError(error, "elements", 2, "Organization", "\"Ben Cole\"");
    }
}
